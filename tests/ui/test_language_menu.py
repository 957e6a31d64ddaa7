"""View → Language in the main window (issue 15, tester's finding 18: no language setting in
the app): the choice is kept in this workstation's settings, the rest of the settings stay,
the user is told it applies at the next start, and the next start opens in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMenu, QMessageBox

from lead_desktop import app as app_module
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.settings import Settings
from lead_desktop.ui import translations
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from tests.stories.app import while_open

from ..conftest import STAFF_PASSWORD


def window_for(qtbot, db, staff):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.CASE_MANAGER].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                        demo=False, unlock=lambda pw: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_language_is_chosen_in_the_view_menu_and_kept(qtbot, db, staff):
    kept = Settings(database_path="C:/LEAD/program.lead", idle_lock_minutes=10)
    kept.save()
    window = window_for(qtbot, db, staff)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    language = window.findChild(QMenu, "languageMenu")
    assert language is not None and language.menuAction() in menus["View"].actions()
    assert [a.text() for a in language.actions()] == ["English", "Español"]
    assert window.language_actions["en"].isChecked()

    said = []

    def read_the_note(box: QMessageBox) -> None:
        said.append(box.text())

    while_open(qtbot, QMessageBox, read_the_note, window.language_actions["es"].trigger)
    assert "Español" in said[0] and "next time it starts" in said[0]
    saved = Settings.load()
    assert saved.ui_language == "es"
    assert (saved.database_path, saved.idle_lock_minutes) == ("C:/LEAD/program.lead", 10)
    assert window.language_actions["es"].isChecked()
    assert translations.language_for(saved.ui_language) == "es"  # what the next start reads

    while_open(qtbot, QMessageBox, read_the_note, window.language_actions["en"].trigger)
    assert Settings.load().ui_language == "en" and "English" in said[1]


def test_the_next_start_opens_in_the_chosen_language(qapp, app_look_kept):
    """The start reads Settings.ui_language when no --language is given: Spanish words
    and Spanish numbers."""
    Settings(ui_language="es").save()
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    try:
        assert app_module._start_application(None) is qapp
        assert translations.current_language() == "es"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
    assert translations.current_language() == "en"
