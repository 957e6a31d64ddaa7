"""The bilingual choices a consent is written from (resources/documents/consent_choices.toml):
the consent form offers them, and a Spanish form prints their Spanish side. Text typed
freely is the exception: it prints as typed, flagged as not yet translated."""

from __future__ import annotations

from lead_desktop.documents.wording import load

KINDS = ("information", "purpose", "recipient_class", "event")
FLAG = {"es": " [texto escrito en inglés; pida una traducción]"}


def choices(kind: str) -> list[dict[str, str]]:
    """The choices of one kind, each {"en": ..., "es": ...}."""
    return list(load("consent_choices.toml").get(kind, []))


def _index() -> dict[str, dict[str, str]]:
    return {entry["en"].casefold(): entry for kind in KINDS for entry in choices(kind)}


def is_choice(text: str) -> bool:
    return (text or "").strip().casefold() in _index()


def in_language(text: str, language: str) -> str:
    """`text` (stored in English) as a form in `language` prints it: the choice's
    translation, or the free text as typed, flagged when the language is not English."""
    value = (text or "").strip()
    if language == "en" or not value:
        return value
    entry = _index().get(value.casefold())
    if entry and entry.get(language):
        return entry[language]
    return value + FLAG.get(language, "")
