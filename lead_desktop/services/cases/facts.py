"""Gathering what the workflow rules need to know about a case, from the database."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import (
    Appointment,
    Case,
    CaseNote,
    CaseTransition,
    EligibilityReview,
    ExitRecord,
    IntakeAssessment,
    Person,
    PlanGoal,
    Provider,
    ProviderReferral,
    ProviderReferralEvent,
    Referral,
)
from lead_desktop.services.consent.consent_service import any_valid_consent
from lead_desktop.services.program import eligibility
from lead_desktop.services.program.code_lists import codes_in_use
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState, ReferralType
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.workflow import CaseFacts

# Cases that hold one of the program's places (workflow.md §5 capacity_concurrent).
HOLDS_A_PLACE = (CaseState.INTAKE_PENDING, CaseState.ACTIVE, CaseState.LOST_CONTACT,
                 CaseState.COMPLIANCE_REVIEW, CaseState.AWAITING_TREATMENT)
NOT_A_CONTACT = ("attempt_no_contact",)


def places_taken(session: Session, profile_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(
        Case.profile_id == profile_id, Case.voided_at.is_(None),
        Case.state.in_([s.value for s in HOLDS_A_PLACE]))) or 0


def capacity_available(session: Session, case: Case, profile: Profile) -> bool:
    if profile.capacity_concurrent is None:
        return True
    taken = places_taken(session, profile.id)
    if CaseState(case.state) in HOLDS_A_PLACE:
        taken -= 1
    return taken < profile.capacity_concurrent


def last_contact_at(session: Session, case_id: str) -> datetime | None:
    when = session.scalar(select(func.max(CaseNote.contact_at)).where(
        CaseNote.case_id == case_id, CaseNote.voided_at.is_(None),
        CaseNote.contact_type.not_in(NOT_A_CONTACT)))
    return when  # max() keeps the column's type, so this is an aware UTC datetime


# Items of the checklist the referral alone answers: checked for every referral type, so a
# social contact that skips the DA is still screened for age and area (issue 12).
SCREENED_ITEMS = ("min_age", "catchment")
ONE_MORE_CHANCE = "review_excused_to_active"


def unexcused_misses(session: Session, case_id: str) -> int:
    """Unexcused misses since the supervisor's last "one more chance" (a compliance review
    that returned the case to active): misses already judged do not count again."""
    chance = session.scalar(select(func.max(CaseTransition.at)).where(
        CaseTransition.case_id == case_id, CaseTransition.rule == ONE_MORE_CHANCE))
    query = select(func.count()).select_from(Appointment).where(
        Appointment.case_id == case_id, Appointment.voided_at.is_(None),
        Appointment.attendance == "missed")
    if chance is not None:
        query = query.where(Appointment.scheduled_at > chance)
    return session.scalar(query) or 0


def referral_facts(session: Session, case: Case, answers: dict[str, bool] | None = None,
                   prior_convictions: int | None = None) -> eligibility.ReferralFacts:
    """What the eligibility checklist reads from the referral and the person."""
    referral = session.get(Referral, case.referral_id)
    person = session.get(Person, case.person_id)
    verified = (referral.prior_activity_verification or {}).get("date")
    return eligibility.ReferralFacts(
        referral_type=ReferralType(case.referral_type), referred_on=referral.referred_at.date(),
        dob=person.dob, quantity=referral.quantity, quantity_unit=referral.quantity_unit,
        distribution=referral.distribution,
        offense_codes=tuple(o["code"] for o in referral.offenses),
        offense_kinds=tuple(o.get("kind", "drug") for o in referral.offenses),
        origin_area=referral.origin_area,
        catchment_override_reason=referral.catchment_override_reason or "",
        prior_activity_verified_on=date.fromisoformat(verified) if verified else None,
        prior_convictions=prior_convictions, answers=dict(answers or {}))


def screening_failures(session: Session, case: Case, profile: Profile) -> tuple[object, ...]:
    """Each failed age or area check, in words the screen shows in the user's language."""
    checklist = eligibility.evaluate(profile, referral_facts(session, case))
    return tuple(_failure(item) for item in checklist.failing if item.key in SCREENED_ITEMS)


def _failure(item) -> object:
    if item.label_words is None or item.reason_words is None:
        return f"{item.label.lower()}: {item.reason}"
    return message("Workflow", QT_TRANSLATE_NOOP("Workflow", "{check}: {reason}"),
                   check=item.label_words, reason=item.reason_words)


def waitlisted_ahead(session: Session, case: Case) -> int:
    """People of the same program who have waited longer (first come, first served)."""
    if case.waitlisted_at is None:
        return 0
    return session.scalar(select(func.count()).select_from(Case).where(
        Case.profile_id == case.profile_id, Case.voided_at.is_(None),
        Case.state == CaseState.WAITLISTED.value, Case.id != case.id,
        Case.waitlisted_at < case.waitlisted_at)) or 0


def completion_criteria_met(session: Session, case: Case, profile: Profile) -> bool:
    """Each named criterion of the profile must hold; with none named, every plan goal
    must be met or dropped and at least one met."""
    return not completion_criteria_unmet(session, case, profile)


