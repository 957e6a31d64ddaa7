"""The words for a reason code, in the document's language. A document prints these, never
the raw code (`missed_appointment_limit`); a code without wording prints as written, so
a reason typed by a person still shows."""

from __future__ import annotations

from lead_desktop.documents.wording import load

LANGUAGES = ("en", "es")


def table(language: str) -> dict[str, str]:
    texts = load("reason_text.toml")
    return texts.get(language, texts["en"])


def wording(code: str | None, language: str = "en") -> str:
    if not code:
        return ""
    return table(language).get(code) or table("en").get(code) or code.replace("_", " ")
