"""An icon beside each section's name in the navigation (resources/icons/nav): the name
always shows too, so an icon is a help to the eye, never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon

from lead_desktop.paths import resource_path

ICONS = {
    "homePage": "home", "workQueuePage": "work-queue", "peoplePage": "people",
    "referralForm": "new-referral", "providersPage": "providers",
    "printQueuePage": "print-queue", "sessionPage": "session",
    "accountsPage": "administration", "programSettingsPage": "settings",
    "directoryPage": "courts", "programPage": "profile", "auditPage": "audit",
    "reportsPage": "reports", "extractPage": "extract", "dashboardPage": "reports",
    "codeListsPage": "code-lists", "duplicatesPage": "people",
}


def icon_for(page_name: str) -> QIcon | None:
    name = ICONS.get(page_name)
    if name is None:
        return None
    path = resource_path("icons", "nav", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else None


def fit_nav_width(nav, least: int = 180, most: int = 195) -> None:
    """As wide as the longest section name in the user's language needs, between `least`
    and `most`: a longer name (Spanish "Extracto para la evaluación") wraps onto a second
    line rather than widen the window past a 1024-pixel screen; its tooltip holds it whole."""
    nav.ensurePolished()
    nav.setWordWrap(True)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
    nav.setTextElideMode(Qt.TextElideMode.ElideNone)
    for row in range(nav.count()):
        nav.item(row).setToolTip(nav.item(row).text())
    needed = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 4
    nav.setFixedWidth(min(most, max(least, needed)))


def set_nav_icons(window) -> int:
    """Give each navigation item its page's icon; returns how many got one."""
    window.nav.setIconSize(QSize(20, 20))
    given = 0
    for row in range(window.nav.count()):
        icon = icon_for(window.pages.widget(row).objectName())
        if icon is not None:
            window.nav.item(row).setIcon(icon)
            given += 1
    return given
