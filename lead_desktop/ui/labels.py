"""Codes shown as human words in the user's language (the table: services/labels.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.services.labels import label


def shown_label(kind: str, code: object) -> str:
    """The label of `code` (a str or a str-enum) translated; unknown codes show as written."""
    value = getattr(code, "value", code)
    english = label(kind, value if isinstance(value, str) else None)
    return QCoreApplication.translate("Labels", english) if english else ""
