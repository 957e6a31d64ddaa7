"""Merging two records of the same person, and undoing it (forms.md, supervisors only).

The survivor takes the chosen value of each field; every record of the other person is
re-pointed to the survivor; the other person stays as a tombstone (`merged_into_id`). The
before-image (both people's fields and the ids of every re-pointed record) makes unmerge
exact.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from sqlalchemy import select, update

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import (
    Case,
    User,
    Consent,
    DisclosureLogEntry,
    JusticeEvent,
    Person,
    PersonMerge,
    Referral,
)
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services import records, text_input
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message
from lead_desktop.services.messages import next_step as _next
from lead_desktop.services.people import duplicates, search
from lead_desktop.services.program.vocabulary import OPEN_STATES
from lead_desktop.services.people.records import (
    SCALAR_FIELDS,
    AliasInput,
    IdentifierInput,
    PersonInput,
    PersonView,
    apply,
)

REPOINTED = (Referral, Case, Consent, DisclosureLogEntry, JusticeEvent)

_BOTH_OPEN = QT_TRANSLATE_NOOP(
    "Merge", "Both records have an open case, and one person has at most one open case: "
    "{first} and {second}. Close or exit one of the two cases first (person window, Case "
    "tab), then merge.")
_ONE_CASE = QT_TRANSLATE_NOOP("Merge", "{name}'s case ({state}, since {since}, {manager})")
_NO_MANAGER = QT_TRANSLATE_NOOP("Merge", "no case manager yet")


class OpenCaseOnBoth(InvalidInput):
    """Each record has an open case: merging would leave one person with two, so the
    supervisor closes or exits one first. `said` holds the message for the user's language
    (its two case descriptions are messages too)."""

    def __init__(self, said: Message, case_ids: tuple[str, str]) -> None:
        super().__init__(said, next_step=_next(QT_TRANSLATE_NOOP(
            "NextSteps", "Close or exit one of the two cases, then merge.")))
        self.case_ids = case_ids


def _open_case(session, person: Person):
    return session.scalars(select(Case).where(
        Case.person_id == person.id, Case.voided_at.is_(None),
        Case.state.in_([s.value for s in OPEN_STATES])).order_by(Case.state_since)).first()


def _refuse_two_open_cases(session, survivor: Person, merged: Person) -> None:
    cases = [(_open_case(session, p), p) for p in (survivor, merged)]
    if any(case is None for case, _ in cases):
        return
    described = []
    for case, person in cases:
        manager = session.get(User, case.case_manager_id) if case.case_manager_id else None
        described.append(message(
            "Merge", _ONE_CASE, name=person.display_name, state=Coded("state", case.state),
            since=case.state_since.date().isoformat(),
            manager=manager.display_name if manager else message("Merge", _NO_MANAGER)))
    raise OpenCaseOnBoth(message("Merge", _BOTH_OPEN, first=described[0],
                                 second=described[1]),
                         (cases[0][0].id, cases[1][0].id))


def _image(person: Person) -> dict:
    view = PersonView.of(person)
    data = {name: getattr(view, name) for name in SCALAR_FIELDS}
    data["dob"] = view.dob.isoformat() if view.dob else None
    data["race"], data["phones"] = list(view.race), list(view.phones)
    data["aliases"] = [_alias_dict(a) for a in view.aliases]
    data["identifiers"] = [_identifier_dict(i) for i in view.identifiers]
    return data


def _alias_dict(a: AliasInput) -> dict:
    return {"last_name": a.last_name, "first_name": a.first_name, "kind": a.kind}


def _identifier_dict(i: IdentifierInput) -> dict:
    return {"kind": i.kind, "value": i.value, "issuing_state": i.issuing_state}


def _input_from_image(data: dict) -> PersonInput:
    values = {name: data[name] for name in SCALAR_FIELDS}
    values["dob"] = date.fromisoformat(data["dob"]) if data["dob"] else None
    return PersonInput(**values, race=tuple(data["race"]), phones=tuple(data["phones"]),
                       aliases=tuple(AliasInput(**a) for a in data["aliases"]),
                       identifiers=tuple(IdentifierInput(**i) for i in data["identifiers"]))


class MergeService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def merge(self, actor: Actor, survivor_id: str, merged_id: str, reason: str,
              take_from_merged: tuple[str, ...] = ()) -> str:
        """Merge `merged_id` into `survivor_id`; the fields named in `take_from_merged` take
        the merged person's value. Returns the merge id (needed to unmerge)."""
        self._require_supervisor(actor)
        text_input.require_clean(reason=reason)
        if survivor_id == merged_id:
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Choose two different people.")))
        if not reason.strip():
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Give the reason for the merge.")))
        unknown = set(take_from_merged) - set(SCALAR_FIELDS)
        if unknown:
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Unknown fields: {fields}."), fields=Listed(tuple(sorted(unknown)))))
        with self.db.write() as session:
            survivor, merged = session.get(Person, survivor_id), session.get(Person, merged_id)
            if survivor is None or merged is None:
                raise records.not_found("person")
            if merged.merged_into_id or survivor.merged_into_id:
                raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                    "Merge", "One of these records is already merged into another.")))
            _refuse_two_open_cases(session, survivor, merged)
            image = {"survivor": _image(survivor), "merged": _image(merged), "records": {}}
            for model in REPOINTED:
                ids = session.scalars(select(model.id).where(model.person_id == merged_id)).all()
                image["records"][model.__tablename__] = list(ids)
                session.execute(update(model).where(model.person_id == merged_id)
                                .values(person_id=survivor_id))
            combined = self._combined(image, take_from_merged)
            apply(survivor, combined)
            duplicates.index_names(survivor)
            records.changed(survivor, actor, self.now())
            merged.merged_into_id = survivor_id
            records.changed(merged, actor, self.now())
            session.flush()
            search.index_person(session, survivor)
            search.index_person(session, merged)
            merge = PersonMerge(survivor_id=survivor_id, merged_id=merged_id, merged_at=self.now(),
                                merged_by=actor.user_id, reason=reason.strip(), before_image=image)
            session.add(merge)
            session.flush()
            audit.record(session, actor, "person.merge", record_type="person",
                         record_id=survivor_id, reason=reason.strip(),
                         details={"merged": merged_id, "merge": merge.id,
                                  "fields_from_merged": sorted(take_from_merged)})
            return merge.id

    def unmerge(self, actor: Actor, merge_id: str, reason: str) -> None:
        """Undo a merge from its tombstone: both people and every record back as they were."""
        self._require_supervisor(actor)
        text_input.require_clean(reason=reason)
        if not reason.strip():
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Give the reason for the unmerge.")))
        with self.db.write() as session:
            merge = session.get(PersonMerge, merge_id)
            if merge is None or merge.unmerged_at is not None:
                raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                    "Merge", "No such merge, or it was already undone.")))
            survivor, merged = session.get(Person, merge.survivor_id), session.get(
                Person, merge.merged_id)
            image = merge.before_image
            for model in REPOINTED:
                ids = image["records"].get(model.__tablename__, [])
                if ids:
                    session.execute(update(model).where(model.id.in_(ids))
                                    .values(person_id=merge.merged_id))
            apply(survivor, _input_from_image(image["survivor"]))
            duplicates.index_names(survivor)
            records.changed(survivor, actor, self.now())
            merged.merged_into_id = None
            records.changed(merged, actor, self.now())
            session.flush()
            search.index_person(session, survivor)
            search.index_person(session, merged)
            merge.unmerged_at, merge.unmerged_by = self.now(), actor.user_id
            audit.record(session, actor, "person.unmerge", record_type="person",
                         record_id=merge.survivor_id, reason=reason.strip(),
                         details={"merged": merge.merged_id, "merge": merge_id})

    @staticmethod
    def _combined(image: dict, take_from_merged: tuple[str, ...]) -> PersonInput:
        survivor, merged = image["survivor"], image["merged"]
        chosen = {k: (merged if k in take_from_merged else survivor)[k] for k in SCALAR_FIELDS}
        chosen["dob"] = date.fromisoformat(chosen["dob"]) if chosen["dob"] else None
        aliases = [AliasInput(**a) for a in survivor["aliases"] + merged["aliases"]]
        for side in (merged, survivor):  # the name not kept stays findable as an alias
            if (side["last_name"], side["first_name"]) != (chosen["last_name"],
                                                           chosen["first_name"]):
                aliases.append(AliasInput(side["last_name"], side["first_name"], "alias"))
        identifiers = {(i["kind"], i["value"]): IdentifierInput(**i)
                       for i in survivor["identifiers"] + merged["identifiers"]}
        return PersonInput(**chosen, race=tuple(survivor["race"] or merged["race"]),
                           phones=tuple(survivor["phones"] + merged["phones"]),
                           aliases=tuple(dict.fromkeys(aliases)),
                           identifiers=tuple(identifiers.values()))

    def _require_supervisor(self, actor: Actor) -> None:
        if actor.role is not Role.SUPERVISOR:
            with self.db.write() as session:
                audit.record(session, actor, "access.denied", record_type="person",
                             outcome=audit.FAILURE, reason="merge_is_for_supervisors")
            raise PermissionDenied(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Only a supervisor merges or unmerges people.")))
        require_session(self.db, actor)
