"""The habits of a desk tool: Ctrl+F finds a person, Ctrl+N starts a referral, Alt+Home goes
home; each opens its section and puts the cursor where typing starts. Choosing a section
with the mouse or Enter also moves the focus into it (arrow keys leave it on the list).

The last search stays in the box for the session (coming back shows it, selected, so
typing replaces it); it is not written to disk: a name typed there is client data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QScrollArea, QWidget

# section (the page's objectName) -> shortcut, menu text
SECTIONS = (
    ("homePage", "Alt+Home", "go_home"),
    ("peoplePage", "Ctrl+F", "find_person"),
    ("referralForm", "Ctrl+N", "new_referral"),
)


def first_input(page: QWidget) -> QWidget | None:
    """Where typing starts on a page: its search box, else its first input in Tab order."""
    query = getattr(page, "query", None)
    if isinstance(query, QLineEdit):
        return query
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        # a scroll area holding the page's form is not where typing starts (Ctrl+N)
        if page.isAncestorOf(widget) and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                not isinstance(widget, QScrollArea):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_page(page: QWidget) -> None:
    target = first_input(page)
    if target is None:
        return
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(target, QLineEdit):
        target.selectAll()  # the last search, ready to be typed over


def add_go_menu(window) -> dict[str, QAction]:
    """A Go menu with the shortcuts of the sections this role has (MainWindow calls it)."""
    from PySide6.QtCore import QCoreApplication

    texts = {"go_home": QCoreApplication.translate("GoMenu", "&Home"),
             "find_person": QCoreApplication.translate("GoMenu", "&Find a person"),
             "new_referral": QCoreApplication.translate("GoMenu", "&New referral")}
    names = [window.pages.widget(i).objectName() for i in range(window.pages.count())]
    actions: dict[str, QAction] = {}
    menu = None
    for name, keys, key in SECTIONS:
        if name not in names:
            continue
        if menu is None:
            menu = window.menuBar().addMenu(QCoreApplication.translate("GoMenu", "&Go"))
        action = QAction(texts[key], window)
        action.setObjectName(key)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, n=name: show_section(window, n))
        menu.addAction(action)
        window.addAction(action)  # the shortcut works wherever the focus is in the window
        actions[key] = action
    # a section chosen with the mouse or Enter: the focus goes into it
    window.nav.itemClicked.connect(lambda _: focus_page(window.pages.currentWidget()))
    window.nav.itemActivated.connect(lambda _: focus_page(window.pages.currentWidget()))
    return actions


def show_section(window, name: str) -> None:
    for index in range(window.pages.count()):
        if window.pages.widget(index).objectName() == name:
            window.nav.setCurrentRow(index)
            focus_page(window.pages.widget(index))
            return
