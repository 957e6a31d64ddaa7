"""The prosecutor's reviewer opens a completion notice from the work queue and acknowledges
it (workflow.md: the DA's queue holds "completion notices to acknowledge"); the notice then
leaves the queue. Only the prosecutor's office acknowledges, and only once."""

import pytest
from PySide6.QtWidgets import QPushButton

from lead_desktop.errors import LeadError
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.security.roles import Role
from lead_desktop.services.cases import completion_notices
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.forms.completion_acknowledgment import CompletionAcknowledgment
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
from tests.stories.app import while_open
from tests.support import steps

from ..conftest import STAFF_PASSWORD


def completed_case(program, staff):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    goal = program.intake.add_goal(cm, case.id, "a lease in his name", domain="housing")
    program.intake.set_goal_status(cm, goal, "met", 1)
    program.clock.advance(days=200)
    program.cases.transition(sup, case.id, CaseState.COMPLETED, reason_text="housed, plan met")
    return case


def prosecutor_queue(qtbot, db, staff, program) -> WorkQueuePage:
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[Role.PROSECUTOR_REVIEWER].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=program.clock),
                        database_label="Test", demo=False,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw))
    qtbot.addWidget(window)
    window.show()
    return window.findChild(WorkQueuePage)


def notices(page) -> list[str]:
    return [page.model.row(i).person for i in range(page.model.rowCount())
            if page.model.row(i).kind == "completion_notice"]


def test_the_reviewer_acknowledges_a_completion_notice_from_the_queue(
        qtbot, db, staff, program):
    case = completed_case(program, staff)
    page = prosecutor_queue(qtbot, db, staff, program)
    qtbot.waitUntil(lambda: notices(page) == ["Okafor, Chris"], timeout=10000)
    row = next(i for i in range(page.model.rowCount())
               if page.model.row(i).kind == "completion_notice")

    def acknowledge(dialog: CompletionAcknowledgment) -> None:
        summary = dialog.findChild(type(dialog.message), "completionSummary").text()
        assert "Okafor, Chris" in summary and "Completed the program on" in summary
        assert dialog.findChild(QPushButton, "readCompletionNotice") is not None
        dialog.acknowledge_button.click()
    while_open(qtbot, CompletionAcknowledgment, acknowledge,
               lambda: page._activated(page.model.index(row, 0)))
    qtbot.waitUntil(lambda: notices(page) == [], timeout=10000)
    da = staff[Role.PROSECUTOR_REVIEWER]
    assert completion_notices.acknowledge(db, da, case.id) is False  # once only
    auditor = staff[Role.AUDITOR]
    acknowledged = AuditReader(db).page(auditor, event="completion_notice.acknowledge")
    assert [(row.record_id, row.username) for row in acknowledged] == [(case.id, da.username)]


def test_only_the_prosecutors_office_acknowledges_and_only_a_completed_case(
        db, staff, program):
    case = completed_case(program, staff)
    with pytest.raises(LeadError, match="Only the prosecutor's office"):
        completion_notices.acknowledge(db, staff[Role.SUPERVISOR], case.id)
    with pytest.raises(LeadError):
        completion_notices.acknowledge(db, staff[Role.CASE_MANAGER], case.id)
    active = steps.active_case(program, staff, "seattle-lead@1", "Lund", "Ada")
    with pytest.raises(LeadError, match="not completed the program"):
        completion_notices.acknowledge(db, staff[Role.PROSECUTOR_REVIEWER], active.id)
