"""Finding people as you type: names and aliases (accents and punctuation ignored, sounds-
alike by phonetic key), date of birth, identifiers.

The one place with engine-specific SQL: on SQLite a FTS5 table (`person_search`) kept in
step with the people table; elsewhere plain indexed queries. Callers see only
`index_person` and `search`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from lead_desktop.models import Person, PersonIdentifier, PersonNameKey
from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.records import normalise_identifier

FTS_TABLE = "person_search"
CREATE_FTS = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "person_id UNINDEXED, names, sound, born, ids, "
              "tokenize = 'unicode61 remove_diacritics 2')")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    last_name: str
    first_name: str
    dob: date


def _uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_person(session: Session, person: Person) -> None:
    """Bring the search index up to date for one person (call after every change)."""
    if not _uses_fts(session):
        return  # other engines search the tables directly
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE person_id = :id"), {"id": person.id})
    if person.voided_at is not None or person.merged_into_id is not None:
        return
    names = [person.last_name, person.first_name, person.middle_name or ""]
    names += [f"{a.last_name} {a.first_name or ''}" for a in person.aliases]
    # "O'Brien" is also found as "obrien": index the name with apostrophes dropped too
    names += [n.replace("'", "").replace("\u2019", "") for n in names if "'" in n or "\u2019" in n]
    sound = set()
    for name in names:
        sound |= name_keys(name)
    session.execute(text(f"INSERT INTO {FTS_TABLE} (person_id, names, sound, born, ids) "
                         "VALUES (:id, :names, :sound, :born, :ids)"),
                    {"id": person.id, "names": fold(" ".join(names)),
                     "sound": " ".join(sorted(sound)), "born": person.dob.isoformat(),
                     "ids": " ".join(i.value for i in person.identifiers)})


def _parse_date(token: str) -> date | None:
    m = _DATE.match(token)
    if not m:
        return None
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return date(int(m.group(6)), int(m.group(4)), int(m.group(5)))
    except ValueError:
        return None


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search(session: Session, query: str, limit: int = 50) -> list[PersonHit]:
    """People matching every word typed: a name part (prefix, or sounding alike), a date of
    birth (2026-03-14 or 3/14/2026), or an identifier."""
    tokens = [t for t in re.split(r"[\s,]+", query.strip()) if t]
    if not tokens:
        return []
    if _uses_fts(session):
        return _search_fts(session, tokens, limit)
    return _search_plain(session, tokens, limit)


def _search_fts(session: Session, tokens: list[str], limit: int) -> list[PersonHit]:
    clauses = []
    for token in tokens:
        born = _parse_date(token)
        if born:
            clauses.append(f"born:{_quote(born.isoformat())}")
            continue
        alternatives = []
        folded = [p for p in re.split(r"[^\w]+", fold(token)) if p]
        if folded:
            alternatives.append("names:(" + " ".join(_quote(p) + "*" for p in folded) + ")")
        alternatives += [f"sound:{_quote(k)}" for k in name_keys(token)]
        ident = normalise_identifier(token)
        if ident and any(ch.isdigit() for ch in ident):
            alternatives.append(f"ids:{_quote(ident.lower())}*")
        if alternatives:
            clauses.append("(" + " OR ".join(alternatives) + ")")
    if not clauses:
        return []
    rows = session.execute(text(
        f"SELECT p.id, p.last_name, p.first_name, p.dob FROM {FTS_TABLE} s "
        f"JOIN persons p ON p.id = s.person_id WHERE {FTS_TABLE} MATCH :q "
        "ORDER BY s.rank LIMIT :limit"), {"q": " AND ".join(clauses), "limit": limit}).all()
    return [PersonHit(r[0], r[1], r[2], r[3] if isinstance(r[3], date) else
                      date.fromisoformat(str(r[3]))) for r in rows]


def _search_plain(session: Session, tokens: list[str], limit: int) -> list[PersonHit]:
    query = select(Person).where(Person.voided_at.is_(None), Person.merged_into_id.is_(None))
    for token in tokens:
        born = _parse_date(token)
        if born:
            query = query.where(Person.dob == born)
            continue
        keys = name_keys(token)
        by_key = select(PersonNameKey.person_id).where(PersonNameKey.key.in_(keys or {""}))
        by_id = select(PersonIdentifier.person_id).where(
            PersonIdentifier.value.startswith(normalise_identifier(token)))
        query = query.where(or_(Person.last_name.ilike(f"{token}%"),
                                Person.first_name.ilike(f"{token}%"),
                                Person.id.in_(by_key), Person.id.in_(by_id)))
    people = session.scalars(query.order_by(Person.last_name, Person.first_name).limit(limit))
    return [PersonHit(p.id, p.last_name, p.first_name, p.dob) for p in people]
