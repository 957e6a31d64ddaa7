"""The sign-in dialog, driven through its widgets as a user would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.accounts import AccountService
from lead_desktop.ui.sign_in_dialog import SignInDialog

from ..conftest import ADMIN_PASSWORD


def _dialog(qtbot, db):
    dialog = SignInDialog(AccountService(db).sign_in, database_label="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_banner_must_be_acknowledged_first(qtbot, db, admin):
    dialog = _dialog(qtbot, db)
    assert not _ok(dialog).isEnabled()
    dialog.acknowledge.setFocus()
    qtbot.keyClick(dialog.acknowledge, Qt.Key.Key_Space)  # keyboard users tick it with Space
    assert _ok(dialog).isEnabled()


def test_sign_in_through_the_widgets(qtbot, db, admin):
    dialog = _dialog(qtbot, db)
    dialog.acknowledge.setChecked(True)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong password typed")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "not correct" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.signed_in is None
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None and dialog.signed_in.user.username == "admin"
    with db.read() as session:
        outcomes = session.scalars(select(AuditEntry.outcome)
                                   .where(AuditEntry.event == "auth.sign_in")).all()
    assert outcomes[-2:] == ["failure", "success"]


def test_a_lone_surrogate_in_the_user_name_is_a_wrong_sign_in_not_a_crash(qtbot, db, admin,
                                                                        monkeypatch):
    """Half of an emoji, typed through an input method or pasted from the Windows clipboard
    (UTF-16, which can hold one): the usual message, audited as a failed sign-in, and the
    dialog stays open for another try. PySide drops a lone surrogate on its way from Python
    into a QLineEdit, so the test hands the field's text over as Windows delivers it."""
    from PySide6.QtWidgets import QApplication

    dialog = _dialog(qtbot, db)
    dialog.acknowledge.setChecked(True)
    monkeypatch.setattr(dialog.username, "text", lambda: "ad\ud83dmin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "not correct" in dialog.message.text() and dialog.signed_in is None
    monkeypatch.undo()
    QApplication.clipboard().setText("admin\u202e\x1b[2J")  # a direction override, an escape
    dialog.username.paste()
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "not correct" in dialog.message.text() and dialog.signed_in is None
    with db.read() as session:
        failed = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "auth.sign_in", AuditEntry.outcome == "failure")).all()
    assert [e.reason for e in failed] == ["unknown_user", "unknown_user"]
    assert [e.username for e in failed] == ["ad\\ud83dmin", "admin??[2J"]
    dialog.username.setText("admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None


def test_the_banner_is_shown_in_spanish(qtbot, db, qapp):
    """A tester signing in in Spanish agreed to a banner in English: the text was never
    extracted for translation (`self.tr(BANNER)` hides it from lupdate)."""
    from lead_desktop.ui import translations
    from lead_desktop.ui.sign_in_dialog import BANNER

    loaded = translations.install(qapp, "es")
    try:
        dialog = _dialog(qtbot, db)
        shown = dialog.findChild(QLabel, "logonBanner").text()
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
    assert shown != BANNER and "42 CFR" in shown and "registra" in shown


def test_the_spanish_banner_is_shown_whole(qtbot, db, qapp):
    """The Spanish banner wraps to more lines than the English: the window's height was
    taken from its unwrapped size, and the banner was cut at the top and the bottom."""
    from lead_desktop.ui import translations

    loaded = translations.install(qapp, "es")
    try:
        dialog = _dialog(qtbot, db)
        dialog.show()
        qtbot.waitExposed(dialog)
        banner = dialog.findChild(QLabel, "logonBanner")
        assert banner.height() >= banner.heightForWidth(banner.width())
        dialog.message.setText("El nombre de usuario o la contraseña no son correctos. " * 3)
        dialog.fit_height()
        qtbot.waitUntil(lambda: dialog.message.height()
                        >= dialog.message.heightForWidth(dialog.message.width()))
        assert banner.height() >= banner.heightForWidth(banner.width())
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
