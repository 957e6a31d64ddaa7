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
    # typing goes into the first field, not into the page's scroll area (issue 15)
    assert window.focusWidget() is form.last_name


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


def _people_found(qtbot, program, staff, opened):
    cm = staff[Role.CASE_MANAGER]
    for last, first in (("Okafor", "Chris"), ("Okafor", "Ada")):
        steps.person(program, cm, last, first)
    page = PeoplePage(program.people, cm, open_person=opened.append)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.query.setFocus()
    qtbot.waitUntil(page.query.hasFocus)
    QTest.keyClicks(page.query, "Okafor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def test_down_in_the_search_box_moves_into_the_results(qtbot, program, staff):
    """Issue 15: Down or Enter in People's search box did not reach the results."""
    opened = []
    page = _people_found(qtbot, program, staff, opened)
    QTest.keyClick(page.query, Qt.Key.Key_Down)
    qtbot.waitUntil(page.results.hasFocus)
    assert page.results.currentIndex().row() == 0
    assert page.selected_ids() == [page.model.row(0).person_id]
    QTest.keyClick(page.results, Qt.Key.Key_Down)  # then on through the list
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert opened == [page.model.row(1).person_id]


def test_enter_in_the_search_box_opens_the_first_result(qtbot, program, staff):
    opened = []
    page = _people_found(qtbot, program, staff, opened)
    QTest.keyClick(page.query, Qt.Key.Key_Return)
    assert opened == [page.model.row(0).person_id]


def test_enter_before_the_results_come_opens_the_first_once_they_do(qtbot, program, staff):
    """A quick typist presses Enter within the typing pause: the first result opens when
    the search answers, once."""
    opened = []
    page = _people_found(qtbot, program, staff, opened)
    QTest.keyClicks(page.query, " ")  # a new search starts after the pause
    QTest.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened == [page.model.row(0).person_id]
    page._search()  # a later search opens nothing by itself
    qtbot.waitUntil(lambda: "2" in page.status.text())
    assert len(opened) == 1
