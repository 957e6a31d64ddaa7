"""People search on engines without FTS5 (PostgreSQL): a plain table of terms per person,
queried by exact value or folded prefix, then ranked in Python exactly as on SQLite.

The terms are what the FTS5 table holds, one row each: `name` (a folded name part), `sound`
(a phonetic key), `born` (ISO date), `id` (an identifier, lower case), and one `names` row
(every name, folded, for the ranking). The table is made by migration 0018 on PostgreSQL.

How the query stays fast on a county's database (EXPLAIN ANALYZE in docs/SERVER.md):
- a typed word's alternatives are a UNION of index look-ups, and the words one INTERSECT
  of those, read as `id IN (...)`, a semi-join: an OR of IN-subqueries cannot be a join, so
  PostgreSQL used to hash every alternative's whole result and then read every person; and
  one `id IN` per word let it probe a word's terms once per person of another's;
- a prefix is a range (`term >= 'smi' AND term < 'smj'`), not `LIKE 'smi%'`: a LIKE on a
  bound parameter loses the index in a generic (prepared) plan, a range never does;
- what the ranking reads (every name, the phonetic keys) comes in the same row, one round
  trip, evaluated only for the rows kept after the sort and limit.
No extension (pg_trgm, unaccent) is needed: the application role could not create one, and
the terms are folded and keyed by the same Python code on both back ends.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    MetaData,
    Select,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    intersect,
    select,
    union,
)
from sqlalchemy.orm import Session

from lead_desktop.models import Person

# Not in the models' metadata: SQLite has no such table (its FTS5 table does the job).
terms = Table("person_search_terms", MetaData(),
              Column("person_id", String(36), nullable=False),
              Column("kind", String(8), nullable=False),
              Column("term", Text(collation="C"), nullable=False))

_LAST_CODE_POINT = 0x10FFFF


def replace_terms(session: Session, person_id: str, rows: dict[str, set[str]] | None) -> None:
    """The person's terms, all at once (None: not searchable, e.g. voided or merged)."""
    session.execute(delete(terms).where(terms.c.person_id == person_id))
    values = [{"person_id": person_id, "kind": kind, "term": term}
              for kind, found in (rows or {}).items() for term in sorted(found) if term]
    if values:
        session.execute(insert(terms), values)


def prefix_end(prefix: str) -> str | None:
    """The first string after every string starting with `prefix`, in the C collation's
    (code point) order: 'smi' -> 'smj'. None when there is none (an empty prefix)."""
    for cut in range(len(prefix), 0, -1):
        last = ord(prefix[cut - 1])
        if last < _LAST_CODE_POINT:
            return prefix[:cut - 1] + chr(last + 1)
    return None


def _has(kind: str, term: str, *, prefix: bool = False):  # noqa: ANN202
    if not prefix:
        match = [terms.c.term == term]
    else:
        end = prefix_end(term)
        match = [terms.c.term >= term] + ([terms.c.term < end] if end is not None else [])
    return select(terms.c.person_id).where(terms.c.kind == kind, *match)


def token_filter(alternatives: list[tuple[str, str, bool]],  # noqa: ANN201
                 all_of: list[tuple[str, str, bool]]):
    """The people a typed word matches (a query of their ids): every one of `all_of` (the
    word's name parts) holds, or any one of `alternatives` does; each is (kind, term,
    prefix)."""
    branches = []
    if all_of:
        parts = [_has(k, t, prefix=p) for k, t, p in all_of]
        branches.append(parts[0] if len(parts) == 1 else intersect(*parts))
    branches += [_has(k, t, prefix=p) for k, t, p in alternatives]
    if not branches:
        return None
    return branches[0] if len(branches) == 1 else union(*branches)


def _term_of(kind: str, many: bool = False):  # noqa: ANN202
    """One person's terms of a kind, as a column of the candidate row."""
    value = func.string_agg(terms.c.term, " ") if many else terms.c.term
    found = select(value).where(terms.c.person_id == Person.id, terms.c.kind == kind)
    return (found if many else found.limit(1)).scalar_subquery()


def candidate_query(filters: list, fetch: int) -> Select:
    """People matching every typed word (`filters`: token_filter's queries), with what the
    ranking reads (as the FTS5 query). The words are one INTERSECT, read as one set: as
    separate `id IN` conditions the planner, which guesses a narrow prefix range at one row
    (1,941 found), probed the second word's range once per person of the first (1,016 x
    1,482 index entries: 530 ms for "D'Andre Martin" on 100,000 people)."""
    matching = filters[0] if len(filters) == 1 else intersect(*filters)
    return (select(Person.id, Person.last_name, Person.first_name, Person.dob,
                   Person.dob_estimated, _term_of("names"), _term_of("sound", many=True))
            .where(Person.voided_at.is_(None), Person.merged_into_id.is_(None),
                   Person.id.in_(matching))
            .order_by(Person.last_name, Person.first_name).limit(fetch))


def candidates(session: Session, filters: list, fetch: int) -> list:
    """The candidate rows, in one statement (one round trip)."""
    return [(*row[:5], row[5] or "", row[6] or "")
            for row in session.execute(candidate_query(filters, fetch))]
