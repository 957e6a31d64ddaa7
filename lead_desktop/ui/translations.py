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


def number_locale(language: str, territory: QLocale.Country | None = None) -> QLocale:
    """How numbers and the spin boxes are written for a user reading `language`: the
    language in the desk's own country (Spanish in the US writes 20,000 and 1.4), or the
    language's home usage when the desk's country is not known (Spanish: 20.000 and 1,4)."""
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if territory is None:
        territory = QLocale.system().territory()
    if territory != QLocale.Country.AnyTerritory:
        local = QLocale(wanted, territory)
        if local.language() == wanted and local.territory() == territory:
            return local  # a combination Qt knows (es_US, es_MX, en_GB)
    return QLocale(wanted)


def use_number_locale(language: str) -> None:
    """Numbers, spin boxes and Qt's own dates follow the UI language from now on."""
    QLocale.setDefault(number_locale(language))


def number_text(value: float, decimals: int = 0) -> str:
    """A number as the user's locale writes it ("20,000", "20.000", "1,4"). A process with
    no locale set (the C locale: tests, a bare system) writes the program's US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(value, "f", decimals) if decimals else locale.toString(int(value))


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
