"""Each role's home: the counts match the services for a small program made through them,
and each count opens the list behind it."""

from datetime import timedelta

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.home import HomeService
from lead_desktop.services.urgency import Urgency
from lead_desktop.ui.pages.home_page import HomePage
from tests.support import steps

R = Role
PROFILE = "seattle-lead@1"


@pytest.fixture
def small_program(program, staff):
    """Two cases of the case manager: one active (two appointments, one draft note), one
    waiting for intake past its deadline."""
    cm = staff[R.CASE_MANAGER]
    active = steps.active_case(program, staff, PROFILE, "Okafor", "Chris")
    waiting = steps.eligible_case(program, staff, PROFILE, "Le", "Casey")
    now = program.clock.now
    program.provider_referrals.schedule(cm, active.id, now + timedelta(hours=2), "provider")
    program.provider_referrals.schedule(cm, active.id, now + timedelta(days=3), "court")
    program.provider_referrals.schedule(cm, active.id, now + timedelta(days=20), "benefits")
    steps.note(program, cm, active.id, "Called; left a message")          # a draft
    signed = steps.note(program, cm, active.id, "Met at the clinic")
    program.notes.sign(cm, signed)
    return active, waiting


def home_page(qtbot, program, actor):
    profile = program.cases.profiles[PROFILE]
    home = HomeService(program.cases.db, profile, program.work_queue,
                       SummonsService(program.cases.db, program.clock), program.clock)
    opened = []
    page = HomePage(home, actor, show_list=opened.append)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    return page, home, opened


def counts(page):
    return {key: tile.count for key, tile in page.tiles.items()}


def test_the_case_managers_day(qtbot, program, staff, small_program):
    cm = staff[R.CASE_MANAGER]
    active, waiting = small_program
    page, home, opened = home_page(qtbot, program, cm)
    unsigned = [n for n in program.notes.list_for_case(cm, active.id) if n.signed_at is None]
    due_soon = [c for c in (program.cases.get(cm, active.id), program.cases.get(cm, waiting.id))
                if c.intake_due and c.state.value == "intake_pending"
                and (c.intake_due - home.today()).days <= 7]
    assert counts(page) == {"appointments_today": 1, "appointments_week": 2,
                            "deadlines": len(due_soon), "unsigned_notes": len(unsigned)}
    assert len(unsigned) == 1
    assert page.buttons["appointments_week"].count_label.text() == "2"
    page.buttons["appointments_week"].click()                 # the count opens its list
    listed = opened[-1].model
    assert [listed.index(i, 0).data() for i in range(listed.rowCount())] == [
        "Okafor, Chris", "Okafor, Chris"]
    assert {listed.index(i, 2).data() for i in range(listed.rowCount())} == {"Provider", "Court"}


def test_deadlines_count_an_overdue_intake(qtbot, program, staff, small_program):
    _, waiting = small_program
    program.clock.advance(days=(waiting.intake_due - program.clock.now.date()).days + 1)
    page, _, opened = home_page(qtbot, program, staff[R.CASE_MANAGER])
    assert page.tiles["deadlines"].count == 1
    page.open_tile("deadlines")
    assert opened[-1].model.index(0, 2).data() == "Intake due"


def test_the_supervisors_team(qtbot, program, staff, small_program):
    sup = staff[R.SUPERVISOR]
    page, home, _ = home_page(qtbot, program, sup)
    managers = program.work_queue.case_managers(sup)
    target = program.cases.profiles[PROFILE].caseload_target
    assert page.tiles["caseloads_over_target"].count == 0     # two cases, target 15
    assert len(page.tiles["caseloads_over_target"].rows) == len(managers)
    row = next(r for r in page.tiles["caseloads_over_target"].rows if r.person == "Case manager")
    assert row.what == f"2 / {target}"
    assert page.tiles["in_program"].count == 2
    today = home.today()
    overdue = [i for i in program.work_queue.for_user(sup, today) if i.urgency is Urgency.OVERDUE]
    assert page.tiles["overdue"].count == len(overdue)


def test_the_prosecutors_reviews(qtbot, program, staff):
    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    found = steps.person(program, officer, "Le", "Casey")
    case = steps.arrest_referral(program, officer, found.id, PROFILE)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    from lead_desktop.services.program.vocabulary import CaseState
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    page, _, opened = home_page(qtbot, program, staff[R.PROSECUTOR_REVIEWER])
    assert counts(page) == {"eligibility_reviews": 1, "compliance_decisions": 0}
    page.open_tile("eligibility_reviews")
    assert opened[-1].model.index(0, 0).data() == "Le, Casey"


def test_the_clerks_print_queue(qtbot, program, staff):
    page, _, _ = home_page(qtbot, program, staff[R.CLERK])
    assert counts(page) == {"summons_to_print": 0, "summons_to_file": 0,
                            "summons_to_issue": 0, "summons_to_serve": 0}
    button = page.buttons["summons_to_print"]
    assert (button.count_label.text(), button.caption.text()) == ("0", "Summonses to print")
    assert button.accessibleName() == "0 Summonses to print"
