"""What a refused or failed save of a file says (a PDF, a CSV, a workbook), once for every
service that writes one; messages the UI shows in the user's language."""

from __future__ import annotations

from pathlib import Path

from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message


def already_there(path: Path) -> Message:
    return message("Saving", QT_TRANSLATE_NOOP(
        "Saving", "{path} already exists; nothing was overwritten. Choose another name."),
        path=str(path))


def not_saved(path: Path, error: OSError, *, begun: bool) -> Message:
    """`begun`: the writing had started (the half file was removed)."""
    if begun:
        return message("Saving", QT_TRANSLATE_NOOP(
            "Saving", "The file could not be saved at {path}: {why}. Nothing was kept; "
            "choose another folder."), path=str(path), why=error.strerror or error)
    return message("Saving", QT_TRANSLATE_NOOP(
        "Saving", "The file could not be saved at {path}: {why}. Nothing was written; "
        "choose another folder."), path=str(path), why=error.strerror or error)
