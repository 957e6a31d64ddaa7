"""Before a document leaves as a file (Save as PDF, a printer that writes a file): is it
allowed, does the user confirm it will not be encrypted, and the audit entry of the
export (services/exports.py holds the rules; this only asks)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.exports import ExportService
from lead_desktop.ui.messages import error_words


def confirm_unencrypted(parent) -> bool:
    translate = QCoreApplication.translate
    answer = QMessageBox.warning(
        parent, translate("Exports", "Save an unencrypted copy?"),
        translate("Exports", "The file will NOT be encrypted. Anyone who can open the folder, "
                  "a backup of it or a copy of the file can read it, and it may hold Part 2 "
                  "and criminal-justice information. The save is recorded in the audit log. "
                  "Keep the file in your own folder and delete it when it is no longer "
                  "needed.\n\nSave it anyway?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Save


def allow_file_output(exports: ExportService, actor: Actor, documents: list[tuple[str, bytes]],
                      where: str, how: str, *, confirm: Callable[[], bool],
                      tell: Callable[[str], None]) -> bool:
    """True (and each document audited as an export) when the file may be written."""
    try:
        for number, _ in documents:
            exports.refuse_unless_allowed(actor, number, how)
    except LeadError as exc:
        tell(error_words(exc))
        return False
    if not confirm():
        return False
    for number, pdf in documents:
        exports.record_export(actor, number, pdf, where, how)
    return True
