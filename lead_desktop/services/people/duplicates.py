"""Duplicate detection before a person is created (forms.md "Duplicate detection").

Candidates come from several cheap blocks (blocking.py: last-name key with the given-name
initial or the birth year, given-name key with the birth year, the exact date of birth,
month-day with the initial, identifiers), so a typo, a swap or a missing field in one place
still leaves the person in another block. Each is scored field by field (match_score.py),
and only people scoring at least SHOW_FROM_SCORE and not far behind the best are shown,
best first, each with its reasons.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from lead_desktop.models import Person, PersonAlias, PersonIdentifier, PersonNameKey
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message
from lead_desktop.services.people.blocking import person_blocks, query_blocks
from lead_desktop.services.people.match_score import (
    RARE_NAME_COUNT,
    RARE_NAME_POINTS,
    REASONS,
    SHARED_ID_POINTS,
    Name,
    Typed,
    compare_name,
    possible,
    same_full_name,
    score,
)
from lead_desktop.services.people.records import PersonInput, normalise_identifier

# A near-certain match scores 20 or more, a stranger under 10; the threshold was checked
# with bench/duplicates.py (FEBRL4 among 100,000 demo people: about one candidate shown per
# check) and the error kinds in tests/services/people/test_duplicates.py.
SHOW_FROM_SCORE = 12
WITHIN_OF_BEST = 10        # a clear best match hides the weak ones behind it
SHOW_FROM_SHARE = 0.75     # of the points possible, when fields are unknown on either side
MAX_CANDIDATES = 10
MAX_BLOCKED = 3000         # people read per check, whatever the blocks hold
RARE_LAST_NAME = message(REASONS, QT_TRANSLATE_NOOP("MatchReasons",
                                                    "a last name few people on file bear"))
RARE_FULL_NAME = message(REASONS, QT_TRANSLATE_NOOP("MatchReasons",
                                                    "a full name few people on file bear"))


@dataclass(frozen=True)
class Candidate:
    person_id: str
    last_name: str
    first_name: str
    dob: date | None
    score: int
    reasons: tuple[Message, ...]   # in words (str: English; the UI shows them translated)
    dob_estimated: bool = False


def index_names(person: Person) -> None:
    """Rebuild the person's blocking keys from their names, aliases and date of birth."""
    blocks = person_blocks(person.last_name, person.first_name, person.dob,
                           bool(person.dob_estimated),
                           tuple(a.last_name for a in person.aliases),
                           tuple(a.first_name for a in person.aliases if a.first_name))
    person.name_keys = [PersonNameKey(field=f, key=k) for f, k in sorted(blocks.rows())]


BLOCK_FIELDS = ("last", "li", "ly", "fy", "dob", "md", "fl")


@lru_cache(maxsize=64)
def _candidates_statement(fields: tuple[str, ...], by_ident: bool):  # noqa: ANN202
    """The people in the looked-up blocks (or sharing an identifier), with their aliases
    joined, as one statement per shape of the query: its keys are expanding parameters,
    so the statement is built and compiled once and SQLite reuses its prepared form."""
    parts = []
    if fields:
        parts.append(select(PersonNameKey.person_id).where(or_(*[
            and_(PersonNameKey.field == field,
                 PersonNameKey.key.in_(bindparam(f"k_{field}", expanding=True)))
            for field in fields])))
    if by_ident:
        parts.append(select(PersonIdentifier.person_id).where(
            PersonIdentifier.value.in_(bindparam("ident_values", expanding=True)),
            PersonIdentifier.kind.in_(bindparam("ident_kinds", expanding=True))))
    blocked = parts[0] if len(parts) == 1 else parts[0].union(parts[1])
    return (select(Person.id, Person.last_name, Person.first_name, Person.dob,
                   Person.dob_estimated, PersonAlias.last_name, PersonAlias.first_name)
            .outerjoin(PersonAlias, PersonAlias.person_id == Person.id)
            .where(Person.id.in_(blocked), Person.voided_at.is_(None),
                   Person.merged_into_id.is_(None)).limit(MAX_BLOCKED))


