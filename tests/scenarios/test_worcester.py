"""Worcester Buyer Diversion, as a story: a buyer is referred, the DA finds him eligible, he
is referred to Spectrum, misses his appointments, the compliance review goes to the DA, who
files, and a summons record is drafted for the clerk."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from lead_desktop.models import DisclosureLogEntry, ExitRecord, Summons
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import TransitionRefused
from lead_desktop.services.providers.referral_service import StepInput
from tests.support import steps

WORCESTER = "worcester-buyer-diversion@1"
S = CaseState


def test_buyer_misses_appointments_and_the_da_files(program, staff, db):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    da, sup = staff[Role.PROSECUTOR_REVIEWER], staff[Role.SUPERVISOR]

    # On the street: Officer Reyes offers the program instead of booking, enters the referral.
    buyer = steps.person(program, officer, "O'Brien-Muñoz", "Tomás")
    case = steps.arrest_referral(program, officer, buyer.id, WORCESTER,
                                 origin_area="City of Worcester")
    assert case.state is S.REFERRED and case.profile_key == WORCESTER

    # The officer can see the status of their own referral, but not change its course.
    assert program.cases.get(officer, case.id).state is S.REFERRED
    with pytest.raises(TransitionRefused, match="Officer may not"):
        program.cases.transition(officer, case.id, S.ELIGIBILITY_REVIEW)

    # The case manager arrives, then sends the case to the DA.
    program.clock.advance(minutes=25)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)

    # The DA works through the checklist and finds him eligible.
    for key in ("exclude_exploits_minors", "exclude_promoting_prostitution",
                "violent_lookback_years", "lengthy_record_da_judgement"):
        program.eligibility.answer(da, case.id, key, applies=False)
    checklist = program.eligibility.checklist(da, case.id)
    assert checklist.outcome == "eligible", checklist.items
    assert program.eligibility.decide(da, case.id, "eligible") is S.INTAKE_PENDING
    case = program.cases.get(cm, case.id)
    assert case.intake_due == (program.clock.now - timedelta(minutes=55)).date() + timedelta(days=30)

    # Intake: consent naming Spectrum and the DA (§2.35), intake signed off, agreement signed.
    consent = steps.signed_consent(program, cm, buyer.id, [
        {"name": "Spectrum Health Systems", "class": "treatment provider"},
        {"name": "Worcester County District Attorney", "address": "225 Main St, Worcester"}])
    program.clock.advance(days=3)
    with pytest.raises(TransitionRefused, match="intake is not signed off"):
        program.cases.transition(cm, case.id, S.ACTIVE)
    steps.complete_intake(program, cm, case.id, consent, agreement=True)
    program.cases.transition(cm, case.id, S.ACTIVE)

    # Provider referral to Spectrum: the consent guard passes and the disclosure is logged.
    spectrum = program.providers.add(cm, "Spectrum Health Systems",
                                     levels_of_care=("detox", "residential"))
    referral = program.provider_referrals.draft(cm, case.id, spectrum, "detox")
    program.provider_referrals.step(cm, referral, "sent", StepInput(method="secure_fax"))
    program.provider_referrals.step(cm, referral, "accepted", StepInput(provider_contact="intake"))
    program.provider_referrals.step(cm, referral, "admitted")
    program.provider_referrals.step(cm, referral, "attending")
    with db.read() as session:
        logged = session.scalars(select(DisclosureLogEntry)).all()
    assert [(d.recipient, d.consent_id) for d in logged] == [("Spectrum Health Systems", consent)]

    # He misses three appointments, a week apart; none excused.
    for _ in range(3):
        assert run_timers(program.cases) == []  # below the limit: no review yet
        appointment = program.provider_referrals.schedule(cm, case.id, steps.at(program, 1),
                                                          "provider", referral)
        program.clock.advance(days=7)
        program.provider_referrals.record_attendance(cm, appointment, "missed", "provider_report")
        steps.note(program, cm, case.id, "Called Spectrum: he did not come in.")

    # The timer raises a compliance review; it never closes the case itself.
    moves = run_timers(program.cases)
    assert [(m.to_state, m.trigger) for m in moves] == [(S.COMPLIANCE_REVIEW, "missed_appointments")]

    # The DA decides to file: the case is referred for charges and a summons record drafted.
    with pytest.raises(TransitionRefused, match="Clerk may not"):
        program.cases.transition(staff[Role.CLERK], case.id, S.REFERRED_FOR_CHARGES)
    program.cases.transition(da, case.id, S.REFERRED_FOR_CHARGES, reason_text="3 unexcused misses")
    with db.read() as session:
        summons = session.scalars(select(Summons)).one()
        exit_record = session.scalars(select(ExitRecord)).one()
    assert summons.document_kind == "ma_application_summons" and summons.status == "drafted"
    assert summons.offenses[0]["code"] == "94C-34" and summons.tracking_number.startswith("LD26-")
    assert exit_record.charges_outcome == "referred_for_charges"

    history = program.cases.history(sup, case.id)
    assert [(h.to_state, h.proposer) for h in history] == [
        ("referred", "person"), ("eligibility_review", "person"), ("intake_pending", "person"),
        ("active", "person"), ("compliance_review", "timer"), ("referred_for_charges", "person")]
    assert history[-1].role == "prosecutor_reviewer"
