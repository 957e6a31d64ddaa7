"""Codes shown as human words in the user's language (the table: services/labels.py). The
codes an administrator keeps (exit reasons, contact types, housing and employment, offense
codes) read their words from the code lists (services/program/code_book.py), which the main
window loads at sign-in and the Code lists page reloads after each change."""

from __future__ import annotations

import time
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication

from lead_desktop.errors import LeadError
from lead_desktop.services.field_labels import value_kind
from lead_desktop.services.labels import LABELS, label
from lead_desktop.services.program.code_book import CodeBook
from lead_desktop.services.program.code_seed import KIND_OF_LIST, LIST_OF_KIND
from lead_desktop.ui.translations import current_language

__all__ = ["code_book", "current_language", "field_words", "fresh_code_book",
           "offered_codes", "offense_words", "shown_label", "use_code_book", "value_words"]

_book: CodeBook | None = None
_source: Callable[[], CodeBook] | None = None
_loaded_at = 0.0
FRESH_FOR_S = 60.0  # another workstation's administrator may change a list meanwhile


def use_code_book(book: CodeBook | None, source: Callable[[], CodeBook] | None = None) -> None:
    """The code lists of the open database (None: the built-in words only); `source`
    reads them again (the forms call `fresh_code_book` as they open)."""
    global _book, _source, _loaded_at
    _book, _loaded_at = book, time.monotonic()
    if source is not None or book is None:
        _source = source


def code_book() -> CodeBook | None:
    return _book


def fresh_code_book() -> CodeBook | None:
    """The lists, read again when older than a minute (a form opening offers what the
    administrator keeps now, even if changed on another workstation)."""
    global _book, _loaded_at
    if _source is not None and time.monotonic() - _loaded_at > FRESH_FOR_S:
        try:
            _book = _source()
        except LeadError:
            pass  # the database is busy: the lists as last read, again in a minute
        _loaded_at = time.monotonic()
    return _book


def shown_label(kind: str, code: object) -> str:
    """The label of `code` (a str or a str-enum) translated; unknown codes show as written."""
    value = getattr(code, "value", code)
    if _book is not None and kind in LIST_OF_KIND and isinstance(value, str):
        kept = _book.label(LIST_OF_KIND[kind], value, current_language())
        if kept:
            return kept
    english = label(kind, value if isinstance(value, str) else None)
    return QCoreApplication.translate("Labels", english) if english else ""


def offered_codes(list_name: str, on: date, keep: str | None = None) -> list[tuple[str, str]]:
    """(words, code) of each code a form dated `on` offers, in the user's language; `keep`,
    the code the record already carries, stays on the list even if retired since."""
    book = fresh_code_book()
    if book is not None and book.lists.get(list_name):
        return [(v.label(current_language()), v.code) for v in book.offered(list_name, on, keep)]
    kind = KIND_OF_LIST.get(list_name, list_name)
    return [(shown_label(kind, code), code) for code in LABELS.get(kind, {})]


def offense_words(code: str, language: str | None = None) -> str:
    """"94C-34 · Possession of a Class A substance (G.L. c.94C §34, misdemeanor)": what the
    referral form shows for an offense code of the list."""
    view = _book.find("offense", code) if _book is not None else None
    if view is None:
        return code
    level = shown_offense_level(view.level)
    where = ", ".join(part for part in (view.statute, level) if part)
    return f"{code} · {view.label(language or current_language())}" + (
        f" ({where})" if where else "")


def shown_offense_level(level: str) -> str:
    words = {"felony": QCoreApplication.translate("Labels", "felony"),
             "misdemeanor": QCoreApplication.translate("Labels", "misdemeanor"),
             "violation": QCoreApplication.translate("Labels", "violation"),
             "infraction": QCoreApplication.translate("Labels", "infraction")}
    return words.get(level, level)


def field_words(field: str) -> str:
    """A record's field by its name in words ("Preferred language", not preferred_language)."""
    return shown_label("field", field)


def value_words(field: str, value: object, record_type: str | None = None) -> str:
    """A field's value as a person reads it: a code in words, yes/no, a list or a mapping
    item by item, nothing as a dash."""
    if value is None or value == "" or value == () or value == []:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("Labels", "yes") if value
                else QCoreApplication.translate("Labels", "no"))
    if isinstance(value, dict):
        return "; ".join(f"{shown_label(value_kind(field, record_type) or 'field', k)}: "
                         f"{value_words(k, v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(value_words(field, v, record_type) for v in value)
    kind = value_kind(field, record_type)
    if kind is not None and isinstance(value, str):
        return shown_label(kind, value)
    if isinstance(value, str):
        return value
    return str(getattr(value, "value", value))
