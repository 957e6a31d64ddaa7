"""After sign-in the app keeps its presence entry fresh and makes the day's backup off the
UI thread (once a day)."""

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMainWindow

from lead_desktop import app
from lead_desktop.db import backup_set, presence
from lead_desktop.security.accounts import AccountService
from lead_desktop.services.maintenance import WorkstationPresence
from tests.conftest import ADMIN_PASSWORD


def test_first_sign_in_of_the_day_backs_up_and_is_present(qtbot, db, admin):
    signed_in = AccountService(db).sign_in("admin", ADMIN_PASSWORD)
    here = WorkstationPresence(db)
    window = QMainWindow()
    qtbot.addWidget(window)
    timer = app._start_upkeep(db, signed_in, here, window)
    assert timer.isActive()
    assert [p.username for p in presence.present(db)] == ["admin"]
    qtbot.waitUntil(lambda: "backup is made" in window.statusBar().currentMessage(),
                    timeout=30000)
    assert len(backup_set.copies(db.fingerprint, backup_set.folder())) == 1
    window.statusBar().clearMessage()
    app._start_upkeep(db, signed_in, here, window)  # a second sign-in the same day
    assert QThreadPool.globalInstance().waitForDone(30000)  # its backup job has run
    here.leave()
    assert len(backup_set.copies(db.fingerprint, backup_set.folder())) == 1
