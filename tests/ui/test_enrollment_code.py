"""Administration → Enroll a workstation shows a one-time code; the new workstation types
it in the dialog that asks for the recovery key, and opens the database."""

import keyring
import pytest
from PySide6.QtCore import Qt

from lead_desktop.db import enrollment
from lead_desktop.errors import KeyMissing
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.roles import Role
from lead_desktop.services.maintenance import MaintenanceService
from lead_desktop.ui.enrollment_dialog import EnrollmentCodeDialog
from lead_desktop.ui.pages.database_care_panel import DatabaseCarePanel
from lead_desktop.ui.recovery_key_dialog import open_or_recover
from tests.conftest import isolated_env


def _panel(qtbot, db, actor):
    panel = DatabaseCarePanel(MaintenanceService(db), actor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_an_administrator_shows_a_code_the_new_workstation_types(qtbot, db, staff, tmp_path,
                                                                  monkeypatch):
    panel = _panel(qtbot, db, staff[Role.ADMINISTRATOR])
    assert panel.enroll.isEnabled()
    panel.enroll.click()
    shown = panel.findChildren(EnrollmentCodeDialog, "enrollmentCodeDialog")
    assert len(shown) == 1 and shown[0].isVisible()
    code = shown[0].code.text()
    assert enrollment.looks_like_code(code)
    shown[0].accept()
    path = db.path
    db.close()

    for name, value in isolated_env(tmp_path / "new-workstation").items():
        monkeypatch.setenv(name, value)
    keyring.core._keyring_backend = None
    there = KeyringKeyStore()

    def type_the_code(recover):
        qtbot.addWidget(recover)
        qtbot.keyClicks(recover.key, code)
        qtbot.mouseClick(recover.unlock_button, Qt.MouseButton.LeftButton)
        return recover.result()

    with open_or_recover(path, there, ask=type_the_code) as joined:
        assert there.get(joined.fingerprint) is not None


def test_a_code_not_needed_is_withdrawn_and_others_cannot_make_one(qtbot, db, staff):
    panel = _panel(qtbot, db, staff[Role.ADMINISTRATOR])
    dialog = panel.offer_enrollment()
    assert list(db.path.parent.glob("*.enrollment-*.json"))
    dialog.withdraw_button.click()
    assert not dialog.isVisible()
    assert not list(db.path.parent.glob("*.enrollment-*.json"))
    assert not _panel(qtbot, db, staff[Role.SUPERVISOR]).enroll.isEnabled()


def test_a_mistyped_code_is_told_and_kept(qtbot, db, admin, tmp_path, monkeypatch):
    made = enrollment.offer(db, admin)
    path = db.path
    db.close()
    for name, value in isolated_env(tmp_path / "new-workstation").items():
        monkeypatch.setenv(name, value)
    keyring.core._keyring_backend = None
    mistyped = made.code[:-1] + ("0" if made.code[-1] != "0" else "1")

    def mistype(recover):
        qtbot.addWidget(recover)
        recover.key.setText(mistyped)
        recover.unlock_button.click()
        assert "enrollment code does not open" in recover.error.text()
        assert recover.key.text() == mistyped and recover.database is None
        return False

    with pytest.raises(KeyMissing):  # given up: the original refusal, nothing changed
        open_or_recover(path, KeyringKeyStore(), ask=mistype)
    assert made.path.exists()
