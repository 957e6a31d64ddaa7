"""The main window on a real encrypted database: role-aware sections, the work queue and
search pages filled by the real services off the UI thread, and the idle lock."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.demo_data.generator import DemoDataGenerator
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.work_queue_page import WorkQueuePage

from ..conftest import STAFF_PASSWORD


@pytest.fixture
def filled(db, staff):
    DemoDataGenerator(db, bundled_profiles(), seed=4).run(300)
    return db


def window_for(qtbot, db, role, staff, idle_minutes=15):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="Test",
                        demo=False, idle_minutes=idle_minutes,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw),
                        on_lock=lambda: accounts.lock_session(signed_in.actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sections(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


@pytest.mark.parametrize("role, expected", [
    (Role.CASE_MANAGER, ["Home", "Work queue", "People", "New referral", "Providers",
                         "Dashboard", "Reports", "This session"]),
    (Role.SUPERVISOR, ["Home", "Work queue", "People", "New referral", "Providers",
                       "Dashboard", "Reports", "Evaluation extract", "Print queue", "Program",
                       "This session"]),
    (Role.PROSECUTOR_REVIEWER, ["Home", "Work queue", "Dashboard", "Reports",
                                 "This session"]),
    (Role.CLERK, ["Home", "People", "Print queue", "This session"]),
    (Role.OFFICER, ["Work queue", "New referral", "This session"]),
    (Role.ADMINISTRATOR, ["Administration", "Program settings", "Courts and agencies",
                          "Code lists", "Program", "This session"]),
    (Role.EVALUATOR, ["Dashboard", "Evaluation extract", "This session"]),
    (Role.AUDITOR, ["Administration", "Program settings", "Program", "Audit log",
                    "This session"]),
])
def test_sections_follow_the_role(qtbot, db, staff, role, expected):
    assert sections(window_for(qtbot, db, role, staff)) == expected


def test_work_queue_page_shows_the_case_managers_work(qtbot, filled, staff):
    window = window_for(qtbot, filled, Role.SUPERVISOR, staff)
    page = window.findChild(WorkQueuePage, "workQueuePage")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    priorities = [page.model.row(i).priority for i in range(page.model.rowCount())]
    assert priorities == sorted(priorities)


def test_search_runs_off_the_ui_thread_and_the_ui_keeps_ticking(qtbot, filled, staff):
    window = window_for(qtbot, filled, Role.CASE_MANAGER, staff)
    window.nav.setCurrentRow(sections(window).index("People"))
    page = window.pages.currentWidget()
    ui_thread = threading.get_ident()
    worker_threads, ticks = [], []
    original = page._people.search
    page._people.search = lambda *a, **k: (worker_threads.append(threading.get_ident()),
                                           original(*a, **k))[1]
    probe = QTimer(interval=5)
    probe.timeout.connect(lambda: ticks.append(1))
    probe.start()
    page.query.setText("smyth")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    probe.stop()
    assert worker_threads and all(t != ui_thread for t in worker_threads)
    assert len(ticks) >= 3  # the UI thread kept running timers during typing and search
    names = {page.model.row(i).last_name for i in range(page.model.rowCount())}
    assert all("Smyth" in n or "Smith" in n for n in names), names  # sounds alike


def test_idle_lock_hides_everything_and_needs_the_password(qtbot, db, staff):
    window = window_for(qtbot, db, Role.CASE_MANAGER, staff, idle_minutes=0.02)
    title_before = window.windowTitle()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not window.workspace.isVisible() and not window.statusBar().isVisible()
    assert window.windowTitle() == "LEAD Desktop"
    visible_text = " ".join(w.text() for w in window.findChildren(QLineEdit) if w.isVisible())
    assert visible_text == ""
    screen = window.lock_screen
    screen.password.setText("wrong password entirely")
    screen.password.returnPressed.emit()
    assert window.locked and "not correct" in screen.message.text()
    screen.password.setText(STAFF_PASSWORD)
    screen.password.returnPressed.emit()
    assert not window.locked and window.windowTitle() == title_before


def test_idle_lock_is_never_above_30_minutes():
    from lead_desktop.ui.idle_lock import IdleWatcher
    with pytest.raises(ValueError):
        IdleWatcher(31)


def test_a_work_queue_row_opens_its_person(qtbot, program, staff):
    from lead_desktop.services.cases.work_queue import WorkQueue
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
    from tests.support import steps

    case = steps.active_case(program, staff, "worcester-buyer-diversion@1")
    program.clock.advance(days=40)  # snapshot due, no contact: the case is in the queue
    opened = []
    page = WorkQueuePage(WorkQueue(program.cases.db, program.cases.profiles, program.clock),
                         staff[Role.CASE_MANAGER],
                         open_item=lambda item: opened.append(item.person_id))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.activated.emit(page.model.index(0, 0))
    assert opened == [case.person_id]


def test_auditor_reads_and_verifies_the_log(qtbot, db, staff):
    from lead_desktop.security.audit_reader import AuditReader
    from lead_desktop.ui.pages.audit_page import AuditPage

    page = AuditPage(AuditReader(db), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert page.model.row(0).seq > page.model.row(page.model.rowCount() - 1).seq
    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.chain.text(), timeout=5000)
    newest = AuditReader(db).page(staff[Role.AUDITOR], limit=3)
    assert {"audit.read", "audit.verify"} <= {r.event for r in newest}


def test_only_the_auditor_reads_the_log(db, staff):
    from lead_desktop.errors import PermissionDenied
    from lead_desktop.security.audit_reader import AuditReader

    for role in Role:
        if role is not Role.AUDITOR:
            with pytest.raises(PermissionDenied):
                AuditReader(db).page(staff[role])


def test_window_geometry_is_remembered(qtbot, db, staff):
    saved = []
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.CLERK].username, STAFF_PASSWORD)
    first = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                       demo=False, unlock=lambda pw: None, on_close=saved.append)
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.show()
    first.close()
    again = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                       demo=False, unlock=lambda pw: None, geometry=saved[0])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (777, 555)


def test_supervisor_sees_the_program_profile(qtbot, db, staff):
    from lead_desktop.services.program.profile import bundled_profiles
    from lead_desktop.services.setup import set_program_profile

    set_program_profile(db, bundled_profiles()["baltimore-pilot@1"], staff[Role.ADMINISTRATOR])
    window = window_for(qtbot, db, Role.SUPERVISOR, staff)
    assert "Program" in sections(window)
    page = window.pages.widget(sections(window).index("Program"))
    assert "Baltimore pilot" in page.findChild(QLabel, "programTitle").text()
    assert "At most 60 participants at once" in page.findChild(QLabel, "profileText").text()


def test_about_box_shows_the_version_from_pyproject(qtbot, db, staff):
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    window = window_for(qtbot, db, Role.CLERK, staff)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"  # Help comes last, after the Session menu
    assert f"version {pyproject['project']['version']}" in window.about_text()
    from lead_desktop import error_log

    assert str(error_log.log_path()) in window.about_text()  # where IT finds the app's log


def test_a_supervisor_narrows_the_queue_to_one_case_manager(qtbot, filled, staff):
    from sqlalchemy import select

    from lead_desktop.models import Case

    window = window_for(qtbot, filled, Role.SUPERVISOR, staff)
    page = window.findChild(WorkQueuePage, "workQueuePage")
    qtbot.waitUntil(lambda: page.model.total > 0, timeout=10000)
    team = page.model.total
    with filled.read() as session:
        busiest = session.scalars(select(Case.case_manager_id).where(
            Case.case_manager_id.is_not(None))).all()
    manager = max(set(busiest), key=busiest.count)
    index = page.whose.findData(manager)
    assert index > 0, "every active case manager is offered"
    page.whose.setCurrentIndex(index)  # refreshes by itself
    qtbot.waitUntil(lambda: 0 < page.model.total < team, timeout=10000)
    case_ids = {page.model.row(i).case_id for i in range(page.model.total)} - {None}
    with filled.read() as session:
        owners = set(session.scalars(select(Case.case_manager_id).where(Case.id.in_(case_ids))))
    assert owners == {manager}


def test_long_lists_reach_the_view_a_batch_at_a_time(qtbot):
    from dataclasses import dataclass

    from PySide6.QtWidgets import QTableView

    from lead_desktop.ui.table_model import RowsModel

    @dataclass(frozen=True)
    class Row:
        n: int

    model = RowsModel([("N", lambda r: r.n)], batch=200)
    model.set_rows([Row(n) for n in range(450)])
    assert (model.rowCount(), model.total, model.canFetchMore()) == (200, 450, True)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()  # the view asks for the next batch, as when a user scrolls down
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=5000)
    model.fetchMore()
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore()) == (450, False)
    assert model.data(model.index(449, 0)) == "449"
