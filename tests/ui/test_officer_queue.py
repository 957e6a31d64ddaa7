"""An officer's work queue in the main window: their own open referrals, each with whom it
is about (security.md), "My referral" as its kind, closed ones gone; Enter on a row says
why there is nothing more to open."""

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
from tests.support import steps
from tests.ui.test_courts_and_agencies import page_of, window_for


def test_the_officer_sees_their_open_referrals_by_name(qtbot, db, program, staff):
    officer, sup = staff[Role.OFFICER], staff[Role.SUPERVISOR]
    steps.arrest_referral(program, officer, steps.person(program, officer).id,
                          "seattle-lead@1", incident_number="24-118803")
    closed = steps.arrest_referral(program, officer, steps.person(
        program, officer, "Boggs", "Tina").id, "seattle-lead@1")
    program.cases.transition(sup, closed.id, CaseState.EXITED, reason_text="moved away",
                             details={"exit_type": "moved"})
    window = window_for(qtbot, db, staff, Role.OFFICER, program.clock)
    page = page_of(window, WorkQueuePage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    row = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert row[0] == "My referral" and row[1] == "Rivera, Ana"
    assert "Referred" in row[-1] and "24-118803" in row[-1]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page._activated(page.model.index(0, 0))          # what Enter or a double-click does
    assert "status of their own referrals" in page.status.text()
