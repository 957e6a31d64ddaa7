"""The audit chain's watch for the desktop app, and the message administrators and auditors
get at sign-in when the chain was found rewritten, truncated or wiped (the check itself is
in security/audit_watch.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from lead_desktop import APP_NAME, paths
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_anchor import AnchorReport, AnchorStore
from lead_desktop.security.audit_event_log import system_event_log
from lead_desktop.security.audit_watch import ChainWatch
from lead_desktop.security.key_store import KeyringKeyStore, demo_key_store


def chain_alert(report: AnchorReport, parent=None) -> QMessageBox:
    only_records = (report.chain.ok and not report.problems and report.unchecked is None
                    and report.records is not None and not report.records.ok)
    text = QCoreApplication.translate(
        "ChainAlert", "Records of this database were changed outside LEAD Desktop: they no "
        "longer match what the app wrote into the audit log (the details name each record "
        "and since when). This was recorded. Keep the file as it is, run `lead-admin verify` "
        "and contact IT security.") if only_records else QCoreApplication.translate(
        "ChainAlert", "The audit log of this database failed its check: it no longer holds "
        "what this workstation or the system event log saw, or its protection was changed. "
        "It may have been rewritten, cut short or wiped. This was recorded. Keep the file as "
        "it is, run `lead-admin verify --event-log` and contact IT security.")
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("chainAlert")
    box.setDetailedText(report.describe())
    return box


def watch_chain(database, demo: bool, *, start: bool = True):
    """Check the audit chain against this workstation's anchor and start following its head
    (credential store: the demo's own for the demo database). Without `start` the caller
    starts the check (the app: once the sign-in window is up, so it never delays it)."""
    store = demo_key_store(paths.demo_dir()) if demo else KeyringKeyStore()
    watch = ChainWatch(database, AnchorStore(store.backend), system_event_log())
    if start:
        watch.start_check(Actor.system("lead-desktop"))
    return watch


def alert_when_checked(watch, role, parent) -> None:
    """Administrators and auditors see a failed chain check as soon as it is known: now,
    or when the check running since the database opened finishes."""
    if not watch.started:
        watch.start_check(Actor.system("lead-desktop"))

    told = []

    def look() -> None:
        if told or not watch.done:
            return
        told.append(True)
        timer.stop()
        report = watch.alert_for(role)
        if report is not None:
            chain_alert(report, parent).open()

    timer = QTimer(parent)  # until the check is done; the first look once the window is up
    timer.timeout.connect(look)
    timer.start(250)
    QTimer.singleShot(0, parent, look)
