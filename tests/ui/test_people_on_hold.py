"""The people list marks a person whose case is on hold (waiting for a provider's treatment
slot, or for a place in the program) with a chip saying so; a case manager sees it for
their own caseload only (case status is a caseload cell of the matrix)."""

from datetime import date

from lead_desktop.security.roles import Role
from lead_desktop.services.cases import hold_status
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.providers.referral_service import StepInput
from lead_desktop.ui.pages.people_page import PeoplePage
from lead_desktop.ui.status_chip import CHIP_ROLE
from tests.support import steps

R = Role
CHIP = 4  # the people list's "Case" column


def awaiting_treatment(program, staff, last: str):
    """Charleston keeps an awaiting-treatment state: the provider has no bed yet."""
    officer, cm, sup = staff[R.OFFICER], staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    found = steps.person(program, officer, last, "Dee")
    case = steps.arrest_referral(program, officer, found.id, "charleston-wv@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.INTAKE_PENDING)  # no DA review here
    consent = steps.signed_consent(program, cm, found.id, [{"class": "treatment provider"}])
    profile = program.cases.profiles["charleston-wv@1"]
    steps.complete_intake(program, cm, case.id, consent, agreement=profile.compliance_based)
    program.cases.transition(cm, case.id, CaseState.ACTIVE)
    provider = program.providers.add(cm, "Prestera Center", levels_of_care=("residential",),
                                     provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, case.id, provider, "residential")
    program.provider_referrals.step(sup, referral, "sent",
                                    StepInput(method="fax", override_reason="bed needed"))
    program.provider_referrals.step(cm, referral, "waitlisted",
                                    StepInput(waitlist_position=12,
                                              expected_date=date(2026, 6, 1)))
    program.cases.transition(cm, case.id, CaseState.AWAITING_TREATMENT)
    return case


def test_a_person_waiting_for_treatment_is_on_hold_in_the_people_list(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    waiting = awaiting_treatment(program, staff, "Walker")
    steps.active_case(program, staff, "seattle-lead@1", "Walkerton", "Sam")
    page = PeoplePage(program.people, cm, open_person=lambda _: None)
    qtbot.addWidget(page)
    page.query.setText("walker")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    shown = {page.model.row(i).last_name: (page.model.index(i, CHIP).data(),
                                           page.model.index(i, CHIP).data(CHIP_ROLE))
             for i in range(2)}
    assert shown == {"Walker": ("On hold", "on_hold"), "Walkerton": ("", None)}
    # the supervisor sees every case's status; an officer none from the people list
    assert hold_status.on_hold(program.cases.db, staff[R.SUPERVISOR], [waiting.person_id]) == {
        waiting.person_id: "awaiting_treatment"}
    assert hold_status.on_hold(program.cases.db, staff[R.OFFICER], [waiting.person_id]) == {}
