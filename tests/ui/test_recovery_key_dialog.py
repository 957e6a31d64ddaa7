"""A workstation whose key went stale (the database was re-keyed elsewhere with
`lead-admin rekey`) unlocks in the app with the new recovery key: the real dialog, the real
keyring backend, the real re-keyed file."""

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from lead_desktop.cli.main import main as lead_admin
from lead_desktop.db.database import open_database
from lead_desktop.errors import KeyMissing, StaleKey, WrongKey
from lead_desktop.models import AuditEntry
from lead_desktop.services import setup
from lead_desktop.ui.recovery_key_dialog import RecoveryKeyDialog, open_or_recover
from lead_desktop.ui.setup_wizard import OPEN, SetupWizard

RECOVERY_KEY = re.compile(r"([0-9A-Z]{5}(?:-[0-9A-Z]{5}){11})")


@pytest.fixture
def stale(created, key_store, capsys):
    """The file re-keyed by an administrator (`lead-admin rekey`) while this workstation
    still holds the old key: returns (path, old recovery key, new recovery key)."""
    path, fingerprint = created.database.path, created.database.fingerprint
    old_key = key_store.get(fingerprint)
    created.database.close()
    capsys.readouterr()
    assert lead_admin(["rekey", "--db", str(path)]) == 0
    new_recovery = RECOVERY_KEY.search(capsys.readouterr().out).group(1)
    key_store.put(fingerprint, old_key)  # this workstation was not the one that re-keyed
    return path, created.recovery_key, new_recovery


def events(database):
    with database.read() as session:
        return session.scalars(select(AuditEntry.event)).all()


def test_a_stale_key_is_told_apart_from_a_missing_one(stale, key_store):
    path, _, _ = stale
    with pytest.raises(StaleKey) as refused:
        open_database(path, key_store)
    assert setup.needs_recovery_key(refused.value)
    assert not setup.needs_recovery_key(WrongKey("a key of another database"))
    key_store.delete(_fingerprint(path))
    with pytest.raises(KeyMissing) as missing:
        open_database(path, key_store)
    assert setup.needs_recovery_key(missing.value)


def _fingerprint(path):
    from lead_desktop.db import sqlcipher_file

    return sqlcipher_file.read_header(path).fingerprint


def test_the_dialog_re_enrolls_a_workstation_whose_key_is_stale(qtbot, stale, key_store):
    path, old_recovery, new_recovery = stale
    opened = []

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert "re-keyed" in dialog.findChild(type(dialog.error), "recoveryKeyReason").text()
        qtbot.keyClicks(dialog.key, old_recovery)            # the sheet from before the rekey
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert dialog.database is None and "newest recovery-key sheet" in dialog.error.text()
        assert dialog.key.text() == old_recovery              # what was typed stays
        dialog.key.setText(new_recovery.lower().replace("-", " "))
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        opened.append(dialog.database)
        return dialog.result()

    database = open_or_recover(path, key_store, ask=drive)
    try:
        assert opened == [database] and database is not None
        assert "key.recovery_unlock" in events(database)
    finally:
        database.close()
    with open_database(path, key_store) as again:                 # enrolled for good
        assert again.fingerprint == _fingerprint(path)


def test_cancelling_the_dialog_reports_the_refusal_and_changes_nothing(qtbot, stale, key_store):
    path, _, _ = stale
    before = key_store.get(_fingerprint(path))
    digest = path.read_bytes()
    with pytest.raises(StaleKey):
        open_or_recover(path, key_store, ask=lambda dialog: qtbot.addWidget(dialog) or False)
    assert key_store.get(_fingerprint(path)) == before and path.read_bytes() == digest


def test_the_setup_wizard_takes_the_recovery_key_for_a_stale_key(qtbot, stale, key_store):
    path, _, new_recovery = stale
    wizard = SetupWizard(key_store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page(0).existing.setChecked(True)
    wizard.next()
    assert wizard.currentId() == OPEN
    page = wizard.page(OPEN)
    page.path.setText(str(path))
    assert not page.validatePage()                           # no key typed: the refusal shows
    assert "key" in page.error.text().lower()
    page.recovery.setText(new_recovery)
    assert page.validatePage(), page.error.text()
    wizard.database.close()
    with open_database(path, key_store):
        pass


def test_a_recovery_dialog_with_no_key_typed_asks_for_it(qtbot, stale, key_store):
    path, _, _ = stale
    dialog = RecoveryKeyDialog(path, key_store, StaleKey("stale"))
    qtbot.addWidget(dialog)
    assert not dialog.unlock() and "Type the recovery key" in dialog.error.text()


def test_the_app_offers_the_dialog_when_it_starts_with_a_stale_key(qtbot, stale, monkeypatch):
    from lead_desktop import app

    path, _, new_recovery = stale
    shown = []

    def drive(dialog):  # stands in for the modal loop: the user types the key, clicks Unlock
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.key.setText(new_recovery)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", drive)
    database = app._open(app.build_parser().parse_args(["--db", str(path)]))
    try:
        assert shown and database is not None and database.path == path
    finally:
        database.close()