def _blocked_rows(session: Session, data: PersonInput, idents: set[tuple[str, str]]):
    blocks = query_blocks(data.last_name, data.first_name, data.dob, data.dob_estimated,
                          tuple(a.last_name for a in data.aliases))
    keys = {f"k_{field}": sorted(found) for field in BLOCK_FIELDS
            if (found := getattr(blocks, field))}
    fields = tuple(field for field in BLOCK_FIELDS if f"k_{field}" in keys)
    if not fields and not idents:
        return []
    if idents:  # pairs of kind and value are matched exactly below, for the points
        keys["ident_values"] = sorted({v for _, v in idents})
        keys["ident_kinds"] = sorted({k for k, _ in idents})
    return session.execute(_candidates_statement(fields, bool(idents)), keys).all()


def find_candidates(session: Session, data: PersonInput, *, exclude_id: str | None = None,
                    ) -> list[Candidate]:
    idents = {(i.kind, normalise_identifier(i.value)) for i in data.identifiers if i.value}
    read = _blocked_rows(session, data, idents)
    if not read:
        return []
    rows, aliases = {}, {}
    for person_id, last, first, dob, estimated, alias_last, alias_first in read:
        rows.setdefault(person_id, (person_id, last, first, dob, estimated))
        if alias_last is not None:
            aliases.setdefault(person_id, []).append(
                (Name.of(alias_last), Name.of(alias_first) if alias_first else None))
    shared: dict[str, set[str]] = {}
    if idents:
        for person_id, kind in session.execute(
                select(PersonIdentifier.person_id, PersonIdentifier.kind).where(or_(*[
                    and_(PersonIdentifier.kind == k, PersonIdentifier.value == v)
                    for k, v in idents]))):
            shared.setdefault(person_id, set()).add(kind)
    typed = Typed(Name.of(data.last_name), Name.of(data.first_name),
                  tuple(Name.of(a.last_name) for a in data.aliases), data.dob,
                  data.dob_estimated)
    return rank(typed, [r for r in rows.values() if r[0] != exclude_id], aliases, shared)


def rank(typed: Typed, rows, aliases: dict[str, list[tuple[Name, Name | None]]],
         shared: dict[str, set[str]]) -> list[Candidate]:
    """Score the blocked people (id, last, first, dob, estimated) and keep those to show,
    best first."""
    prepared = [(row, Name.of(row[1]), Name.of(row[2])) for row in rows]
    # how many of the people read bear each last name, and the typed full name
    bearers = Counter(last.plain for _, last, _ in prepared)
    namesakes = sum(1 for _, last, first in prepared if same_full_name(typed, last, first))
    candidates = []
    for (person_id, last, first, dob, estimated), last_name, first_name in prepared:
        points, reasons = score(typed, last_name, first_name,
                                tuple(aliases.get(person_id, ())), dob, bool(estimated))
        if bearers[last_name.plain] <= RARE_NAME_COUNT and \
                compare_name(typed.last, last_name) in ("same", "typo"):
            points += RARE_NAME_POINTS
            reasons += (RARE_LAST_NAME,)
        if namesakes <= RARE_NAME_COUNT and same_full_name(typed, last_name, first_name):
            points += RARE_NAME_POINTS
            reasons += (RARE_FULL_NAME,)
        show_from = min(SHOW_FROM_SCORE, math.ceil(
            SHOW_FROM_SHARE * possible(typed, last_name, first_name, dob, bool(estimated))))
        if person_id in shared:
            points += SHARED_ID_POINTS
            reasons = reasons + (message(REASONS, QT_TRANSLATE_NOOP("MatchReasons", "same {kinds}"),
                                         kinds=Listed(tuple(Coded("identifier_kind", kind) for kind
                                                            in sorted(shared[person_id])))),)
        if (points >= show_from and points > 0) or person_id in shared:
            candidates.append(Candidate(person_id, last, first, dob, points, reasons,
                                        bool(estimated)))
    if not candidates:
        return []
    # an identifier on file is always worth a look, whatever the names say
    best = max(c.score for c in candidates)
    shown = [c for c in candidates
             if c.score >= best - WITHIN_OF_BEST or c.person_id in shared]
    shown.sort(key=lambda c: (-c.score, c.last_name, c.first_name))
    return shown[:MAX_CANDIDATES]
