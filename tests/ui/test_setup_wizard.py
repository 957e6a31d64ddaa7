"""First-run setup through the wizard's widgets, on real files and a real keyring."""

import sqlite3

from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from lead_desktop.db.database import open_database
from lead_desktop.models import DatabaseInfo, User
from lead_desktop.ui.setup_wizard import ADMIN, NEW, OPEN, RECOVERY, SetupWizard
from tests.db.helpers import file_digest


def wizard(qtbot, key_store):
    w = SetupWizard(key_store)
    qtbot.addWidget(w)
    w.show()
    return w


def fill_new(w, path, password="violet tractor sings at dawn"):
    w.page(NEW).path.setText(str(path))
    w.page(NEW).name.setText("Harbor City LEAD")
    w.page(NEW).profile.setCurrentIndex(w.page(NEW).profile.findData("baltimore-pilot@1"))
    w.next()
    admin = w.page(ADMIN)
    admin.username.setText("ada")
    admin.full_name.setText("Ada Admin")
    admin.password.setText(password)
    admin.repeat.setText(password)
    w.next()


def test_new_database_needs_the_recovery_key_typed_back(qtbot, key_store, tmp_path):
    w = wizard(qtbot, key_store)
    w.next()  # "create a new database" is the default choice
    fill_new(w, tmp_path / "harbor.db")
    assert w.currentId() == RECOVERY
    finish = w.button(QWizard.WizardButton.FinishButton)
    recovery = w.page(RECOVERY)
    assert recovery.key.text() == w.recovery_key and not finish.isEnabled()
    recovery.typed.setText("ABCDE-" + w.recovery_key[6:])
    assert not recovery.isComplete()
    recovery.typed.setText(w.recovery_key.lower().replace("-", " "))
    assert recovery.isComplete() and finish.isEnabled()
    w.database.close()
    with open_database(tmp_path / "harbor.db", key_store) as db, db.read() as session:
        assert session.get(DatabaseInfo, 1).program_profile == "baltimore-pilot@1"
        assert session.scalars(select(User.username)).all() == ["ada"]


def test_a_weak_password_creates_nothing(qtbot, key_store, tmp_path):
    w = wizard(qtbot, key_store)
    w.next()
    fill_new(w, tmp_path / "harbor.db", password="password123")
    assert w.currentId() == ADMIN and "too common" in w.page(ADMIN).error.text()
    assert not (tmp_path / "harbor.db").exists()


def test_never_created_over_an_existing_file(qtbot, key_store, tmp_path):
    existing = tmp_path / "lead.db"
    existing.write_bytes(b"someone's data")
    w = wizard(qtbot, key_store)
    w.next()
    w.page(NEW).path.setText(str(existing))
    w.page(NEW).name.setText("X")
    w.next()
    assert w.currentId() == NEW and "already exists" in w.page(NEW).error.text()
    assert existing.read_bytes() == b"someone's data"


def test_open_existing_with_the_recovery_key_on_a_new_workstation(qtbot, key_store, created):
    created.database.close()
    path = created.database.path
    key_store.delete(created.database.fingerprint)  # this workstation has no key
    w = wizard(qtbot, key_store)
    w.page(0).existing.setChecked(True)
    w.next()
    assert w.currentId() == OPEN
    w.page(OPEN).path.setText(str(path))
    assert not w.page(OPEN).validatePage()
    assert "recovery key" in w.page(OPEN).error.text()
    w.page(OPEN).recovery.setText(created.recovery_key)
    assert w.page(OPEN).validatePage() and w.database is not None
    w.database.close()
    assert key_store.get(created.database.fingerprint) is not None


def test_open_refuses_an_unencrypted_file_untouched(qtbot, key_store, tmp_path):
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    before = file_digest(plain)
    w = wizard(qtbot, key_store)
    w.page(0).existing.setChecked(True)
    w.next()
    w.page(OPEN).path.setText(str(plain))
    assert not w.page(OPEN).validatePage()
    assert "unencrypted" in w.page(OPEN).error.text()
    assert file_digest(plain) == before


def test_cancelling_before_the_key_is_confirmed_leaves_nothing(qtbot, key_store, tmp_path):
    w = wizard(qtbot, key_store)
    w.next()
    fill_new(w, tmp_path / "harbor.db")
    assert (tmp_path / "harbor.db").exists() and w.currentId() == RECOVERY
    assert not w.button(QWizard.WizardButton.BackButton).isEnabled()  # no way back past creation
    w.reject()
    assert not (tmp_path / "harbor.db").exists()


def test_finishing_keeps_the_database(qtbot, key_store, tmp_path):
    w = wizard(qtbot, key_store)
    w.next()
    fill_new(w, tmp_path / "harbor.db")
    w.page(RECOVERY).typed.setText(w.recovery_key)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result() == QWizard.DialogCode.Accepted
    w.database.close()
    assert (tmp_path / "harbor.db").exists()


def test_printing_the_sheet_also_confirms_the_key(qtbot, key_store, tmp_path):
    import io

    from pypdf import PdfReader

    w = wizard(qtbot, key_store)
    w.next()
    fill_new(w, tmp_path / "harbor.db")
    recovery = w.page(RECOVERY)
    assert not recovery.isComplete()
    printed = []
    assert not recovery.print_sheet(lambda pdf: False)      # print dialog cancelled
    assert recovery.print_sheet(lambda pdf: printed.append(pdf) or True)
    assert recovery.isComplete()
    text = PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()
    assert w.recovery_key.split("-")[0] in text and "KEEP LOCKED" in text
    assert not list(tmp_path.glob("*.pdf"))                 # never written to disk
    w.database.close()
