"""Given names that stand for each other: "Bill" for William, "Pepe" for José.

The lists live in resources/names (an English list under the Apache License 2.0 and a
Spanish one of our own). A name's *formal forms* are the name itself and every name it is a
nickname of; two given names are equivalent when one's formal forms include the other's.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from lead_desktop.paths import resource_path
from lead_desktop.services.people.name_keys import fold

FILES = ("nicknames.csv", "nicknames-es.csv")


@lru_cache(maxsize=1)
def _formal_of() -> dict[str, frozenset[str]]:
    """nickname -> the formal names it stands for (folded, letters only)."""
    formal: dict[str, set[str]] = {}
    for name in FILES:
        with open(resource_path("names", name), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["relationship"] != "has_nickname":
                    continue
                full, nick = _plain(row["name1"]), _plain(row["name2"])
                if full and nick and full != nick:
                    formal.setdefault(nick, set()).add(full)
    return {nick: frozenset(names) for nick, names in formal.items()}


def _plain(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalpha())


@lru_cache(maxsize=16384)
def formal_forms(given: str) -> frozenset[str]:
    """The folded name and the formal names it may be short for."""
    plain = _plain(given)
    if not plain:
        return frozenset()
    return frozenset({plain}) | _formal_of().get(plain, frozenset())


def are_nicknames(a: str, b: str) -> bool:
    """True when one name may be a nickname of the other, or both of the same name."""
    forms_a, forms_b = formal_forms(a), formal_forms(b)
    return bool(forms_a and forms_b and forms_a & forms_b)
