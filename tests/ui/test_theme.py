"""The theme: one stylesheet, applied at start, that sets no text size (the system's text
size is respected), shows keyboard focus, and colors each status chip with its words."""

import re

from PySide6.QtWidgets import QApplication

from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.person_header import TONES, PersonHeader
from lead_desktop.ui.theme import apply_theme, stylesheet


def test_the_stylesheet_sets_no_text_size_and_shows_focus():
    qss = stylesheet()
    assert not re.search(r"font-size|font:\s*\d", qss)       # the system's size stays
    assert ":focus" in qss and "QPushButton:focus" in qss
    for tone in set(TONES.values()) | {"closed", "neutral"}:
        assert f'[tone="{tone}"]' in qss, tone


def test_the_theme_applies_and_a_chip_keeps_its_words(qtbot):
    app = QApplication.instance()
    before, style = app.styleSheet(), app.style().name()
    try:
        apply_theme(app)
        assert app.styleSheet() == stylesheet()
        header = PersonHeader()
        qtbot.addWidget(header)
        size = header.birth.font().pointSizeF()
        assert abs(size - app.font().pointSizeF()) < 0.01       # body text: the system size
        assert header.name.font().pointSizeF() > size           # the name: larger than it
        header.show_state(CaseState.COMPLIANCE_REVIEW)
        assert (header.chip.text(), header.chip.property("tone")) == ("Compliance review",
                                                                      "warning")
    finally:
        app.setStyleSheet(before)
        app.setStyle(style)


def test_every_section_has_an_icon_that_draws(qtbot):
    from lead_desktop.ui.nav_icons import ICONS, icon_for

    for page in ICONS:
        icon = icon_for(page)
        assert icon is not None, page
        assert not icon.pixmap(20, 20).toImage().isNull(), page   # the SVG renders


def test_every_page_of_every_role_has_its_icon(qtbot, db, staff):
    """A page renamed or added without an icon would sit in the navigation bare."""
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.roles import Role
    from lead_desktop.ui.desk_assembly import build_pages
    from lead_desktop.ui.nav_icons import ICONS

    from ..conftest import STAFF_PASSWORD

    accounts = AccountService(db)
    bare = set()
    for role in Role:
        signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
        for page in build_pages(db, signed_in, accounts):
            qtbot.addWidget(page.widget)
            if page.widget.objectName() not in ICONS:
                bare.add((role.value, page.widget.objectName()))
    assert not bare, bare


def test_no_section_name_is_cut_in_spanish(qtbot, qapp, db, staff):
    """The supervisor's longest name ("Extracto para la evaluación") fits the navigation,
    and the window, with all the supervisor's pages, fits a laptop screen."""
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.roles import Role
    from lead_desktop.ui import translations
    from lead_desktop.ui.desk_assembly import build_pages
    from lead_desktop.ui.main_window import MainWindow

    from ..conftest import STAFF_PASSWORD

    loaded = translations.install(qapp, "es")
    before, style = qapp.styleSheet(), qapp.style().name()
    try:
        apply_theme(qapp)
        accounts = AccountService(db)
        signed_in = accounts.sign_in(staff[Role.SUPERVISOR].username, STAFF_PASSWORD)
        window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                            demo=False, unlock=lambda pw: None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        nav = window.nav
        assert any(len(nav.item(i).text()) > 20 for i in range(nav.count()))
        inside = nav.viewport().width()
        line = nav.fontMetrics().height()
        # what an item's words have beside them: the icon, the theme's padding (14 px each
        # side), its 4-px selection border and the icon's spacing
        beside = nav.iconSize().width() + 2 * 14 + 4 + 6
        for i in range(nav.count()):
            item = nav.item(i)
            rect = nav.visualItemRect(item)
            assert rect.width() <= inside, item.text()
            assert item.toolTip() == item.text()
            words = nav.fontMetrics().horizontalAdvance(item.text())
            if rect.height() < 2 * line:  # on one line: whole on it
                assert words + beside <= inside, item.text()
            else:  # a long name wraps (issue 15: the window fits a 1024 screen): no word cut
                longest = max(nav.fontMetrics().horizontalAdvance(w) for w in item.text().split())
                assert longest + beside <= inside, item.text()
        assert nav.horizontalScrollBar().maximum() == 0
        # and no page makes the window wider than a small laptop screen (the reports page
        # did; tests/ui/test_fits_the_screen.py checks every role at 1024)
        assert window.minimumSizeHint().width() <= 1024
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        qapp.setStyleSheet(before)
        qapp.setStyle(style)
