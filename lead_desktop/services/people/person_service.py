"""Creating, reading and changing people, with the permission check and audit on each."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Person
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.security.scope import require_person
from lead_desktop.services import records, text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.people import duplicates, search
from lead_desktop.services.people.records import (
    PersonInput,
    PersonSummary,
    PersonView,
    apply,
    validate,
)


class DuplicatesNotReviewed(InvalidInput):
    """Possible matches exist: the user must look at them and confirm "new person"."""

    def __init__(self, candidates: list[duplicates.Candidate]) -> None:
        super().__init__(message("People", QT_TRANSLATE_NOOP(
            "People", "{count} people already on file may be this person. Review them, then "
            "pick one or confirm a new person."), count=len(candidates)))
        self.candidates = candidates


class PersonService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def find_candidates(self, actor: Actor, data: PersonInput) -> list[duplicates.Candidate]:
        require(self.db, actor, Data.IDENTITY, Access.WRITE, record_type="person")
        with self.db.read() as session:
            found = duplicates.find_candidates(session, data)
        # audited, but not on the path the desk waits for (security/audit_deferred.py)
        self.db.deferred_audit.add(actor, "person.duplicate_check", record_type="person",
                                   details={"candidates": [c.person_id for c in found]})
        return found

    def create(self, actor: Actor, data: PersonInput, *, confirmed_new: bool = False) -> PersonView:
        """A new person. Refused while likely duplicates exist, until the user has reviewed
        them and confirmed a new person (which is audited)."""
        require(self.db, actor, Data.IDENTITY, Access.WRITE, record_type="person")
        validate(data, self.now().date())
        with self.db.write() as session:
            found = duplicates.find_candidates(session, data)
            if found and not confirmed_new:
                raise DuplicatesNotReviewed(found)
            person = Person()
            apply(person, data)
            records.created(person, actor, self.now())
            duplicates.index_names(person)
            session.add(person)
            session.flush()
            search.index_person(session, person)
            audit.record(session, actor, "person.create", record_type="person",
                         record_id=person.id,
                         details={"confirmed_new_over": [c.person_id for c in found]} if found
                         else None)
            return PersonView.of(person)

    def search(self, actor: Actor, query: str, limit: int = 50) -> list[search.PersonHit]:
        """People matching what was typed; the search itself is audited (queued: written
        by the next write or the app's settle a moment later, never on the path the user
        waits for), and opening a result is a view (audited again, at once)."""
        require(self.db, actor, Data.IDENTITY, Access.READ, record_type="person")
        text_input.require_clean(query=query)
        if actor.role is Role.OFFICER:
            deny(self.db, actor, message("People", QT_TRANSLATE_NOOP(
                "People", "Officers open people from their own referrals.")),
                 record_type="person", reason="officer_search")
        with self.db.read() as session:
            hits = search.search(session, query, limit)
        self.db.deferred_audit.add(actor, "person.search", record_type="person",
                                   details={"results": len(hits)})
        return hits

    def settle_audit(self) -> None:
        """Write the queued search entries now (the people page calls it off the UI thread
        a moment after results are shown)."""
        self.db.settle_audit()

    def get(self, actor: Actor, person_id: str) -> PersonView:
        """The full identity record; every view is audited."""
        require_person(self.db, actor, Data.IDENTITY, Access.READ, person_id)
        with self.db.write() as session:
            person = self._load(session, person_id)
            audit.record(session, actor, "person.view", record_type="person", record_id=person_id)
            return PersonView.of(person)

    def summary(self, actor: Actor, person_id: str) -> PersonSummary:
        """Name and DOB only: what a prosecutor reviewer may see."""
        require_person(self.db, actor, Data.IDENTITY, Access.STATUS, person_id)
        with self.db.write() as session:
            person = self._load(session, person_id)
            audit.record(session, actor, "person.view_summary", record_type="person",
                         record_id=person_id)
            return PersonSummary(person.id, person.last_name, person.first_name, person.dob,
                                 bool(person.dob_estimated))

    def update(self, actor: Actor, person_id: str, expected_version: int, data: PersonInput,
               ) -> PersonView:
        """Save changes made to a record opened at `expected_version`; a stale save raises
        StaleRecord with both versions and writes nothing. Saving what is stored is no
        conflict and no write."""
        require_person(self.db, actor, Data.IDENTITY, Access.WRITE, person_id)
        validate(data, self.now().date())
        with self.db.write() as session:
            person = self._load(session, person_id)
            before = PersonView.of(person)
            # shallow: aliases and identifiers compare as the dataclasses they are
            changes = {k: v for k, v in records.as_dict(data).items() if getattr(before, k) != v}
            if not changes:
                return before
            records.require_version(person, expected_version, changes, "person")
            apply(person, data)
            records.changed(person, actor, self.now())
            duplicates.index_names(person)
            session.flush()
            search.index_person(session, person)
            audit.record(session, actor, "person.update", record_type="person",
                         record_id=person_id, details={"fields": sorted(changes)})
            return PersonView.of(person)

    # --- helpers ---

    @staticmethod
    def _load(session: Session, person_id: str) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise records.not_found("person")
        return person
