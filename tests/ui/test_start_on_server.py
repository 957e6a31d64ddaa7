"""The app starts on the database this workstation was set up with, file or server: a server
address (in the settings or after --db) is opened as a server, never taken for a file path
(a path folds "postgresql://" into "postgresql:/", and the file did not exist)."""

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lead_desktop import app
from lead_desktop.settings import Settings
from lead_desktop.ui import early_sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("app_look_kept")]


def _on_server(db) -> bool:
    return getattr(db, "backend", "sqlite") == "postgresql"


def _set_up_workstation(db) -> str:
    """What `lead-admin server-password` (or the wizard) leaves in the settings."""
    db.close()
    settings = Settings.load()
    settings.database_path = str(db.path)
    settings.server_plaintext_loopback = _on_server(db)  # the test server: loopback
    settings.save()
    return str(db.path)


def test_the_app_opens_the_configured_database_and_asks_to_sign_in(qapp, db, monkeypatch):
    where = _set_up_workstation(db)
    seen = {}
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # main sets its own

    def answer() -> None:  # the user closes sign-in once it can be used; a refusal is noted
        refusal = QApplication.activeModalWidget()
        if isinstance(refusal, QMessageBox):
            seen["refusal"] = refusal.text()
            refusal.done(0)
            return
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "signInDialog" and w.isVisible()), None)
        if dialog is not None and dialog._authenticate is not None:
            seen["label"] = dialog.database_label.text()
            poll.stop()
            dialog.reject()

    poll = QTimer(interval=20)
    poll.timeout.connect(answer)
    poll.start()
    try:
        assert app.main([]) == 0, seen.get("refusal")
    finally:
        poll.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert "refusal" not in seen and db.fingerprint in seen["label"]
    assert app.build_parser().parse_args(["--db", where]).db == (
        where if _on_server(db) else db.path)


def test_a_server_address_is_no_file_for_the_early_sign_in(db):
    where = _set_up_workstation(db)
    expected = None if _on_server(db) else db.path
    assert early_sign_in.known_path(None, demo=False) == expected
    assert early_sign_in.known_path(app.build_parser().parse_args(["--db", where]).db,
                                    demo=False) == expected
