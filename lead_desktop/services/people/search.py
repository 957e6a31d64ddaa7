"""Finding people as you type: names and aliases (accents and punctuation ignored, sounds-
alike by phonetic key, a typo past the first letters), date of birth, identifiers.

Results are ranked as a desk expects: the last name exactly as typed, then last names
starting with it, then other names (first, middle, alias), then sounds-alike and near
spellings, closest first. Nothing is searched before two characters, unless a date or an
identifier (digits) is typed.

The one place with engine-specific SQL: on SQLite a FTS5 table (`person_search`) kept in
step with the people table; elsewhere (PostgreSQL) a plain table of the same terms
(search_terms.py). Both find candidates; the ranking below is the same for both. Callers
see only `index_person` and `search`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import jellyfish
from sqlalchemy import text
from sqlalchemy.orm import Session

from lead_desktop.models import Person
from lead_desktop.services.people import search_terms
from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.records import missing_fields, normalise_identifier

FTS_TABLE = "person_search"
CREATE_FTS = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
              "person_id UNINDEXED, names, sound, born, ids, "
              "tokenize = 'unicode61 remove_diacritics 2')")
# the persons columns the ranking reads, covered (revision 0032_search_rows): SQLite's
# planner takes the primary key's index and a table row per person unless told
SEARCH_ROW_INDEX = "ix_persons_search_row"
MIN_CHARACTERS = 2
FETCH = 300        # rows read per query before ranking
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    last_name: str
    first_name: str
    dob: date | None
    dob_estimated: bool = False

    @property
    def to_complete(self) -> tuple[str, ...]:
        return missing_fields(self.first_name, self.dob, last_name=self.last_name)


def _uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_person(session: Session, person: Person) -> None:
    """Bring the search index up to date for one person (call after every change)."""
    searchable = person.voided_at is None and person.merged_into_id is None
    if not _uses_fts(session):
        search_terms.replace_terms(session, person.id, _terms(person) if searchable else None)
        return
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE person_id = :id"), {"id": person.id})
    if not searchable:
        return
    names, sound = _names_and_sound(person)
    session.execute(text(f"INSERT INTO {FTS_TABLE} (person_id, names, sound, born, ids) "
                         "VALUES (:id, :names, :sound, :born, :ids)"),
                    {"id": person.id, "names": fold(" ".join(names)),
                     "sound": " ".join(sorted(sound)),
                     "born": person.dob.isoformat() if person.dob else "",
                     "ids": " ".join(i.value for i in person.identifiers)})


def _names_and_sound(person: Person) -> tuple[list[str], set[str]]:
    names = [person.last_name, person.first_name, person.middle_name or ""]
    names += [f"{a.last_name} {a.first_name or ''}" for a in person.aliases]
    # "O'Brien" is also found as "obrien": index the name with apostrophes dropped too
    names += [n.replace("'", "").replace("\u2019", "") for n in names if "'" in n or "\u2019" in n]
    sound = set()
    for name in names:
        sound |= name_keys(name)
    return names, sound


def _terms(person: Person) -> dict[str, set[str]]:
    """What the FTS5 row holds, as rows of the terms table (search_terms.py)."""
    names, sound = _names_and_sound(person)
    folded = fold(" ".join(names))
    return {"names": {folded}, "name": set(_parts(folded)), "sound": sound,
            "born": {person.dob.isoformat()} if person.dob else set(),
            "id": {i.value.lower() for i in person.identifiers}}


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


def _parts(text_: str) -> list[str]:
    return list(_split(text_))


@lru_cache(maxsize=65536)
def _split(text_: str) -> tuple[str, ...]:
    """Folded parts of a name, remembered: a search ranks up to 300 people per typed
    word, and a county repeats its last names."""
    return tuple(p for p in re.split(r"[^\w]+|_", fold(text_)) if p)


@lru_cache(maxsize=4096)
def _sound_keys(word: str) -> frozenset[str]:
    return frozenset(name_keys(word))


def too_short(query: str) -> bool:
    """Fewer than two characters and no digit: too little to search on."""
    typed = "".join(_parts(query))
    return len(typed) < MIN_CHARACTERS and not any(ch.isdigit() for ch in typed)


def search(session: Session, query: str, limit: int = 50) -> list[PersonHit]:
    """People matching every word typed: a name part (prefix, sounding alike, or a near
    spelling), a date of birth (2026-03-14 or 3/14/2026), or an identifier; best first."""
    tokens = [t for t in re.split(r"[\s,]+", query.strip()) if t]
    if not tokens or too_short(query):
        return []
    return _search_ranked(session, tokens, limit)


def _clause(token: str, loose: bool) -> str | None:
    """FTS5 terms for one typed word: strict (name prefixes, dates, identifiers) or loose
    (also sounds-alike and the first letters of a longer word, ranked in Python)."""
    born = _parse_date(token)
    if born:
        return f"born:{_quote(born.isoformat())}"
    alternatives = []
    folded = _parts(token)
    if folded:
        alternatives.append("names:(" + " ".join(_quote(p) + "*" for p in folded) + ")")
    if loose:
        alternatives += [f"sound:{_quote(k)}" for k in name_keys(token)]
        for part in folded:
            if len(part) >= 4 and part.isalpha():
                alternatives.append(f"names:{_quote(part[:4 if len(part) >= 6 else 3])}*")
    ident = normalise_identifier(token)
    if ident and any(ch.isdigit() for ch in ident):
        alternatives.append(f"ids:{_quote(ident.lower())}*")
    return "(" + " OR ".join(alternatives) + ")" if alternatives else None


def _fts_rows(session: Session, tokens: list[str], loose: bool) -> list:
    clauses = [c for t in tokens if (c := _clause(t, loose))]
    if not clauses:
        return []
    return session.execute(text(
        f"SELECT p.id, p.last_name, p.first_name, p.dob, p.dob_estimated, s.names, s.sound "
        f"FROM {FTS_TABLE} s JOIN persons p INDEXED BY {SEARCH_ROW_INDEX} ON p.id = s.person_id "
        f"WHERE {FTS_TABLE} MATCH :q "
        "ORDER BY s.rank LIMIT :limit"), {"q": " AND ".join(clauses), "limit": FETCH}).all()


def _term_rows(session: Session, tokens: list[str], loose: bool) -> list:
    """The FTS5 query's twin on the terms table: the same alternatives for each word."""
    filters = []
    for token in tokens:
        born = _parse_date(token)
        if born:
            filters.append(search_terms.token_filter([("born", born.isoformat(), False)], []))
            continue
        folded, alternatives = _parts(token), []
        if loose:
            alternatives += [("sound", key, False) for key in name_keys(token)]
            alternatives += [("name", part[:4 if len(part) >= 6 else 3], True)
                             for part in folded if len(part) >= 4 and part.isalpha()]
        ident = normalise_identifier(token)
        if ident and any(ch.isdigit() for ch in ident):
            alternatives.append(("id", ident.lower(), True))
        condition = search_terms.token_filter(alternatives,
                                              [("name", part, True) for part in folded])
        if condition is not None:
            filters.append(condition)
    return search_terms.candidates(session, filters, FETCH) if filters else []


