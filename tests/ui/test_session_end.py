"""Lock now, sign out, and a session ended by the account, through the real main window and
the real sign-in flow on a real encrypted database (pytest-qt, keyboard shortcuts)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lead_desktop.errors import SessionEnded
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.people_page import PeoplePage
from lead_desktop.ui.session_flow import SessionFlow

from ..conftest import STAFF_PASSWORD


@pytest.fixture
def flow(qtbot, db, staff):
    accounts = AccountService(db)
    built = []

    def build(signed_in):
        actor = signed_in.actor
        window = MainWindow(signed_in, build_pages(db, signed_in, accounts),
                            database_label="Test", demo=False,
                            unlock=lambda pw: accounts.unlock_session(actor, pw),
                            on_lock=lambda: accounts.lock_session(actor),
                            on_sign_out=lambda: accounts.sign_out(actor))
        built.append(window)  # the flow deletes ended sessions' windows; the fixture the rest
        return window

    flow = SessionFlow(db, accounts, database_label="Test", build_window=build)
    yield flow
    if flow.dialog is not None:
        flow.dialog.reject()
    for window in built:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QThreadPool.globalInstance().waitForDone()  # the windows' jobs end before the database
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    flow.deleteLater()


def sign_in(qtbot, flow, username):
    flow.start() if flow.dialog is None else None
    dialog = flow.dialog
    qtbot.waitExposed(dialog)
    dialog.acknowledge.setChecked(True)
    dialog.username.setText(username)
    dialog.password.setText(STAFF_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: flow.window is not None and flow.window.isVisible())
    flow.window.windowHandle().requestActivate()  # shortcuts reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.window)
    return flow.window


def events(db, user_id):
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry
    with db.read() as session:
        return [e.event for e in session.scalars(select(AuditEntry).where(
            AuditEntry.user_id == user_id).order_by(AuditEntry.seq))]


def test_ctrl_l_locks_now(qtbot, flow, db, staff):
    window = sign_in(qtbot, flow, staff[Role.CASE_MANAGER].username)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not window.statusBar().isVisible()
    assert "session.lock" in events(db, staff[Role.CASE_MANAGER].user_id)
    window.lock_screen.password.setText(STAFF_PASSWORD)
    window.lock_screen.password.returnPressed.emit()
    assert not window.locked


def test_while_locked_no_shortcut_reaches_the_desk(qtbot, flow, db, staff):
    """Seen by a tester: Ctrl+F on the lock screen moved the focus to the hidden people
    search, which then searched as the user typed (a password, out of habit)."""
    window = sign_in(qtbot, flow, staff[Role.CASE_MANAGER].username)
    people = next(window.pages.widget(i) for i in range(window.pages.count())
                  if isinstance(window.pages.widget(i), PeoplePage))
    home = window.pages.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.lock_screen.password.hasFocus()
    for key in (Qt.Key.Key_F, Qt.Key.Key_N):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is home and not people.query.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Harris")
    assert people.query.text() == "" and window.lock_screen.password.text() == "Harris"
    assert not any(action.isEnabled() for action in window.go_actions.values())
    assert window.sign_out_action.isEnabled()
    window.lock_screen.password.setText(STAFF_PASSWORD)
    window.lock_screen.password.returnPressed.emit()
    assert not window.locked and all(a.isEnabled() for a in window.go_actions.values())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is people


def test_sign_out_returns_to_sign_in_without_quitting(qtbot, flow, db, staff):
    finished = []
    flow.finished.connect(lambda: finished.append(1))
    window = sign_in(qtbot, flow, staff[Role.CASE_MANAGER].username)
    with qtbot.waitSignal(window.signed_out):
        qtbot.keyClick(window, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert not window.isVisible() and flow.window is None and not finished
    assert flow.dialog.message.text() == ""
    assert events(db, staff[Role.CASE_MANAGER].user_id)[-1] == "auth.sign_out"
    other = sign_in(qtbot, flow, staff[Role.CLERK].username)  # another user, same app
    assert other is not window and "clerk" in other.status_label.text()


def test_the_lock_screen_offers_sign_out(qtbot, flow, db, staff):
    window = sign_in(qtbot, flow, staff[Role.CASE_MANAGER].username)
    window.lock()
    with qtbot.waitSignal(window.signed_out):
        window.lock_screen.sign_out_button.click()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())


def test_the_session_menu_offers_lock_and_sign_out(qtbot, flow, staff):
    window = sign_in(qtbot, flow, staff[Role.CLERK].username)
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu()
                and window.lock_action in a.menu().actions())
    assert window.sign_out_action in menu.actions()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_a_disabled_accounts_window_returns_to_sign_in_at_its_next_action(qtbot, flow, db,
                                                                           staff):
    cm = staff[Role.CASE_MANAGER]
    window = sign_in(qtbot, flow, cm.username)
    window.nav.setCurrentRow([window.nav.item(i).text() for i in range(window.nav.count())]
                             .index("People"))
    people = window.pages.currentWidget()
    AccountService(db).disable(staff[Role.ADMINISTRATOR], cm.username, "left the program")
    with qtbot.waitSignal(window.signed_out, timeout=10000) as ended:
        people.query.setText("rivera")  # the search runs on the thread pool
    assert "disabled" in ended.args[0]
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert "disabled" in flow.dialog.message.text()
    assert not window.isVisible()
    assert "session.ended" in events(db, cm.user_id)
    with pytest.raises(Exception):  # and it cannot sign in again
        AccountService(db).sign_in(cm.username, STAFF_PASSWORD)


def test_a_role_change_ends_the_session_from_the_ui_thread_too(qtbot, flow, db, staff):
    cm = staff[Role.CASE_MANAGER]
    window = sign_in(qtbot, flow, cm.username)
    AccountService(db).set_role(staff[Role.ADMINISTRATOR], cm.username, Role.CLERK)
    with qtbot.waitSignal(window.signed_out) as ended, pytest.raises(SessionEnded):
        flow_services_call = window.findChild(PeoplePage, "peoplePage")._people.search
        flow_services_call(window.findChild(PeoplePage, "peoplePage")._actor, "x")
    assert "role" in ended.args[0]


def test_an_open_person_window_closes_when_the_session_ends(qtbot, flow, db, staff, program):
    from lead_desktop.ui.person_window import CaseServices, PersonWindow
    from tests.support import steps

    cm = staff[Role.CASE_MANAGER]
    window = sign_in(qtbot, flow, cm.username)
    person = steps.person(program, cm)
    case = steps.arrest_referral(program, staff[Role.OFFICER], person.id, "wilmington-nc@1",
                                 quantity=60, quantity_unit="dosage_units",
                                 origin_area="Wilmington Police Department")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    person_window = PersonWindow(CaseServices(program.people, program.cases, program.notes),
                                 window.findChild(PeoplePage, "peoplePage")._actor, person.id)
    qtbot.waitUntil(lambda: person_window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(person_window)
    person_window.show()
    qtbot.waitExposed(person_window)
    AccountService(db).reset_password(staff[Role.ADMINISTRATOR], cm.username)
    with qtbot.waitSignal(window.signed_out), pytest.raises(SessionEnded):
        person_window.refresh()
    assert not person_window.isVisible() and not window.isVisible()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert "password was reset" in flow.dialog.message.text()


def test_a_session_ending_inside_a_modal_person_window_unwinds_cleanly(qtbot, flow, db,
                                                                       staff, program):
    """As the app opens a person (exec, a nested event loop inside a page's slot): the
    session ends inside it; the window closes, the stack unwinds, sign-in shows."""
    from PySide6.QtCore import QTimer

    from lead_desktop.ui.person_window import CaseServices, PersonWindow
    from tests.support import steps

    cm = staff[Role.CASE_MANAGER]
    window = sign_in(qtbot, flow, cm.username)
    actor = window.findChild(PeoplePage, "peoplePage")._actor
    person = steps.person(program, cm)
    case = steps.arrest_referral(program, staff[Role.OFFICER], person.id, "wilmington-nc@1",
                                 quantity=60, quantity_unit="dosage_units",
                                 origin_area="Wilmington Police Department")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    outcome, opened = [], []

    def end_inside():
        if not opened[0].loaded:  # the window reads the person off the UI thread first
            QTimer.singleShot(20, end_inside)
            return
        AccountService(db).disable(staff[Role.ADMINISTRATOR], cm.username, "left")
        try:
            opened[0].refresh()
        except SessionEnded:
            outcome.append("refused")

    def start():
        opened.append(PersonWindow(CaseServices(program.people, program.cases, program.notes),
                                   actor, person.id))
        QTimer.singleShot(50, end_inside)
        outcome.append(opened[0].exec())

    QTimer.singleShot(0, start)
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=10000)
    assert outcome == ["refused", 0]  # refused inside, then exec returned (rejected)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert "disabled" in flow.dialog.message.text()


@pytest.mark.parametrize("chosen", [True, False])
def test_a_temporary_password_must_be_replaced_before_any_work(qtbot, db, staff, chosen):
    from lead_desktop.models import User

    accounts = AccountService(db)
    with db.write() as session:
        session.get(User, staff[Role.CLERK].user_id).must_change_password = True
    asked, finished = [], []
    flow = SessionFlow(db, accounts, database_label="Test", choose_password=lambda dialog: (
        asked.append(dialog.signed_in.user.username), chosen)[1],
        build_window=lambda signed_in: MainWindow(
            signed_in, [], database_label="Test", demo=False, unlock=lambda pw: None))
    flow.finished.connect(lambda: finished.append(1))
    flow.start()
    dialog = flow.dialog
    dialog.acknowledge.setChecked(True)
    dialog.username.setText(staff[Role.CLERK].username)
    dialog.password.setText(STAFF_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(asked) and (bool(finished) or flow.window is not None))
    assert asked == [staff[Role.CLERK].username]
    assert (flow.window is not None) is chosen and bool(finished) is not chosen
    if flow.window is not None:
        flow.window.close()
        flow.window.deleteLater()
