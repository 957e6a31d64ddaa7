"""What the work queue needs to know about the cases in scope, read set-based: one query
per kind of fact for all of them, so a team of thousands of cases costs a dozen queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import (
    Appointment,
    Case,
    CaseNote,
    Consent,
    EligibilityReview,
    JusticeEvent,
    JusticeLookup,
    OutcomeSnapshot,
    Provider,
    ProviderReferral,
    ProviderReferralEvent,
    Referral,
)
from lead_desktop.services.cases.queue_item import day_start


@dataclass
class Prefetched:
    """Everything the queue needs about the cases in scope, one query per kind of fact."""

    referrals: dict
    last_contact: dict
    appointments: dict
    provider_referrals: dict
    open_provider_referrals: set
    consents: dict
    snapshots_done: set
    recent_arrests: dict
    lookups: dict
    recent_decisions: dict

    @classmethod
    def load(cls, session: Session, scope, today: date) -> "Prefetched":
        week_ago = day_start(today) - timedelta(days=7)
        last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        people = select(Case.person_id).where(Case.id.in_(scope))
        appointments: dict = {}
        for case_id, at, kind, appointment_id, provider in session.execute(select(
                Appointment.case_id, Appointment.scheduled_at, Appointment.kind,
                Appointment.id, Provider.name)
                .outerjoin(ProviderReferral,  # whom the appointment is with, when known
                           ProviderReferral.id == Appointment.provider_referral_id)
                .outerjoin(Provider, Provider.id == ProviderReferral.provider_id).where(
                Appointment.case_id.in_(scope), Appointment.voided_at.is_(None),
                Appointment.attendance.is_(None),
                # a day more than tomorrow in UTC: tomorrow evening in the program's zone
                Appointment.scheduled_at < day_start(today + timedelta(days=3)))):
            appointments.setdefault(case_id, []).append((at, kind, appointment_id, provider))
        in_scope = select(ProviderReferral.id).where(ProviderReferral.case_id.in_(scope))
        waitlisted = select(ProviderReferralEvent.provider_referral_id,
                            func.max(ProviderReferralEvent.at).label("at")).where(
            ProviderReferralEvent.status == "waitlisted",
            ProviderReferralEvent.provider_referral_id.in_(in_scope)).group_by(
            ProviderReferralEvent.provider_referral_id).subquery()
        provider_referrals: dict = {}
        for case_id, status, sent_at, waited in session.execute(select(
                ProviderReferral.case_id, ProviderReferral.status, ProviderReferral.sent_at,
                waitlisted.c.at).outerjoin(waitlisted, waitlisted.c.provider_referral_id
                                           == ProviderReferral.id).where(
                ProviderReferral.case_id.in_(scope),
                ProviderReferral.status.in_(["sent", "waitlisted"]))):
            provider_referrals.setdefault(case_id, []).append((status, sent_at, waited))
        consents: dict = {}
        for consent in session.execute(select(Consent.__table__).where(  # rows, as above
                Consent.person_id.in_(people), Consent.voided_at.is_(None))):
            consents.setdefault(consent.person_id, []).append(consent)
        return cls(
            referrals={r: (at, handoff) for r, at, handoff in session.execute(select(
                Referral.id, Referral.referred_at, Referral.handoff_at).where(
                Referral.id.in_(select(Case.referral_id).where(Case.id.in_(scope)))))},
            last_contact=dict(session.execute(select(
                CaseNote.case_id, func.max(CaseNote.contact_at)).where(
                CaseNote.case_id.in_(scope), CaseNote.voided_at.is_(None),
                CaseNote.contact_type != "attempt_no_contact").group_by(CaseNote.case_id)).all()),
            appointments=appointments,
            provider_referrals=provider_referrals,
            open_provider_referrals=set(session.scalars(select(ProviderReferral.case_id).where(
                ProviderReferral.case_id.in_(scope), ProviderReferral.status.not_in(
                    ["draft", "declined", "completed", "discharged", "cancelled"])))),
            consents=consents,
            snapshots_done=set(session.scalars(select(OutcomeSnapshot.case_id).where(
                OutcomeSnapshot.case_id.in_(scope), OutcomeSnapshot.month == last_month))),
            recent_arrests=dict(session.execute(select(
                JusticeEvent.person_id, func.count()).where(
                JusticeEvent.person_id.in_(people), JusticeEvent.voided_at.is_(None),
                JusticeEvent.event_type.in_(["arrest", "booking"]),
                JusticeEvent.created_at >= week_ago).group_by(JusticeEvent.person_id)).all()),
            lookups=latest(session.execute(select(
                JusticeEvent.person_id, func.max(JusticeEvent.created_at)).where(
                JusticeEvent.person_id.in_(people),
                JusticeEvent.source == "evaluation_lookup").group_by(
                JusticeEvent.person_id)).all(), session.execute(select(  # "nothing found" too
                    JusticeLookup.person_id, func.max(JusticeLookup.created_at)).where(
                    JusticeLookup.person_id.in_(people), JusticeLookup.voided_at.is_(None))
                    .group_by(JusticeLookup.person_id)).all()),
            recent_decisions=dict(session.execute(select(
                EligibilityReview.case_id, func.max(EligibilityReview.decided_at)).where(
                EligibilityReview.case_id.in_(scope),
                EligibilityReview.decided_at >= week_ago).group_by(
                EligibilityReview.case_id)).all()),
        )


def latest(*pairs_lists) -> dict:
    """person id -> the latest of the times given in several (person id, time) lists."""
    latest: dict = {}
    for pairs in pairs_lists:
        for person_id, at in pairs:
            if at is not None and (person_id not in latest or at > latest[person_id]):
                latest[person_id] = at
    return latest