def _search_ranked(session: Session, tokens: list[str], limit: int) -> list[PersonHit]:
    find = _fts_rows if _uses_fts(session) else _term_rows
    rows = {r[0]: r for r in find(session, tokens, loose=False)}
    if len(rows) < limit:
        for row in find(session, tokens, loose=True):
            rows.setdefault(row[0], row)
    ranked = []
    for person_id, last, first, born, estimated, names, sound in rows.values():
        rank = _rank(tokens, last, names, set(sound.split()))
        if rank is not None:
            ranked.append((rank, last, first, person_id, born, estimated))
    ranked.sort(key=lambda r: (r[0], fold(r[1]), fold(r[2])))
    return [PersonHit(person_id, last, first, _as_date(born), bool(estimated))
            for _, last, first, person_id, born, estimated in ranked[:limit]]


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# how a typed word meets a person: lower is better
EXACT_LAST, LAST_PREFIX, OTHER_NAME, SOUNDS_ALIKE, NEAR_SPELLING = 0, 1, 2, 3, 4


def word_rank(word: str, last_name: str, names: str, sound: set[str]) -> tuple[int, float] | None:
    """How one typed name word meets a person (tier, then closeness), or None if it does
    not: `names` is every name of theirs, folded; `sound` their phonetic keys. Within the
    name tiers people are listed alphabetically; sounds-alike and near spellings closest
    first (the costlier likeness is computed only for them)."""
    typed = _split(word)
    if not typed:
        return None
    last = _split(last_name)
    joined_last, joined_typed = "".join(last), "".join(typed)
    if joined_typed == joined_last or (len(typed) == 1 and typed[0] in last):
        return EXACT_LAST, 0.0
    if all(any(p.startswith(t) for p in (*last, joined_last)) for t in typed):
        return LAST_PREFIX, 0.0
    all_parts = _split(names)
    if all(any(p.startswith(t) for p in all_parts) for t in typed):
        return OTHER_NAME, 0.0
    near = max((jellyfish.jaro_winkler_similarity(joined_typed, p)
                for p in (*all_parts, joined_last)), default=0.0)
    if _sound_keys(word) & sound:
        return SOUNDS_ALIKE, -near
    if len(joined_typed) >= 4 and near >= 0.88:
        return NEAR_SPELLING, -near
    return None


def _rank(tokens: list[str], last_name: str, names: str, sound: set[str],
          ) -> tuple[int, float] | None:
    """Summed tiers and closeness over the typed name words (dates and identifiers were
    matched exactly by the index); None when a word matches no name closely enough."""
    tier, closeness = 0, 0.0
    for token in tokens:
        if _parse_date(token) or any(ch.isdigit() for ch in token):
            continue
        ranked = word_rank(token, last_name, names, sound)
        if ranked is None:
            return None
        tier, closeness = tier + ranked[0], closeness + ranked[1]
    return tier, closeness
