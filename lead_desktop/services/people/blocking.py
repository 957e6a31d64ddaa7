"""Blocking keys: cheap, indexed keys a person is filed under, so the duplicate check reads
a few hundred likely people instead of everyone.

Several blocks, each surviving a different kind of error, so one mistake never hides a
person from all of them:
- `last`: phonetic keys of each part of the last name and aliases (typos that keep the
  sound, accents, hyphens and double surnames);
- `first`: phonetic keys of the given name (search as you type uses them);
- `fy`: a given-name key (or the formal name a nickname stands for) plus the birth year
  (a last name mistyped beyond its sound);
- `dob`: the exact date of birth (both names wrong, or a transliteration);
- `md`: birth month and day plus the given name's initial (a wrong digit in the year).
The query side adds the swapped forms: first and last name exchanged, day and month
exchanged. An estimated date of birth is filed under the years around it; an unknown one
only under the names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.nicknames import formal_forms

ESTIMATE_YEARS = 2  # an estimated year is taken as within this many years


@dataclass(frozen=True)
class Blocks:
    last: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()
    fy: frozenset[str] = frozenset()
    dob: frozenset[str] = frozenset()
    md: frozenset[str] = frozenset()

    def rows(self) -> set[tuple[str, str]]:
        """(field, key) pairs as stored in person_name_keys."""
        return {(field, key) for field in ("last", "first", "fy", "dob", "md")
                for key in getattr(self, field)}


def given_keys(given: str) -> set[str]:
    """Phonetic keys of a given name and of the formal names it may be short for."""
    keys = set(name_keys(given))
    for part in fold(given).split():
        for formal in formal_forms(part):
            keys |= name_keys(formal)
    return keys


def _initial(name: str) -> str:
    letters = [c for c in fold(name) if c.isalnum()]
    return letters[0] if letters else ""


def _years(dob: date, estimated: bool) -> range:
    spread = ESTIMATE_YEARS if estimated else 0
    return range(dob.year - spread, dob.year + spread + 1)


def _swapped(dob: date) -> date | None:
    if dob.day > 12 or dob.day == dob.month:
        return None
    return date(dob.year, dob.day, dob.month)


def person_blocks(last: str, first: str, dob: date | None, dob_estimated: bool = False,
                  alias_lasts: tuple[str, ...] = (), alias_firsts: tuple[str, ...] = (),
                  ) -> Blocks:
    """The keys a person is filed under."""
    lasts = set(name_keys(last))
    for alias in alias_lasts:
        lasts |= name_keys(alias)
    firsts = given_keys(first)
    for alias in alias_firsts:
        firsts |= given_keys(alias)
    if dob is None:
        return Blocks(frozenset(lasts), frozenset(firsts))
    fy = {f"{k}{y}" for k in firsts for y in _years(dob, dob_estimated)}
    if dob_estimated:
        return Blocks(frozenset(lasts), frozenset(firsts), frozenset(fy))
    initial = _initial(first)
    md = {f"{dob:%m%d}{initial}"} if initial else set()
    return Blocks(frozenset(lasts), frozenset(firsts), frozenset(fy),
                  frozenset({dob.isoformat()}), frozenset(md))


def query_blocks(last: str, first: str, dob: date | None, dob_estimated: bool = False,
                 alias_lasts: tuple[str, ...] = ()) -> Blocks:
    """The keys to look up for what was typed, with names and day/month swapped too."""
    lasts, firsts = set(name_keys(last)), given_keys(first)
    for alias in alias_lasts:
        lasts |= name_keys(alias)
    if dob is None:
        return Blocks(frozenset(lasts | name_keys(first)))
    fy = {f"{k}{y}" for k in firsts | name_keys(last) for y in _years(dob, dob_estimated)}
    if dob_estimated:
        return Blocks(frozenset(lasts | name_keys(first)), fy=frozenset(fy))
    dates = [d for d in (dob, _swapped(dob)) if d is not None]
    initials = {i for i in (_initial(first), _initial(last)) if i}
    md = {f"{d:%m%d}{i}" for d in dates for i in initials}
    return Blocks(frozenset(lasts | name_keys(first)), fy=frozenset(fy),
                  dob=frozenset(d.isoformat() for d in dates), md=frozenset(md))