def completion_criteria_unmet(session: Session, case: Case, profile: Profile
                              ) -> tuple[str, ...]:
    """The profile's completion criteria that do not hold yet (their names)."""
    goals = session.scalars(select(PlanGoal.status).where(
        PlanGoal.case_id == case.id, PlanGoal.voided_at.is_(None))).all()
    checks = {
        "plan_goals_met": bool(goals) and all(g in ("met", "dropped") for g in goals)
        and "met" in goals,
        "treatment_completed": session.scalar(select(func.count()).select_from(ProviderReferral)
                                              .where(ProviderReferral.case_id == case.id,
                                                     ProviderReferral.status == "completed")) > 0,
    }
    wanted = profile.completion_criteria or ["plan_goals_met"]
    return tuple(name for name in wanted if not checks.get(name, False))


def treatment_waitlist(session: Session, case: Case, profile: Profile
                       ) -> tuple[str, str] | None:
    """The provider whose waitlist the participant is on now, and the day they were put on
    it (the program's local date), from the provider referral loop."""
    row = session.execute(
        select(Provider.name, func.max(ProviderReferralEvent.at))
        .join(ProviderReferral, ProviderReferral.provider_id == Provider.id)
        .join(ProviderReferralEvent,
              ProviderReferralEvent.provider_referral_id == ProviderReferral.id)
        .where(ProviderReferral.case_id == case.id, ProviderReferral.status == "waitlisted",
               ProviderReferral.voided_at.is_(None),
               ProviderReferralEvent.status == "waitlisted")
        .group_by(Provider.name)).first()
    return (row[0], profile.local_date(row[1]).isoformat()) if row else None


def treatment_admitted(session: Session, case: Case) -> bool:
    return session.scalar(select(func.count()).select_from(ProviderReferral).where(
        ProviderReferral.case_id == case.id, ProviderReferral.voided_at.is_(None),
        ProviderReferral.status == "admitted")) > 0


def gather(session: Session, case: Case, profile: Profile, today: date) -> CaseFacts:
    referral = session.get(Referral, case.referral_id)
    review = session.scalar(select(EligibilityReview).where(
        EligibilityReview.case_id == case.id, EligibilityReview.voided_at.is_(None))
        .order_by(EligibilityReview.created_at.desc()))
    intake = session.scalar(select(IntakeAssessment).where(IntakeAssessment.case_id == case.id))
    contact = last_contact_at(session, case.id)
    state = CaseState(case.state)
    lost_since = None
    if state is CaseState.LOST_CONTACT:
        lost_since = session.scalar(select(func.max(CaseTransition.at)).where(
            CaseTransition.case_id == case.id, CaseTransition.to_state == state.value))
    return CaseFacts(
        state=state,
        referral_type=ReferralType(case.referral_type),
        profile=profile,
        handoff_recorded=bool(referral.handoff_at and case.case_manager_id),
        capacity_available=capacity_available(session, case, profile),
        da_found_eligible=bool(review and review.da_decision in ("eligible",
                                                                 "eligible_with_override")),
        intake_signed_off=bool(intake and intake.signed_off_at and intake.intake_completed),
        valid_consent_on_file=any_valid_consent(session, case.person_id, today),
        participation_agreement_signed=case.participation_agreement_signed_at is not None,
        intake_due=case.intake_due,
        days_since_contact=(today - profile.local_date(contact or case.created_at)).days,
        contact_since_lost=bool(lost_since and contact and contact > lost_since),
        unexcused_misses=unexcused_misses(session, case.id),
        completion_due=case.completion_due,
        completion_criteria_met=not (unmet := completion_criteria_unmet(session, case, profile)),
        completion_criteria_unmet=unmet,
        entered_state_on=profile.local_date(case.state_since),
        previous_open_state=CaseState(case.previous_open_state) if case.previous_open_state
        else None,
        screening_failures=screening_failures(session, case, profile)
        if state is CaseState.REFERRED else (),
        waitlisted_ahead=waitlisted_ahead(session, case) if state is CaseState.WAITLISTED else 0,
        treatment_waitlist=treatment_waitlist(session, case, profile)
        if state is CaseState.ACTIVE and profile.awaiting_treatment_state else None,
        treatment_admitted=treatment_admitted(session, case)
        if state is CaseState.AWAITING_TREATMENT else False,
        exit_type=session.scalar(select(ExitRecord.exit_type).where(
            ExitRecord.case_id == case.id, ExitRecord.voided_at.is_(None))
            .order_by(ExitRecord.created_at.desc())) if state is CaseState.EXITED else None,
        exit_reasons=tuple(sorted(codes_in_use(session, "exit_reason", today)))
        if state.open else (),
        other_open_case=other_open_case(session, case) if state.terminal else None,
    )


def other_open_case(session: Session, case: Case) -> CaseState | None:
    """The state of another open case of the same person (a closed case is not reopened
    beside it: one person has at most one open case)."""
    state = session.scalar(select(Case.state).where(
        Case.person_id == case.person_id, Case.id != case.id, Case.voided_at.is_(None),
        Case.state.in_([s.value for s in OPEN_STATES])))
    return CaseState(state) if state else None
