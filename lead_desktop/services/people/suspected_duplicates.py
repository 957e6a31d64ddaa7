"""The supervisor's list of suspected duplicates (forms.md "Duplicate detection and merge":
"a job lists suspected duplicates for supervisors"): people already on file whom the
desk's duplicate check would show as likely the same person, each pair with why.

The scan is the desk check run for every person at once: the same blocks (each person's
query keys looked up among everyone's filed keys, read once into memory: never all
pairs), the same scoring and threshold (duplicates.rank, unchanged). A pair a supervisor
marked "not the same person" stays off the list; merging takes it off by itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput, LeadError, PermissionDenied
from lead_desktop.models import NotSamePerson, Person, PersonAlias, PersonIdentifier, PersonNameKey
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services import records, text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.people.blocking import query_blocks
from lead_desktop.services.people.duplicates import MAX_BLOCKED, rank
from lead_desktop.services.people.match_score import Name, Typed

QUERIED = ("li", "ly", "fy", "dob", "md", "fl")   # the fields the desk check looks up
STEP_EVERY = 100                                 # people scored between progress reports


class ScanCanceled(LeadError):
    """The supervisor stopped the scan; nothing was listed or recorded."""


@dataclass(frozen=True)
class Someone:
    person_id: str
    name: str
    dob: date | None


@dataclass(frozen=True)
class SuspectedPair:
    first: Someone
    second: Someone
    score: int
    reasons: tuple[Message, ...]   # shown through ui/messages.shown


def _name(last: str, first: str) -> str:
    return f"{last}, {first}" if first else last


def ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


class SuspectedDuplicates:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def scan(self, actor: Actor, step: Callable[[int, int], None] | None = None,
             ) -> list[SuspectedPair]:
        """Every pair the desk check would show, best first. `step(done, total)` is called
        as the people are scored (a progress bar; it raises ScanCanceled to stop)."""
        self._require_supervisor(actor)
        with self.db.read() as session:
            people = {pid: (last, first, dob, bool(est)) for pid, last, first, dob, est in
                      session.execute(select(Person.id, Person.last_name, Person.first_name,
                                             Person.dob, Person.dob_estimated)
                                      .where(Person.voided_at.is_(None),
                                             Person.merged_into_id.is_(None)))}
            filed: dict[tuple[str, str], list[str]] = defaultdict(list)
            for pid, field, key in session.execute(
                    select(PersonNameKey.person_id, PersonNameKey.field, PersonNameKey.key)
                    .where(PersonNameKey.field.in_(QUERIED))):
                if pid in people:
                    filed[(field, key)].append(pid)
            aliases: dict[str, list[tuple[Name, Name | None]]] = defaultdict(list)
            alias_lasts: dict[str, list[str]] = defaultdict(list)
            for pid, last, first in session.execute(
                    select(PersonAlias.person_id, PersonAlias.last_name, PersonAlias.first_name)):
                aliases[pid].append((Name.of(last), Name.of(first) if first else None))
                alias_lasts[pid].append(last)
            by_ident: dict[tuple[str, str], list[str]] = defaultdict(list)
            idents_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for pid, kind, value in session.execute(
                    select(PersonIdentifier.person_id, PersonIdentifier.kind,
                           PersonIdentifier.value)):
                if pid in people and value:
                    by_ident[(kind, value)].append(pid)
                    idents_of[pid].append((kind, value))
            not_same = {(a, b) for a, b in session.execute(
                select(NotSamePerson.first_id, NotSamePerson.second_id))}
        found: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
        total = len(people)
        for done, (pid, (last, first, dob, estimated)) in enumerate(people.items()):
            if step is not None and done % STEP_EVERY == 0:
                step(done, total)
            blocks = query_blocks(last, first, dob, estimated, tuple(alias_lasts[pid]))
            blocked: dict[str, None] = {}
            for field in QUERIED:
                for key in sorted(getattr(blocks, field)):
                    blocked.update(dict.fromkeys(filed.get((field, key), ())))
            shared: dict[str, set[str]] = defaultdict(set)
            for kind, value in idents_of[pid]:
                for other in by_ident[(kind, value)]:
                    shared[other].add(kind)
                    blocked[other] = None
            blocked.pop(pid, None)
            if not blocked:
                continue
            rows = [(other, *people[other]) for other in list(blocked)[:MAX_BLOCKED]]
            typed = Typed(Name.of(last), Name.of(first),
                          tuple(Name.of(a) for a in alias_lasts[pid]), dob, estimated)
            for candidate in rank(typed, rows, aliases, shared):
                pair = ordered(pid, candidate.person_id)
                if pair in not_same:
                    continue
                seen = found.get(pair)
                if seen is None or candidate.score > seen[0]:
                    found[pair] = (candidate.score, candidate.reasons)
        if step is not None:
            step(total, total)

        def someone(pid: str) -> Someone:
            last, first, dob, _ = people[pid]
            return Someone(pid, _name(last, first), dob)

        pairs = [SuspectedPair(someone(a), someone(b), score, reasons)
                 for (a, b), (score, reasons) in found.items()]
        pairs.sort(key=lambda p: (-p.score, p.first.name, p.second.name))
        with self.db.write() as session:  # identities read: audited, as the desk check is
            audit.record(session, actor, "person.duplicates_scan", record_type="person",
                         details={"people": total, "pairs": len(pairs)})
        return pairs

    def mark_not_same(self, actor: Actor, first_id: str, second_id: str, reason: str) -> None:
        """Remember that these two records are two people (audited, with the reason)."""
        self._require_supervisor(actor)
        text_input.require_clean(reason=reason)
        if first_id == second_id:
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Choose two different people.")))
        if not reason.strip():
            raise InvalidInput(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Give the reason they are not the same person.")))
        a, b = ordered(first_id, second_id)
        with self.db.write() as session:
            if session.get(Person, a) is None or session.get(Person, b) is None:
                raise records.not_found("person")
            already = session.scalar(select(NotSamePerson.id).where(
                NotSamePerson.first_id == a, NotSamePerson.second_id == b))
            if already is not None:
                return
            session.add(NotSamePerson(first_id=a, second_id=b, decided_at=self.now(),
                                      decided_by=actor.user_id, reason=reason.strip()))
            audit.record(session, actor, "person.not_same", record_type="person",
                         record_id=a, reason=reason.strip(), details={"other": b})

    def _require_supervisor(self, actor: Actor) -> None:
        if actor.role is not Role.SUPERVISOR:
            with self.db.write() as session:
                audit.record(session, actor, "access.denied", record_type="person",
                             outcome=audit.FAILURE, reason="duplicates_are_for_supervisors")
            raise PermissionDenied(message("Merge", QT_TRANSLATE_NOOP(
                "Merge", "Only a supervisor reviews suspected duplicates.")))
        require_session(self.db, actor)
