"""The habits of a desk tool, one test per shortcut: Ctrl+F finds a person, Ctrl+N starts a
referral, Enter opens the selected row, Esc closes a dialog, the last search stays."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.people_page import PeoplePage
from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

from ..conftest import STAFF_PASSWORD


def main_window(qtbot, db, staff, role=Role.CASE_MANAGER):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                        demo=False, unlock=lambda pw: None)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    return window


def test_ctrl_f_finds_a_person_and_keeps_the_last_search(qtbot, db, staff):
    window = main_window(qtbot, db, staff)
    people = window.findChild(PeoplePage, "peoplePage")
    QTest.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is people
    qtbot.waitUntil(people.query.hasFocus)                  # typing goes to the search
    QTest.keyClicks(people.query, "Okafor")
    QTest.keyClick(people.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is not people
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(people.query.hasFocus)
    assert people.query.text() == "Okafor"                   # the last search is still there
    assert people.query.selectedText() == "Okafor"           # ready to be typed over


def test_ctrl_n_starts_a_referral(qtbot, db, staff):
    window = main_window(qtbot, db, staff)
    QTest.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.pages.currentWidget()
    assert form.objectName() == "referralForm"
    qtbot.waitUntil(lambda: form.isAncestorOf(window.focusWidget()))
    assert window.go_actions["new_referral"].shortcut().toString() == "Ctrl+N"


def test_a_section_chosen_with_enter_takes_the_focus(qtbot, db, staff):
    window = main_window(qtbot, db, staff)
    people_row = [window.nav.item(i).text() for i in range(window.nav.count())].index("People")
    window.nav.setCurrentRow(people_row)                     # arrow keys: focus stays
    assert window.nav.hasFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Return)
    qtbot.waitUntil(window.findChild(PeoplePage, "peoplePage").query.hasFocus)


def test_enter_opens_the_selected_row_of_the_work_queue(qtbot, program, staff):
    cm = staff[Role.CASE_MANAGER]
    steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    opened = []
    page = WorkQueuePage(program.work_queue, cm, lambda item: opened.append(item) or True)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.table.setFocus()
    page.table.selectionModel().setCurrentIndex(
        page.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert [item.person for item in opened] == [page.model.row(0).person]


def test_enter_opens_the_selected_person(qtbot, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Okafor", "Chris")
    opened = []
    page = PeoplePage(program.people, cm, open_person=opened.append)
    qtbot.addWidget(page)
    page.show()
    QTest.keyClicks(page.query, "Okafor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.results.setFocus()
    page.results.selectionModel().setCurrentIndex(
        page.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert opened == [person.id]


def test_esc_closes_the_person_window(qtbot, program, staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QTest.keyClick(window.tabs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
