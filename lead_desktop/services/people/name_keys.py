"""Keys that make names match across accents, spelling and punctuation.

"Nguyễn" and "Nguyen", "O'Brien-Muñoz" and "OBrien Munoz", "Smith" and "Smyth" share a
key. Names in non-Latin scripts are matched on their case-folded spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

# Letters NFKD does not decompose into a base letter.
_SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th",
                          "Þ": "TH", "ı": "i"})
_PARTS = re.compile(r"[^\w]+|_", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, accents removed: the spelling-insensitive form of a name. Remembered:
    a search or a duplicate check folds the same names hundreds of times."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _part_key(part: str) -> str:
    if part.isascii() and part.isalpha():
        return jellyfish.metaphone(part) or part
    return part  # non-Latin script, or with digits: exact folded spelling


def name_keys(name: str) -> set[str]:
    """Keys for a name and each of its parts (a hyphenated or two-word name matches on
    either part, and joined: "O'Brien" matches "OBrien")."""
    folded = fold(name).strip()
    if not folded:
        return set()
    parts = [p for p in _PARTS.split(folded) if p]
    keys = {_part_key(p) for p in parts if len(p) > 1}  # "O" of O'Brien matches too much
    joined = "".join(parts)
    keys.add(_part_key(joined))
    return {k for k in keys if k}
