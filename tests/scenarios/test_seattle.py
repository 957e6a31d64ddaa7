"""Seattle-style LEAD, as a story: a social contact skips the DA, harm reduction means
missed appointments only alert, contact is lost and found again."""

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.cases.referral_form import ReferralInput
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.program.vocabulary import CaseState, ReferralType
from lead_desktop.services.program.workflow import TransitionRefused
from tests.support import steps

SEATTLE = "seattle-lead@1"
S = CaseState


def test_social_contact_lost_contact_and_back(program, staff):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    person = steps.person(program, officer, "Ødegård", "Zoë")
    case = program.cases.refer(officer, person.id, ReferralInput(
        referral_type=ReferralType.SOCIAL_CONTACT, referred_at=program.clock.now,
        officer_name="Officer Lee", officer_badge="118", agency="Seattle PD",
        location="3rd Ave & Pine St", needs_now="somewhere to sleep"), SEATTLE)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    with pytest.raises(TransitionRefused, match="does not send Social contact"):
        program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.cases.transition(cm, case.id, S.INTAKE_PENDING)

    consent = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}],
                                   consent_type="part2_general")
    steps.complete_intake(program, cm, case.id, consent, agreement=False)  # none in harm reduction
    program.cases.transition(cm, case.id, S.ACTIVE)
    steps.note(program, cm, case.id, "Met at the day centre; talked about detox.", "street")

    # Missed appointments only alert: no compliance review in harm reduction.
    for _ in range(4):
        appointment = program.provider_referrals.schedule(cm, case.id, steps.at(program, 1),
                                                          "provider")
        program.clock.advance(days=2)
        program.provider_referrals.record_attendance(cm, appointment, "missed", "observed")
    assert run_timers(program.cases) == []

    # 30 days without contact: the timer marks the case lost contact (outreach continues).
    program.clock.advance(days=21)
    assert run_timers(program.cases) == []  # 29 days since the last contact
    program.clock.advance(days=1)
    assert [m.to_state for m in run_timers(program.cases)] == [S.LOST_CONTACT]
    program.clock.advance(days=10)
    steps.note(program, cm, case.id, "Found her at the encampment on 4th; she is well.", "street")
    assert [m.to_state for m in run_timers(program.cases)] == [S.ACTIVE]
    with pytest.raises(TransitionRefused, match="harm-reduction"):
        program.cases.transition(cm, case.id, S.COMPLIANCE_REVIEW,
                                 reason_code="missed_appointment_limit")
    assert program.cases.get(cm, case.id).state is S.ACTIVE


def test_deadlines_are_local_dates(program, staff):
    """A referral at 9:30 pm in Seattle (05:30 UTC the next day) is due 30 local days on."""
    from datetime import date, datetime, timezone

    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    program.clock.now = datetime(2026, 3, 3, 5, 30, tzinfo=timezone.utc)
    person = steps.person(program, officer)
    case = program.cases.refer(officer, person.id, ReferralInput(
        referral_type=ReferralType.SOCIAL_CONTACT, referred_at=program.clock.now,
        officer_name="Officer Lee", officer_badge="118", agency="Seattle PD",
        location="3rd Ave & Pine St"), SEATTLE)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.INTAKE_PENDING)
    assert program.cases.get(cm, case.id).intake_due == date(2026, 4, 1)
