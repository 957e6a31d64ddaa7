"""Issue 12 at the case service: one open case per person, the caseload maximum, misses
counted since the last one-more-chance, a social contact screened for age."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseloadFull, CaseService, OpenCaseExists
from lead_desktop.services.cases.eligibility_service import EligibilityService
from lead_desktop.services.cases.referral_form import ReferralInput
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.program.eligibility import REVIEWER_ITEMS
from lead_desktop.services.program.vocabulary import CaseState, ReferralType
from lead_desktop.services.program.workflow import TransitionRefused
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


S = CaseState


def test_a_second_referral_of_a_person_with_an_open_case_links_to_it(program, staff):
    officer = staff[Role.OFFICER]
    ana = steps.person(program, officer)
    first = steps.arrest_referral(program, officer, ana.id, "seattle-lead@1")
    with pytest.raises(OpenCaseExists) as caught:
        steps.arrest_referral(program, officer, ana.id, "seattle-lead@1")
    assert (caught.value.case_id, caught.value.state) == (first.id, S.REFERRED)
    assert len(program.cases.cases_for_person(staff[Role.SUPERVISOR], ana.id)) == 1


def test_over_the_caseload_maximum_only_with_a_supervisors_reason(program, staff, db):
    cm, sup, officer = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR], staff[Role.OFFICER]
    seattle = program.cases.profiles["seattle-lead@1"]
    cases = CaseService(db, {seattle.key: replace(seattle, caseload_max=2)}, now=program.clock)
    referred = [steps.arrest_referral(program, officer, steps.person(
        program, officer, f"Moss{n}", "Kim").id, seattle.key) for n in range(3)]
    for case in referred[:2]:
        cases.record_handoff(cm, case.id, cm.user_id)
    with pytest.raises(CaseloadFull, match="supervisor may assign"):
        cases.record_handoff(cm, referred[2].id, cm.user_id)
    with pytest.raises(CaseloadFull, match="Give the reason"):
        cases.record_handoff(sup, referred[2].id, cm.user_id)
    cases.record_handoff(sup, referred[2].id, cm.user_id, override_reason="speaks Tagalog")
    assert cases.caseload(cm.user_id) == 3
    with db.read() as session:
        logged = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "case.caseload_override")).one()
    assert json.loads(logged.details)["reason"] == "speaks Tagalog"


def test_misses_count_again_from_the_last_one_more_chance(program, staff):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    case = steps.active_case(program, staff, "wilmington-nc@1", agency="Wilmington PD")

    def miss_two():
        for day in (1, 2):
            appointment = program.provider_referrals.schedule(cm, case.id,
                                                              steps.at(program, day), "provider")
            program.clock.advance(days=day)
            program.provider_referrals.record_attendance(cm, appointment, "missed", "provider_report")

    miss_two()
    assert [m.to_state for m in run_timers(program.cases)] == [S.COMPLIANCE_REVIEW]
    due = (program.clock.now + timedelta(days=60)).date().isoformat()
    program.cases.transition(sup, case.id, S.ACTIVE, reason_text="one more chance",
                             details={"new_due_date": due})
    assert run_timers(program.cases) == []      # the two judged misses do not count again
    program.clock.advance(days=1)
    miss_two()
    assert [m.to_state for m in run_timers(program.cases)] == [S.COMPLIANCE_REVIEW]


def test_a_sixteen_year_old_social_contact_is_screened_out(program, staff):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    teen = steps.person(program, officer, "Young", "Jo", dob=date(2010, 1, 5))
    case = program.cases.refer(officer, teen.id, ReferralInput(
        referral_type=ReferralType.SOCIAL_CONTACT, referred_at=program.clock.now,
        officer_name="Officer Lin", officer_badge="12", agency="Seattle PD",
        location="3rd Ave & Pine St"), "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    assert program.cases.offered_steps(cm, case.id).count(S.INELIGIBLE) == 1
    with pytest.raises(TransitionRefused, match="16 years old"):
        program.cases.transition(cm, case.id, S.INTAKE_PENDING)
    program.cases.transition(cm, case.id, S.INELIGIBLE, reason_code="age", reason_text="16")
    assert program.cases.get(cm, case.id).state is S.INELIGIBLE


@pytest.mark.parametrize("starts", ["referral", "da_approval"])
def test_the_intake_clock_starts_where_the_profile_says(program, staff, db, starts):
    officer, cm, da = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    wilmington = program.cases.profiles["wilmington-nc@1"]
    cases = CaseService(db, {wilmington.key: replace(wilmington, deadline_from=starts)},
                        now=program.clock)
    eligibility = EligibilityService(db, cases, program.clock)
    referred_on = program.clock.now.date()
    case = cases.refer(officer, steps.person(program, officer).id, ReferralInput(
        referral_type=ReferralType.ARREST_DIVERSION, referred_at=program.clock.now,
        officer_name="Officer Hale", officer_badge="118", agency="Wilmington PD",
        location="Market St", incident_number="WPD-1", offenses=(steps.POSSESSION,),
        quantity=10, quantity_unit="dosage_units",
        origin_area="Wilmington Police Department"), wilmington.key)
    cases.record_handoff(cm, case.id, cm.user_id)
    cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.clock.advance(days=6)                  # the DA decides six days later
    for item in eligibility.checklist(da, case.id).unknown:
        if item.key in REVIEWER_ITEMS:
            eligibility.answer(da, case.id, item.key, applies=False)
    eligibility.decide(da, case.id, "eligible")
    start = referred_on if starts == "referral" else program.clock.now.date()
    assert cases.get(cm, case.id).intake_due == start + timedelta(days=30)
