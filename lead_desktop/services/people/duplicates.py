"""Duplicate detection before a person is created (forms.md "Duplicate detection").

Candidates share a phonetic key of a last name (names and aliases), or an identifier; each
is scored on first name, date of birth (exact, day and month swapped, year off by one) and
identifiers, and the list is ranked best first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lead_desktop.models import Person, PersonIdentifier, PersonNameKey
from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.records import PersonInput, normalise_identifier

SHOW_FROM_SCORE = 50
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class Candidate:
    person_id: str
    last_name: str
    first_name: str
    dob: date
    score: int
    reasons: tuple[str, ...]


def index_names(person: Person) -> None:
    """Rebuild the person's name keys from their names and aliases."""
    keys = {("last", k) for k in name_keys(person.last_name)}
    keys |= {("first", k) for k in name_keys(person.first_name)}
    for alias in person.aliases:
        keys |= {("last", k) for k in name_keys(alias.last_name)}
        if alias.first_name:
            keys |= {("first", k) for k in name_keys(alias.first_name)}
    person.name_keys = [PersonNameKey(field=f, key=k) for f, k in sorted(keys)]


def dob_score(a: date, b: date) -> tuple[int, str | None]:
    if a == b:
        return 40, "same date of birth"
    if (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return 25, "date of birth with day and month swapped"
    if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
        return 20, "date of birth one year apart"
    return 0, None


def find_candidates(session: Session, data: PersonInput, *, exclude_id: str | None = None,
                    ) -> list[Candidate]:
    last_keys = set(name_keys(data.last_name))
    for alias in data.aliases:
        last_keys |= name_keys(alias.last_name)
    first_keys = name_keys(data.first_name)
    idents = {(i.kind, normalise_identifier(i.value)) for i in data.identifiers if i.value}

    by_name = select(PersonNameKey.person_id).where(
        PersonNameKey.field == "last", PersonNameKey.key.in_(last_keys or {""}))
    by_ident = select(PersonIdentifier.person_id).where(or_(*[
        and_(PersonIdentifier.kind == k, PersonIdentifier.value == v) for k, v in idents
    ])) if idents else None
    wanted = Person.id.in_(by_name) if by_ident is None else or_(Person.id.in_(by_name),
                                                                 Person.id.in_(by_ident))
    query = select(Person).where(wanted, Person.voided_at.is_(None),
                                 Person.merged_into_id.is_(None))
    if data.dob is not None and by_ident is None:
        # keep common surnames cheap: the year must be near, or the first name must sound alike
        by_first = select(PersonNameKey.person_id).where(
            PersonNameKey.field == "first", PersonNameKey.key.in_(first_keys or {""}))
        query = query.where(or_(Person.dob.between(date(max(data.dob.year - 1, 1), 1, 1),
                                                   date(data.dob.year + 1, 12, 31)),
                                Person.id.in_(by_first)))
    candidates = []
    for person in session.scalars(query.limit(2000)):
        if person.id == exclude_id:
            continue
        candidate = _score(person, data, last_keys, first_keys, idents)
        if candidate.score >= SHOW_FROM_SCORE:
            candidates.append(candidate)
    candidates.sort(key=lambda c: (-c.score, c.last_name, c.first_name))
    return candidates[:MAX_CANDIDATES]


def _score(person: Person, data: PersonInput, last_keys: set[str], first_keys: set[str],
           idents: set[tuple[str, str]]) -> Candidate:
    score, reasons = 0, []
    person_last = {nk.key for nk in person.name_keys if nk.field == "last"}
    person_first = {nk.key for nk in person.name_keys if nk.field == "first"}
    if fold(person.last_name) == fold(data.last_name):
        score, reasons = score + 40, reasons + ["same last name"]
    elif last_keys & person_last:
        score, reasons = score + 30, reasons + ["last name sounds alike (or an alias)"]
    if fold(person.first_name) == fold(data.first_name):
        score, reasons = score + 25, reasons + ["same first name"]
    elif first_keys & person_first:
        score, reasons = score + 15, reasons + ["first name sounds alike"]
    if data.dob is not None:
        points, why = dob_score(person.dob, data.dob)
        score += points
        if why:
            reasons.append(why)
    shared = idents & {(i.kind, i.value) for i in person.identifiers}
    if shared:
        score += 60
        reasons.append("same " + ", ".join(sorted(kind for kind, _ in shared)))
    return Candidate(person.id, person.last_name, person.first_name, person.dob, score,
                     tuple(reasons))
