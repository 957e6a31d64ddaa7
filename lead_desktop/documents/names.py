"""A person's name as documents print it, when a part of it is not known yet.

A person may be recorded with one name only (a mononym, or a surname not given at the
street): the document says so in its language instead of printing a stray comma.
Court forms (summons, complaint packet, agency templates) still require both names.
"""

from __future__ import annotations

NOT_KNOWN = {
    "last": {"en": "surname not known", "es": "apellido desconocido"},
    "first": {"en": "first name not known", "es": "nombre desconocido"},
}


def _missing(part: str, language: str) -> str:
    return NOT_KNOWN[part].get(language, NOT_KNOWN[part]["en"])


def last_first(last: str | None, first: str | None, language: str = "en") -> str:
    """"Muñoz, Zoë"; "Zoë (surname not known)"; "Muñoz (first name not known)"."""
    last, first = (last or "").strip(), (first or "").strip()
    if last and first:
        return f"{last}, {first}"
    if first:
        return f"{first} ({_missing('last', language)})"
    return f"{last} ({_missing('first', language)})" if last else ""


def first_last(first: str | None, last: str | None, language: str = "en") -> str:
    """"Zoë Muñoz", or the known name with what is missing, as in last_first."""
    last, first = (last or "").strip(), (first or "").strip()
    if last and first:
        return f"{first} {last}"
    return last_first(last, first, language)
