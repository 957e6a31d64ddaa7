"""The message administrators and auditors get at sign-in when the audit chain was found
rewritten, truncated or wiped (the check itself is in security/audit_watch.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from lead_desktop import APP_NAME
from lead_desktop.security.audit_anchor import AnchorReport


def chain_alert(report: AnchorReport, parent=None) -> QMessageBox:
    text = QCoreApplication.translate(
        "ChainAlert", "The audit log of this database failed its check: it no longer holds "
        "what this workstation or the system event log saw, or its protection was changed. "
        "It may have been rewritten, cut short or wiped. This was recorded. Keep the file as "
        "it is, run `lead-admin verify --event-log` and contact IT security.")
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("chainAlert")
    box.setDetailedText(report.describe())
    return box
