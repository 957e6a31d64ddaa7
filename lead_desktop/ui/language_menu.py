"""View → Language: the language the app's words are shown in, chosen where a user looks
for it, not only with `--language` or by editing settings.json. The choice is kept in this
workstation's settings (Settings.ui_language) and applies at the next start: every window
is built in one language, so the note says when it takes effect."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from lead_desktop.settings import Settings
from lead_desktop.ui.translations import LANGUAGES, current_language

# each language in its own words: a user who cannot read the current one still finds theirs
OWN_NAMES = {"en": "English", "es": "Español"}


def tell(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("LanguageMenu", "Language"),
                            text)


def add_language_menu(window: QMainWindow,
                      told: Callable[[QWidget, str], None] = tell) -> dict[str, QAction]:
    """The View menu with its Language choices; returns each language's action."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("LanguageMenu", "&View"))
    choices = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    choices.setObjectName("languageMenu")
    group = QActionGroup(window)
    chosen = Settings.load().ui_language or current_language()
    actions = {}
    for code in LANGUAGES:
        action = QAction(OWN_NAMES[code], window)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
        choices.addAction(action)
        action.triggered.connect(lambda _=False, code=code: choose(window, code, told))
        actions[code] = action
    return actions


def choose(window: QWidget, code: str, told: Callable[[QWidget, str], None] = tell) -> None:
    """Keep `code` as this workstation's language (what else the settings hold stays)."""
    settings = Settings.load()
    if settings.ui_language == code or (settings.ui_language is None
                                        and code == current_language()):
        return
    settings.ui_language = code
    try:
        settings.save()
    except OSError as exc:  # a full or read-only data folder: nothing else changes
        told(window, QCoreApplication.translate(
            "LanguageMenu", "The language could not be saved: %1").replace(
            "%1", exc.strerror or type(exc).__name__))
        return
    told(window, QCoreApplication.translate(
        "LanguageMenu", "LEAD Desktop will open in %1 the next time it starts. To switch "
        "now, close LEAD Desktop and open it again; nothing you saved is lost.")
        .replace("%1", OWN_NAMES[code]))
