"""The app runs the timers itself: an intake deadline passes on the app's clock, the
timer (started by the app, off the UI thread) moves the case, and the supervisor's work
queue shows the compliance review it raised."""

from PySide6.QtWidgets import QLabel

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.cases import timer_lease
from lead_desktop.ui.desk_assembly import build_pages, open_main_window, start_timers
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
from tests.support import steps

from ..conftest import STAFF_PASSWORD


def supervisor_window(qtbot, db, staff, clock):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.SUPERVISOR].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=clock),
                        database_label="Test", demo=False,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw))
    qtbot.addWidget(window)
    window.show()
    return window


def queue_kinds(page):
    return [(page.model.row(i).kind, page.model.row(i).person)
            for i in range(page.model.rowCount())]


def test_a_missed_intake_deadline_reaches_the_supervisor_by_itself(qtbot, db, staff, program):
    steps.eligible_case(program, staff, "wilmington-nc@1", "Okafor", "Lee",
                        agency="Wilmington PD")
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.SUPERVISOR].username, STAFF_PASSWORD)
    # the app's own path after sign-in: pages, window, timers (every 200 ms here)
    window = open_main_window(db, signed_in, accounts, now=program.clock, timer_every_ms=200)
    qtbot.addWidget(window)
    window.show()
    queue = window.findChild(WorkQueuePage, "workQueuePage")
    with qtbot.waitSignal(window.timers.ran, timeout=10000) as first:
        pass
    assert first.args[0].ran and first.args[0].moves == []   # the deadline has not passed
    assert ("compliance_review", "Okafor, Lee") not in queue_kinds(queue)

    program.clock.advance(days=45)   # the app's clock: 15 days past the 30-day deadline
    with qtbot.waitSignal(window.timers.ran, timeout=10000,
                          check_params_cb=lambda run: bool(run.moves)) as moved:
        pass
    assert [m.trigger for m in moved.args[0].moves] == ["intake_deadline_missed"]
    # (read before any later run, which would find nothing more to move, rewrites it)
    assert window.findChild(QLabel, "timerStatus").text().endswith(": 1 moved")
    qtbot.waitUntil(lambda: ("compliance_review", "Okafor, Lee") in queue_kinds(queue),
                    timeout=10000)


def test_while_another_desk_holds_the_lease_the_app_applies_nothing(qtbot, db, staff, program):
    steps.eligible_case(program, staff, "wilmington-nc@1", agency="Wilmington PD")
    program.clock.advance(days=45)
    timer_lease.take(db, "front-desk", program.clock.now)
    window = supervisor_window(qtbot, db, staff, program.clock)
    runner = start_timers(db, window, now=program.clock)
    with qtbot.waitSignal(runner.ran, timeout=10000) as ran:
        pass
    assert (ran.args[0].ran, ran.args[0].holder, ran.args[0].moves) == (False, "front-desk", [])
    assert window.findChild(QLabel, "timerStatus").text().endswith("run by front-desk")


def test_the_apps_timers_purge_removed_attachments_once_a_supervisor_approved(
        qtbot, db, staff, program):
    from lead_desktop.services.attachments import retention
    from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
    from tests.support.paper import tiny_pdf

    case = steps.active_case(program, staff, "seattle-lead@1")
    cm = staff[Role.CASE_MANAGER]
    files = AttachmentService(db, program.clock)
    letter = files.add(cm, "case_paper", tiny_pdf("Letter"), Anchor(case_id=case.id),
                       title="Letter")
    files.void(cm, letter.id, "wrong person")
    retention.set_retention_days(db, staff[Role.ADMINISTRATOR], 30)
    program.clock.advance(days=31)
    window = supervisor_window(qtbot, db, staff, program.clock)
    runner = start_timers(db, window, now=program.clock)
    with qtbot.waitSignal(runner.ran, timeout=10000):
        pass
    assert files.view(cm, letter.id).purged_at is None  # nobody approved: nothing deleted
    retention.set_automatic(db, staff[Role.SUPERVISOR], True, program.clock.now)
    with qtbot.waitSignal(runner.ran, timeout=10000):
        runner.run_now()
    assert files.view(cm, letter.id).purged_at is not None
