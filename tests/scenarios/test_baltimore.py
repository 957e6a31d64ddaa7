"""Baltimore pilot, as stories: a referral from outside the catchment is ineligible; the
61st eligible referral is waitlisted, and released when a place frees."""

from datetime import timedelta
from decimal import Decimal

from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps

BALTIMORE = "baltimore-pilot@1"
AREA = bundled_profiles()[BALTIMORE].exclusions.catchment_areas[0]
S = CaseState
CLEAR = ("exclude_exploits_minors", "exclude_promoting_prostitution")


def referred_to_da(program, staff, n, origin=AREA):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    person = steps.person(program, officer, f"Smith{n}", "Lee")
    case = steps.arrest_referral(program, officer, person.id, BALTIMORE, agency="Baltimore PD",
                                 quantity=Decimal("1.0"), origin_area=origin)
    # one case manager takes all 61 here: past the caseload maximum (25) only with the
    # supervisor's reason
    program.cases.record_handoff(staff[Role.SUPERVISOR], case.id, cm.user_id,
                                 override_reason="capacity drill: one case manager on duty")
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    for key in CLEAR:
        program.eligibility.answer(staff[Role.PROSECUTOR_REVIEWER], case.id, key, applies=False)
    return case


def test_outside_the_catchment_is_ineligible(program, staff):
    da = staff[Role.PROSECUTOR_REVIEWER]
    case = referred_to_da(program, staff, 1, origin="Canton")
    checklist = program.eligibility.checklist(da, case.id)
    assert [i.key for i in checklist.failing] == ["catchment"]
    assert program.eligibility.decide(da, case.id, "ineligible", "catchment",
                                      "arrest made in Canton") is S.INELIGIBLE
    assert program.cases.history(staff[Role.SUPERVISOR], case.id)[-1].reason_code == "catchment"


def test_the_61st_referral_is_waitlisted(program, staff):
    da, sup = staff[Role.PROSECUTOR_REVIEWER], staff[Role.SUPERVISOR]
    first_sixty = [referred_to_da(program, staff, n) for n in range(60)]
    for case in first_sixty:
        assert program.eligibility.decide(da, case.id, "eligible") is S.INTAKE_PENDING
    sixty_first = referred_to_da(program, staff, 60)
    assert program.eligibility.decide(da, sixty_first.id, "eligible") is S.WAITLISTED
    history = program.cases.history(sup, sixty_first.id)
    assert (history[-1].proposer, history[-1].details["trigger"]) == ("timer", "capacity_full")

    # A place frees (someone exits); the supervisor releases the waitlisted case.
    program.cases.transition(sup, first_sixty[0].id, S.EXITED,
                             details={"exit_type": "moved"}, reason_text="moved to Ohio")
    program.cases.transition(sup, sixty_first.id, S.INTAKE_PENDING)
    released = program.cases.get(sup, sixty_first.id)
    assert released.intake_due == program.clock.now.date() + timedelta(days=30)
