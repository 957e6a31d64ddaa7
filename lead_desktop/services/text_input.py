"""Clean text at the service boundary: the one place every service checks the text and
times it is given, before anything is stored, searched or printed.

Refused everywhere: lone surrogates (not text at all: they cannot be stored), control
characters (ANSI escapes among them; a note may hold line breaks and tabs), format
characters (bidi overrides that reorder what a reader sees, zero-width spaces, byte-order
marks) except the zero-width joiner and non-joiner that Indic and Arabic scripts need,
other invisible "default ignorable" characters, private-use and unassigned code points.
Names must hold at least one visible letter. Lengths are limited by kind. Times must say
their time zone. Whether a name's letters can be printed by the document fonts is a
separate question (documents/fonts.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass
from functools import lru_cache
from datetime import datetime
from enum import Enum
from typing import Any, Iterable

from lead_desktop.services.records import Problems

ZWNJ, ZWJ = "\u200c", "\u200d"  # joiners scripts need (Persian, Hindi, emoji sequences)


class Kind(Enum):
    NAME = 100       # a person's name part: one line, a visible letter required
    LINE = 500       # any other one-line field: address, reason, contact
    TEXT = 20_000    # notes and narratives: line breaks allowed

    @property
    def max_length(self) -> int:
        return self.value


NOTE_MAX = Kind.TEXT.max_length

# Code points that print as nothing though Unicode calls them letters or marks (Hangul
# fillers, Khmer inherent vowels, Mongolian free variation selectors, and the other
# default-ignorable ranges of DerivedCoreProperties.txt that are not format characters).
_INVISIBLE = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x2800, 0x2800), (0x3164, 0x3164), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
_LINE_BREAKS = "\n\r\t"
# Printable ASCII has no character refused above: such text (most notes) skips the check
# of each character, which cost a note of a few hundred letters a millisecond.
_PLAIN = {Kind.NAME: re.compile(r"[\x20-\x7e]*"), Kind.LINE: re.compile(r"[\x20-\x7e]*"),
          Kind.TEXT: re.compile(r"[\x20-\x7e\n\r\t]*")}


def _invisible(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _INVISIBLE)


@lru_cache(maxsize=8192)
def _bad_character(char: str, kind: Kind) -> str | None:
    category = unicodedata.category(char)
    if category == "Cs":
        return "contains a broken character (a lone surrogate); please type it again"
    if category == "Cc" and not (kind is Kind.TEXT and char in _LINE_BREAKS):
        return (f"contains a control character (U+{ord(char):04X}); "
                "please remove it or type the text again")
    if category == "Cf" and char not in (ZWJ, ZWNJ):
        return (f"contains an invisible formatting character (U+{ord(char):04X}), such as "
                "a direction override or zero-width space; please remove it")
    if category in ("Zl", "Zp") and kind is not Kind.TEXT:
        return "must stay on one line"
    if category in ("Co", "Cn") or _invisible(char):
        return f"contains a character that cannot be shown (U+{ord(char):04X})"
    return None


def has_visible_letter(value: str) -> bool:
    return any(unicodedata.category(c).startswith("L") and not _invisible(c) for c in value)


def problem(value: str, kind: Kind) -> str | None:
    """What is wrong with one piece of text, in words for the person who typed it."""
    if len(value) > kind.max_length:
        return f"at most {kind.max_length:,} characters (this has {len(value):,})"
    if not _PLAIN[kind].fullmatch(value):
        for char in dict.fromkeys(value):  # each character once, in order
            found = _bad_character(char, kind)
            if found:
                return found
    if kind is Kind.NAME and value.strip() and not has_visible_letter(value):
        return "must contain at least one letter"
    return None


def check(problems: Problems, field: str, value: Any, kind: Kind = Kind.LINE) -> None:
    """Add the problem of one value (text, or a time) under its field name."""
    if isinstance(value, str):
        found = problem(value, kind)
        if found:
            problems.add(field, found)
    elif isinstance(value, datetime) and value.utcoffset() is None:
        problems.add(field, "needs a time zone (a time without one is ambiguous)")


def check_all(problems: Problems, data: Any, *, names: Iterable[str] = (),
              texts: Iterable[str] = (), prefix: str = "") -> None:
    """Every text and time inside a form's input (a dataclass, nested ones, tuples, dicts):
    fields listed in `names` are names, in `texts` long text, the rest one-line text."""
    names, texts = set(names), set(texts)
    for item in fields(data):
        value = getattr(data, item.name)
        kind = Kind.NAME if item.name in names else Kind.TEXT if item.name in texts else Kind.LINE
        _walk(problems, f"{prefix}{item.name}", value, kind, names, texts)


def _walk(problems: Problems, field: str, value: Any, kind: Kind, names: set, texts: set) -> None:
    if is_dataclass(value) and not isinstance(value, type):
        check_all(problems, value, names=names, texts=texts, prefix=f"{field}.")
    elif isinstance(value, (tuple, list)):
        for index, element in enumerate(value):
            _walk(problems, f"{field}[{index}]", element, kind, names, texts)
    elif isinstance(value, dict):
        for key, element in value.items():
            _walk(problems, f"{field}.{key}", element, kind, names, texts)
    else:
        check(problems, field, value, kind)


def require_clean(data: Any = None, *, names: Iterable[str] = (), texts: Iterable[str] = (),
                  **values: Any) -> None:
    """Raise ValidationFailed (the project's own error) naming each bad field. Give a
    form's input as `data`, and loose arguments by name (`reason=...`); loose arguments
    are one-line text unless named in `texts`/`names`."""
    problems = Problems()
    if data is not None:
        check_all(problems, data, names=names, texts=texts)
    for field, value in values.items():
        kind = Kind.NAME if field in names else Kind.TEXT if field in texts else Kind.LINE
        _walk(problems, field, value, kind, set(names), set(texts))
    problems.raise_if_any()
