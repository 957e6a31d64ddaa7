"""Blocking keys: cheap, indexed keys a person is filed under, so the duplicate check reads
a few dozen likely people instead of everyone.

Several blocks, each surviving a different kind of error, so one mistake never hides a
person from all of them:
- `li` / `ly`: a phonetic key of each part of the last name or an alias, with the given
  name's initial (or of a formal name it may be short for) / with the birth year (typos
  that keep the sound, accents, hyphens and double surnames; a wrong date, or a wrong
  first name). Alone, a common last name would bring a county's hundreds of Smiths;
- `fy`: a given-name key (or a formal name's) plus the birth year (a last name mistyped
  beyond its sound, or changed);
- `dob`: the exact date of birth (both names wrong, or a transliteration);
- `md`: birth month and day plus the given name's initial (a wrong digit in the year);
- `fl`: a given-name key plus the last name's initial (looked up when no date of birth was
  given: a mistyped last name is then still found);
- `last` / `first`: the phonetic keys alone (search as you type; the check uses `last`
  only when neither a first name nor a date of birth was given).
A person recorded without a last name (one name only), a first name or a date of birth is
filed under "?" in its place and every check looks "?" up too, so the incomplete record is
still found. The query side
adds the swapped forms: first and last name exchanged, day and month exchanged. An estimated
date of birth is filed under the years around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.nicknames import formal_forms

ESTIMATE_YEARS = 2  # an estimated year is taken as within this many years


FIELDS = ("last", "first", "li", "ly", "fy", "dob", "md", "fl")
UNKNOWN = "?"


@dataclass(frozen=True)
class Blocks:
    last: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()
    li: frozenset[str] = frozenset()
    ly: frozenset[str] = frozenset()
    fy: frozenset[str] = frozenset()
    dob: frozenset[str] = frozenset()
    md: frozenset[str] = frozenset()
    fl: frozenset[str] = frozenset()

    def rows(self) -> set[tuple[str, str]]:
        """(field, key) pairs as stored in person_name_keys."""
        return {(field, key) for field in FIELDS for key in getattr(self, field)}


def given_keys(given: str) -> set[str]:
    """Phonetic keys of a given name and of the formal names it may be short for."""
    keys = set(name_keys(given))
    for part in fold(given).split():
        for formal in formal_forms(part):
            keys |= name_keys(formal)
    return keys


def initials(given: str) -> set[str]:
    """The given name's initial, and those of the formal names it may be short for."""
    found = set()
    for part in [fold(given)] + [f for p in fold(given).split() for f in formal_forms(p)]:
        letters = [c for c in part if c.isalnum()]
        if letters:
            found.add(letters[0])
    return found


def _years(dob: date, estimated: bool) -> range:
    spread = ESTIMATE_YEARS if estimated else 0
    return range(dob.year - spread, dob.year + spread + 1)


def _swapped(dob: date) -> date | None:
    if dob.day > 12 or dob.day == dob.month:
        return None
    return date(dob.year, dob.day, dob.month)


def _pairs(keys: set[str], tails) -> frozenset[str]:
    return frozenset(f"{k}|{t}" for k in keys for t in tails)


def person_blocks(last: str, first: str, dob: date | None, dob_estimated: bool = False,
                  alias_lasts: tuple[str, ...] = (), alias_firsts: tuple[str, ...] = (),
                  ) -> Blocks:
    """The keys a person is filed under."""
    lasts = set(name_keys(last))
    for alias in alias_lasts:
        lasts |= name_keys(alias)
    firsts, starts = given_keys(first), initials(first)
    for alias in alias_firsts:
        firsts |= given_keys(alias)
        starts |= initials(alias)
    years = [str(y) for y in _years(dob, dob_estimated)] if dob else [UNKNOWN]
    filed_lasts = lasts or {UNKNOWN}   # known by one name: filed under "?" for the last name
    md = set()
    if dob is not None and not dob_estimated:
        md = {f"{dob:%m%d}|{i}" for i in starts} or {f"{dob:%m%d}|{UNKNOWN}"}
    return Blocks(last=frozenset(lasts), first=frozenset(firsts),
                  li=_pairs(filed_lasts, starts or {UNKNOWN}), ly=_pairs(filed_lasts, years),
                  fy=_pairs(firsts, years) if firsts else frozenset(),
                  dob=frozenset({dob.isoformat()}) if dob and not dob_estimated else frozenset(),
                  md=frozenset(md), fl=_pairs(firsts, initials(last) or {UNKNOWN}))


def query_blocks(last: str, first: str, dob: date | None, dob_estimated: bool = False,
                 alias_lasts: tuple[str, ...] = ()) -> Blocks:
    """The keys to look up for what was typed, with names and day/month swapped too, and
    the "?" of people recorded without a first name or date of birth."""
    lasts, firsts = set(name_keys(last)), given_keys(first)
    for alias in alias_lasts:
        lasts |= name_keys(alias)
    as_last = lasts | name_keys(first)                 # first and last name swapped
    starts = initials(first) | initials(last)
    filed_lasts = as_last | {UNKNOWN}                  # and people known by one name
    # each last name with the other name's initial, as typed and swapped: a last name with
    # its own initial ("Reid, R.") is no match of "Reid, James" and brought hundreds of
    # the county's Reids to score
    li = (_pairs(lasts | {UNKNOWN}, initials(first) | {UNKNOWN})
          | _pairs(name_keys(first) | {UNKNOWN}, initials(last) | {UNKNOWN}))
    if dob is None:
        # nothing to pair the names with: the last-name keys alone, if no first name either
        return Blocks(last=frozenset(as_last) if not firsts else frozenset(), li=li,
                      ly=_pairs(filed_lasts, [UNKNOWN]),
                      fl=_pairs(firsts, initials(last) | {UNKNOWN})
                      | _pairs(name_keys(last), initials(first)))
    years = [str(y) for y in _years(dob, dob_estimated)] + [UNKNOWN]
    ly = _pairs(filed_lasts, years)
    fy = _pairs(firsts | name_keys(last), years)
    if dob_estimated:
        return Blocks(li=li, ly=ly, fy=fy)
    dates = [d for d in (dob, _swapped(dob)) if d is not None]
    md = {f"{d:%m%d}|{i}" for d in dates for i in starts | {UNKNOWN}}
    return Blocks(li=li, ly=ly, fy=fy, dob=frozenset(d.isoformat() for d in dates),
                  md=frozenset(md))
