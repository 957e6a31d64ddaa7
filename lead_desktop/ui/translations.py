"""The program's own words in the user's language: our translation (resources/translations,
made from the .ts files with lrelease) and Qt's for its standard dialogs and buttons.

A string with no translation yet shows in English; nothing breaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

from lead_desktop.paths import resource_path

LANGUAGES = ("en", "es")


def current_language() -> str:
    """The language the app's words are shown in now (code lists show theirs in it): read
    from the translators installed, so removing them (tests do) goes back to English."""
    from PySide6.QtCore import QCoreApplication

    return "es" if QCoreApplication.translate("Labels", "English") == "Inglés" else "en"


def language_for(setting: str | None) -> str:
    """The setting if it names a language we ship, else the system's if we ship it, else
    English."""
    for wanted in (setting, QLocale.system().name().split("_")[0]):
        if wanted in LANGUAGES:
            return wanted
    return "en"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language` into the app. The translators are the app's
    children, so they live as long as it does."""
    if language == "en":
        return []
    from PySide6.QtCore import QLibraryInfo, QTranslator  # not needed in English

    loaded = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"lead_desktop_{language}.qm"))):
        loaded.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt_own)
    for translator in loaded:
        app.installTranslator(translator)
    return loaded
