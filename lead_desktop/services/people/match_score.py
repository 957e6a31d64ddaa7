"""How alike two people's names and dates of birth are, in points that say why.

Each field is compared on its own and lands on one level (same, a shared part, a
nickname, a typo, sounds alike, ...); the points per level are rough log-odds of "same
person" against "someone else", so fields add up, a disagreeing field counts against, and a
missing field counts for nothing either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import jellyfish
from anyascii import anyascii

from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.people.blocking import ESTIMATE_YEARS
from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.people.nicknames import are_nicknames

_PARTS = re.compile(r"[^\w]+|_", re.UNICODE)

# points for each level of agreement; none of them depend on one data set
LAST_POINTS = {"same": 9, "part": 7, "typo": 6, "sound": 5, "similar": 2, "different": -3}
FIRST_POINTS = {"same": 7, "nickname": 6, "part": 6, "typo": 5, "sound": 4, "initial": 2,
                "similar": 1, "different": -4}
DOB_POINTS = {"same": 12, "swapped": 8, "year": 7, "digit": 7, "transposed": 7,
              "month": 3, "about": 3, "different": -4}
SWAPPED_NAMES_COST = 1
SHARED_ID_POINTS = 15
# the same first and last name weigh more when few people on file bear them (a frequency
# adjustment, as record linkage does): "Abbondandola, Jacqueline" is not "Smith, John"
RARE_NAME_POINTS = 3
RARE_NAME_COUNT = 2


@dataclass(frozen=True, eq=False)
class Name:
    """A name prepared once for many comparisons. One object per text (`of` remembers
    them), compared and hashed by identity: the remembered comparisons look them up
    hundreds of times a check."""

    text: str
    plain: str                 # folded, letters and digits only
    parts: tuple[str, ...]     # folded parts of two or more characters
    keys: frozenset[str]       # phonetic keys

    @classmethod
    def of(cls, text: str | None) -> "Name":
        return _prepared(text or "")


@lru_cache(maxsize=16384)
def _prepared(text: str) -> Name:
    """Names repeat (a county has many Smiths): each is folded and keyed once."""
    compared = text
    folded = fold(text).strip()
    if not folded.isascii():  # another script: compared in its Latin transliteration, so
        compared = anyascii(text)  # "Шевченко" at one desk meets "Shevchenko" at another
        folded = fold(compared).strip()
    parts = tuple(p for p in _PARTS.split(folded) if p)
    return Name(text, "".join(parts), tuple(p for p in parts if len(p) > 1),
                frozenset(name_keys(compared)))


def _typo(a: str, b: str) -> bool:
    """One slip of the keyboard: a letter wrong, missing, extra, or two exchanged (two for
    long names), or a Jaro-Winkler likeness above 0.92."""
    shorter = min(len(a), len(b))
    if shorter < 3:
        return False
    allowed = 2 if shorter >= 8 else 1
    return (jellyfish.damerau_levenshtein_distance(a, b) <= allowed
            or jellyfish.jaro_winkler_similarity(a, b) >= 0.92)


@lru_cache(maxsize=65536)
def compare_name(a: Name, b: Name, given: bool = False) -> str:
    """The level at which two names agree ("missing" when either is empty). Remembered:
    a county's blocks bring the same few hundred names again and again (many Reids, many
    Jameses), and the comparison is the costliest part of a check."""
    if not a.plain or not b.plain:
        return "missing"
    if a.plain == b.plain:
        return "same"
    if given and are_nicknames(a.plain, b.plain):
        return "nickname"
    if set(a.parts) & set(b.parts):
        return "part"
    if _typo(a.plain, b.plain):
        return "typo"
    if given and (len(a.plain) == 1 or len(b.plain) == 1):
        return "initial" if a.plain[0] == b.plain[0] else "different"
    if a.keys & b.keys:
        return "sound"
    if any(_typo(p, q) for p in a.parts for q in b.parts if len(p) > 3 and len(q) > 3):
        return "part"
    if jellyfish.jaro_winkler_similarity(a.plain, b.plain) >= 0.84:
        return "similar"
    return "different"


def _digits(day: date) -> str:
    return "%04d%02d%02d" % (day.year, day.month, day.day)  # strftime is slower, per row


def compare_dob(a: date | None, a_estimated: bool, b: date | None, b_estimated: bool) -> str:
    if a is None or b is None:
        return "missing"
    if a_estimated or b_estimated:
        return "about" if abs(a.year - b.year) <= ESTIMATE_YEARS * 2 else "different"
    if a == b:
        return "same"
    if (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return "swapped"
    if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
        return "year"
    x, y = _digits(a), _digits(b)
    differing = [i for i in range(8) if x[i] != y[i]]
    if len(differing) == 1:
        return "digit"
    if len(differing) == 2 and differing[1] == differing[0] + 1 and \
            x[differing[0]] == y[differing[1]] and x[differing[1]] == y[differing[0]]:
        return "transposed"
    if (a.year, a.month) == (b.year, b.month):
        return "month"
    return "different"


# why two records may be one person, in words the supervisor reads in their language
# (messages the UI translates, context "MatchReasons"; English as text)
REASONS = "MatchReasons"


def _reason(text: str) -> Message:
    return message(REASONS, text)


LAST_REASONS = {k: _reason(v) for k, v in {
    "same": QT_TRANSLATE_NOOP("MatchReasons", "same last name"),
    "part": QT_TRANSLATE_NOOP("MatchReasons", "shares a part of the last name"),
    "typo": QT_TRANSLATE_NOOP("MatchReasons", "last name spelled nearly alike"),
    "sound": QT_TRANSLATE_NOOP("MatchReasons", "last name sounds alike"),
    "similar": QT_TRANSLATE_NOOP("MatchReasons", "last name similar")}.items()}
FIRST_REASONS = {k: _reason(v) for k, v in {
    "same": QT_TRANSLATE_NOOP("MatchReasons", "same first name"),
    "nickname": QT_TRANSLATE_NOOP("MatchReasons", "first name a nickname of the other"),
    "part": QT_TRANSLATE_NOOP("MatchReasons", "shares a part of the first name"),
    "typo": QT_TRANSLATE_NOOP("MatchReasons", "first name spelled nearly alike"),
    "sound": QT_TRANSLATE_NOOP("MatchReasons", "first name sounds alike"),
    "initial": QT_TRANSLATE_NOOP("MatchReasons", "same first initial"),
    "similar": QT_TRANSLATE_NOOP("MatchReasons", "first name similar")}.items()}
DOB_REASONS = {k: _reason(v) for k, v in {
    "same": QT_TRANSLATE_NOOP("MatchReasons", "same date of birth"),
    "swapped": QT_TRANSLATE_NOOP("MatchReasons", "date of birth with day and month swapped"),
    "year": QT_TRANSLATE_NOOP("MatchReasons", "date of birth one year apart"),
    "digit": QT_TRANSLATE_NOOP("MatchReasons", "date of birth one digit apart"),
    "transposed": QT_TRANSLATE_NOOP("MatchReasons", "date of birth with two digits exchanged"),
    "month": QT_TRANSLATE_NOOP("MatchReasons", "born the same month"),
    "about": QT_TRANSLATE_NOOP("MatchReasons", "born about the same year"),
    "different": QT_TRANSLATE_NOOP("MatchReasons", "different date of birth")}.items()}
SWAPPED_REASON = _reason(QT_TRANSLATE_NOOP("MatchReasons", "first and last name swapped"))


def _via_alias(reason: Message) -> Message:
    return message(REASONS, QT_TRANSLATE_NOOP("MatchReasons", "{reason} (an alias)"),
                   reason=reason)


def _as_alias_given(reason: Message) -> Message:
    return message(REASONS, QT_TRANSLATE_NOOP("MatchReasons", "{reason} (as the alias given)"),
                   reason=reason)


@dataclass(frozen=True)
class Typed:
    """What the desk typed, prepared once."""

    last: Name
    first: Name
    alias_lasts: tuple[Name, ...]
    dob: date | None
    dob_estimated: bool


def _names_score(q_last: Name, q_first: Name, last: Name, first: Name,
                 aliases: tuple[tuple[Name, Name | None], ...]) -> tuple[int, list[Message]]:
    """Last against the last name or an alias (whichever agrees best), first against first."""
    options = [(last, first, False)] + [(a_last, a_first or first, True)
                                        for a_last, a_first in aliases]
    best: tuple[int, list[Message]] | None = None
    for o_last, o_first, via_alias in options:
        last_level = compare_name(q_last, o_last)
        first_level = compare_name(q_first, o_first, given=True)
        points = LAST_POINTS.get(last_level, 0) + FIRST_POINTS.get(first_level, 0)
        last_reason = LAST_REASONS.get(last_level)
        if last_reason is not None and via_alias:
            last_reason = _via_alias(last_reason)
        reasons = ([last_reason] if last_reason is not None else []) + \
                  ([FIRST_REASONS[first_level]] if first_level in FIRST_REASONS else [])
        if best is None or points > best[0]:
            best = (points, reasons)
    return best


def score(typed: Typed, last: Name, first: Name, aliases: tuple[tuple[Name, Name | None], ...],
          dob: date | None, dob_estimated: bool) -> tuple[int, tuple[Message, ...]]:
    """Points and reasons for one person on file against what was typed."""
    points, reasons = _names_score(typed.last, typed.first, last, first, aliases)
    for q_last in typed.alias_lasts:
        alias_points, alias_reasons = _names_score(q_last, typed.first, last, first, aliases)
        if alias_points > points:
            points, reasons = alias_points, [_as_alias_given(r) for r in alias_reasons]
    swapped_points, swapped_reasons = _names_score(typed.first, typed.last, last, first, ())
    swapped_points -= SWAPPED_NAMES_COST
    if swapped_points > points:
        points, reasons = swapped_points, [SWAPPED_REASON] + swapped_reasons
    dob_level = compare_dob(typed.dob, typed.dob_estimated, dob, dob_estimated)
    points += DOB_POINTS.get(dob_level, 0)
    if dob_level in DOB_REASONS:
        reasons.append(DOB_REASONS[dob_level])
    return points, tuple(reasons)


def same_full_name(typed: Typed, last: Name, first: Name) -> bool:
    return bool(typed.last.plain and typed.first.plain and typed.last.plain == last.plain
                and typed.first.plain == first.plain)


def possible(typed: Typed, last: Name, first: Name, dob: date | None,
             dob_estimated: bool) -> int:
    """The most points the fields known on both sides can give: a person recorded with
    only a last name can never reach the usual threshold, and must still be found."""
    total = LAST_POINTS["same"] if typed.last.plain and last.plain else 0
    if typed.first.plain and first.plain:
        total += FIRST_POINTS["same"]
    if typed.dob is not None and dob is not None:
        total += DOB_POINTS["about" if typed.dob_estimated or dob_estimated else "same"]
    return total
