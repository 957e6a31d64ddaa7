"""People search on engines without FTS5 (PostgreSQL): a plain table of terms per person,
queried by exact value or folded prefix, then ranked in Python exactly as on SQLite.

The terms are what the FTS5 table holds, one row each: `name` (a folded name part), `sound`
(a phonetic key), `born` (ISO date), `id` (an identifier, lower case), and one `names` row
(every name, folded, for the ranking). The table is made by migration 0018 on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text, and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from lead_desktop.models import Person

# Not in the models' metadata: SQLite has no such table (its FTS5 table does the job).
terms = Table("person_search_terms", MetaData(),
              Column("person_id", String(36), nullable=False),
              Column("kind", String(8), nullable=False),
              Column("term", Text(collation="C"), nullable=False))


def replace_terms(session: Session, person_id: str, rows: dict[str, set[str]] | None) -> None:
    """The person's terms, all at once (None: not searchable, e.g. voided or merged)."""
    session.execute(delete(terms).where(terms.c.person_id == person_id))
    values = [{"person_id": person_id, "kind": kind, "term": term}
              for kind, found in (rows or {}).items() for term in sorted(found) if term]
    if values:
        session.execute(insert(terms), values)


def _has(kind: str, term: str, *, prefix: bool = False):  # noqa: ANN202
    match = terms.c.term.startswith(term, autoescape=True) if prefix else terms.c.term == term
    return select(terms.c.person_id).where(terms.c.kind == kind, match)


def token_filter(alternatives: list[tuple[str, str, bool]], all_of: list[tuple[str, str, bool]]):  # noqa: ANN201
    """A person matches a typed word when every one of `all_of` (the word's name parts)
    holds, or any one of `alternatives` does; each is (kind, term, prefix)."""
    conditions = []
    if all_of:
        conditions.append(and_(*[Person.id.in_(_has(k, t, prefix=p)) for k, t, p in all_of]))
    conditions += [Person.id.in_(_has(k, t, prefix=p)) for k, t, p in alternatives]
    return or_(*conditions) if conditions else None


def candidates(session: Session, filters: list, fetch: int) -> list:
    """People matching every filter, with what the ranking reads (as the FTS5 query)."""
    names = select(terms.c.term).where(terms.c.person_id == Person.id,
                                       terms.c.kind == "names").scalar_subquery()
    query = (select(Person.id, Person.last_name, Person.first_name, Person.dob,
                    Person.dob_estimated, names)
             .where(Person.voided_at.is_(None), Person.merged_into_id.is_(None), *filters)
             .order_by(Person.last_name, Person.first_name).limit(fetch))
    rows = session.execute(query).all()
    sounds: dict[str, list[str]] = {}
    if rows:
        found = session.execute(select(terms.c.person_id, terms.c.term).where(
            terms.c.kind == "sound", terms.c.person_id.in_([r[0] for r in rows])))
        for person_id, key in found:
            sounds.setdefault(person_id, []).append(key)
    return [(*row[:5], row[5] or "", " ".join(sounds.get(row[0], []))) for row in rows]
