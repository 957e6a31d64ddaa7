"""Tester's defects 6 and 7: on each role's Home in the real main window, a count is the
number of rows of the list it opens, and a row opens what it is about (the person, a
caseload, the review's form, the summons in the print queue)."""

from dataclasses import replace

from PySide6.QtCore import Qt

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.home import HomeService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.home_page import HomePage, TileList
from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import section, while_open
from tests.support import steps

from ..conftest import STAFF_PASSWORD
from .test_print_queue import filed_case

PROFILE = "seattle-lead@1"


def main_window(qtbot, db, staff, program, role):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=program.clock),
                        database_label="Test", demo=False,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw))
    qtbot.addWidget(window)
    window.show()
    home = section(window, "Home")
    qtbot.waitUntil(lambda: home.loaded, timeout=10000)
    return window, home


def names(dialog):
    return [dialog.model.row(i).person for i in range(dialog.model.rowCount())]


def press_enter_on(qtbot, dialog, row: int):
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)


def open_list(qtbot, home, key, work):
    """Click the tile; inside its list check the count, then `work(list)`."""
    def check(dialog):
        shown = home.buttons[key].count_label.text().split()[0]
        assert dialog.model.rowCount() == int(shown) == home.tiles[key].count
        work(dialog)
    while_open(qtbot, TileList, check, home.buttons[key].click)


def test_the_supervisors_home_lists_people_and_each_row_opens_them(qtbot, db, staff, program):
    steps.active_case(program, staff, PROFILE, "Okafor", "Chris")
    steps.eligible_case(program, staff, PROFILE, "Le", "Casey")
    window, home = main_window(qtbot, db, staff, program, Role.SUPERVISOR)
    opened = []

    def in_program(dialog):
        assert sorted(names(dialog)) == ["Le, Casey", "Okafor, Chris"]
        row = names(dialog).index("Okafor, Chris")
        while_open(qtbot, PersonWindow, lambda w: opened.append(w._person_id),
                   lambda: press_enter_on(qtbot, dialog, row))

    open_list(qtbot, home, "in_program", in_program)
    assert len(opened) == 1
    # nobody carries more than the target: the tile opens an empty list, not every caseload
    open_list(qtbot, home, "caseloads_over_target",
              lambda dialog: assert_rows(dialog, 0))


def assert_rows(dialog, count):
    assert dialog.model.rowCount() == count


def test_a_case_manager_over_the_target_opens_their_caseload(qtbot, program, staff):
    steps.active_case(program, staff, PROFILE, "Okafor", "Chris")
    steps.eligible_case(program, staff, PROFILE, "Le", "Casey")
    sup = staff[Role.SUPERVISOR]
    profile = replace(program.cases.profiles[PROFILE], caseload_target=1)
    home = HomeService(program.cases.db, profile, program.work_queue,
                       SummonsService(program.cases.db, program.clock), program.clock)
    lists, opened = [], []
    page = HomePage(home, sup, open_person=opened.append, show_list=lists.append)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    over = page.tiles["caseloads_over_target"]
    assert over.count == len(over.rows) == 1
    assert over.rows[0].what == "2 / 1"
    managers = page.open_tile("caseloads_over_target")
    managers._open(managers.model.index(0, 0))          # the case manager: their caseload
    caseload = lists[-1]
    assert sorted(names(caseload)) == ["Le, Casey", "Okafor, Chris"]
    caseload._open(caseload.model.index(0, 0))          # a person of it
    assert opened == [caseload.model.row(0).person_id]


def test_the_prosecutors_review_row_opens_the_review(qtbot, db, staff, program):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    found = steps.person(program, officer, "Le", "Casey")
    case = steps.arrest_referral(program, officer, found.id, PROFILE)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    window, home = main_window(qtbot, db, staff, program, Role.PROSECUTOR_REVIEWER)
    reviewed = []

    def reviews(dialog):
        assert names(dialog) == ["Le, Casey"]
        while_open(qtbot, EligibilityForm, reviewed.append,
                   lambda: press_enter_on(qtbot, dialog, 0))

    open_list(qtbot, home, "eligibility_reviews", reviews)
    assert len(reviewed) == 1


def test_the_clerks_summons_row_opens_it_in_the_print_queue(qtbot, db, staff, program):
    for last in ("Okafor", "Ødegård"):
        filed_case(program, staff, last)
    steps.schedule_every_summons(program, db, staff)
    window, home = main_window(qtbot, db, staff, program, Role.CLERK)
    assert home.tiles["summons_to_print"].count == 2

    def to_print(dialog):
        assert sorted(names(dialog)) == ["Okafor, Lee", "Ødegård, Lee"]
        press_enter_on(qtbot, dialog, names(dialog).index("Ødegård, Lee"))
        assert not dialog.isVisible()                    # the list closed: the queue shows

    open_list(qtbot, home, "summons_to_print", to_print)
    queue = window.pages.currentWidget()
    assert isinstance(queue, PrintQueuePage)
    assert queue.selected().person == "Ødegård, Lee"
    assert queue.selected().id == home.tiles["summons_to_print"].rows[
        [r.person for r in home.tiles["summons_to_print"].rows].index("Ødegård, Lee")].summons_id


def test_the_case_managers_deadline_row_opens_the_person(qtbot, db, staff, program):
    waiting = steps.eligible_case(program, staff, PROFILE, "Le", "Casey")
    program.clock.advance(days=(waiting.intake_due - program.clock.now.date()).days + 1)
    window, home = main_window(qtbot, db, staff, program, Role.CASE_MANAGER)
    opened = []

    def deadlines(dialog):
        assert names(dialog) == ["Le, Casey"]
        while_open(qtbot, PersonWindow, lambda w: opened.append(w._person_id),
                   lambda: press_enter_on(qtbot, dialog, 0))

    open_list(qtbot, home, "deadlines", deadlines)
    assert opened == [waiting.person_id]
