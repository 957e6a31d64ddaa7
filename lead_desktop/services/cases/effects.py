"""What entering a state does to a case beyond its state: clocks, records, documents."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, ExitRecord, Referral, Summons
from lead_desktop.security.actor import Actor
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import Rule, TransitionRequest

S = CaseState
_EXIT_TYPE_FOR = {S.COMPLETED: "completed", S.DISQUALIFIED: "disqualified",
                  S.REMOVED: "removed_violence_threat"}
_SUMMONS_KIND = {"generic": "generic_notice", "ma_complaint": "ma_application_summons",
                 "agency_template": "agency_template"}


def tracking_number(today: date) -> str:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return f"LD{today:%y}-" + "".join(secrets.choice(alphabet) for _ in range(8))


def apply(session: Session, case: Case, profile: Profile, rule: Rule,
          request: TransitionRequest, actor: Actor, now: datetime) -> str | None:
    """Update the case for its new state; return the id of a record the step created."""
    before, after, today = S(case.state), request.to, request.today
    if after is S.INTAKE_PENDING:
        _start_intake_clock(session, case, profile, before, request, today)
    if after is S.WAITLISTED:
        case.waitlisted_at = now
    if after is S.ACTIVE and case.entered_on is None:
        case.entered_on = today
        case.intake_on_time = case.intake_due is None or today <= case.intake_due
        if profile.completion_deadline_days:
            case.completion_due = today + timedelta(days=profile.completion_deadline_days)
    if before is S.COMPLIANCE_REVIEW and after is S.ACTIVE and profile.completion_deadline_days:
        case.completion_due = date.fromisoformat(request.details["new_due_date"])
    if after.terminal and before.open:
        case.previous_open_state = before.value
    made = None
    if rule.produces == "summons":
        made = _summons(session, case, profile, actor, now)
    if after in _EXIT_TYPE_FOR or after in (S.EXITED, S.REFERRED_FOR_CHARGES):
        _exit_record(session, case, before, after, request, actor, now)
    case.state, case.state_since = after.value, now
    return made


def _start_intake_clock(session: Session, case: Case, profile: Profile, before: CaseState,
                        request: TransitionRequest, today: date) -> None:
    if before is S.COMPLIANCE_REVIEW:
        case.intake_due = date.fromisoformat(request.details["new_due_date"])
        return
    days = timedelta(days=profile.intake_deadline_days)
    if before is S.WAITLISTED and profile.intake_clock_starts_on_release:
        case.intake_due = today + days
    elif profile.deadline_from == "da_approval" and before is S.ELIGIBILITY_REVIEW:
        case.intake_due = today + days
    else:
        referral = session.get(Referral, case.referral_id)
        case.intake_due = profile.local_date(referral.referred_at) + days


def _summons(session: Session, case: Case, profile: Profile, actor: Actor, now: datetime) -> str:
    referral = session.get(Referral, case.referral_id)
    summons = Summons(case_id=case.id, decision_by=actor.user_id, decided_at=now,
                      document_kind=_SUMMONS_KIND[profile.summons_document],
                      offenses=list(referral.offenses), tracking_number=tracking_number(now.date()),
                      status="drafted",
                      status_history=[{"status": "drafted", "at": now.isoformat(),
                                       "by": actor.user_id}],
                      created_at=now, created_by=actor.user_id)
    session.add(summons)
    session.flush()
    return summons.id


def _exit_record(session: Session, case: Case, before: CaseState, after: CaseState,
                 request: TransitionRequest, actor: Actor, now: datetime) -> None:
    """One exit record per closing; filing charges after a disqualification or removal
    updates that record's charges outcome instead."""
    charges = {S.COMPLETED: "held_permanently", S.REFERRED_FOR_CHARGES: "referred_for_charges"}
    if after is S.REFERRED_FOR_CHARGES and before in (S.DISQUALIFIED, S.REMOVED):
        existing = session.scalar(select(ExitRecord).where(
            ExitRecord.case_id == case.id, ExitRecord.voided_at.is_(None))
            .order_by(ExitRecord.created_at.desc()))
        if existing is not None:
            existing.charges_outcome = charges[after]
            return
    exit_type = request.details.get("exit_type") or _EXIT_TYPE_FOR.get(after, "disqualified")
    session.add(ExitRecord(case_id=case.id, exit_date=request.today, exit_type=exit_type,
                           reason=request.reason_text or None, approved_by=actor.user_id,
                           charges_outcome=charges.get(after, "n_a"),
                           created_by=actor.user_id, created_at=now))
