"""The administration page's backups and connected workstations."""

from datetime import datetime, timedelta

from lead_desktop.db import backup_set
from lead_desktop.security.roles import Role
from lead_desktop.services.maintenance import MaintenanceService, WorkstationPresence
from lead_desktop.ui.pages.database_care_panel import DatabaseCarePanel


def _panel(qtbot, db, actor, now=datetime.now):
    panel = DatabaseCarePanel(MaintenanceService(db, now=now), actor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_administrator_backs_up_from_the_page(qtbot, db, staff, isolated):
    here = WorkstationPresence(db)
    here.beat("casey")
    panel = _panel(qtbot, db, staff[Role.ADMINISTRATOR])
    qtbot.waitUntil(lambda: "No backup yet" in panel.backup_state.text())
    assert panel.backup_state.property("stale") is True
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.row(0).username == "casey"
    panel.backup_now.click()
    qtbot.waitUntil(lambda: "Last good backup" in panel.backup_state.text(), timeout=20000)
    assert panel.backup_state.property("stale") is False
    assert panel.backup_now.isEnabled()
    assert len(backup_set.copies(db.fingerprint, backup_set.folder())) == 1
    panel.grab().save(str(isolated / "panel.png"))
    here.leave()


def test_an_old_backup_is_warned_about_and_auditors_only_read(qtbot, db, staff, system_actor):
    backup_set.make(db, system_actor, now=lambda: datetime.now() - timedelta(days=3))
    panel = _panel(qtbot, db, staff[Role.AUDITOR])
    qtbot.waitUntil(lambda: "Last good backup" in panel.backup_state.text())
    assert "Warning" in panel.backup_state.text()
    assert panel.backup_state.property("stale") is True
    assert not panel.backup_now.isEnabled() and not panel.choose_folder.isEnabled()


def test_a_folder_that_cannot_be_written_is_refused(qtbot, db, staff, tmp_path):
    panel = _panel(qtbot, db, staff[Role.ADMINISTRATOR])
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    panel.set_folder(blocked)
    assert "cannot be written" in panel.backup_state.text()
    panel.set_folder(tmp_path / "second-disk")
    qtbot.waitUntil(lambda: "second-disk" in panel.backup_state.text())
