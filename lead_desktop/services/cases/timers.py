"""The timers of workflow.md §4 that move cases. They never close one: the rules refuse a
timer any terminal state, so at most they raise a compliance review for a person to decide.

Each open case is offered the timer steps of its state; the workflow rules decide which
(if any) apply, so the conditions live in one place.

`run_timers_leased` is what the app (every few minutes) and `lead-admin run-timers` (a
scheduled task) call: it runs only while holding the timer lease (timer_lease.py), so two
desks never apply the same timer. Every move is recorded and audited as the timer's act
(`case_service.SYSTEM_TIMER`), with the workstation that ran it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from lead_desktop.models import Appointment, Case, CaseNote
from lead_desktop.security import audit
from lead_desktop.security.actor import workstation_name
from lead_desktop.services.cases import facts, timer_lease
from lead_desktop.services.cases.case_service import SYSTEM_TIMER, CaseService
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import (
    TRIGGER_INTAKE_DEADLINE,
    TRIGGER_MISSED_APPOINTMENTS,
    TRIGGER_NOT_COMPLETED,
    TransitionRefused,
)

S = CaseState
log = logging.getLogger(__name__)
# state -> the timer steps to try, in order: (target, trigger, reason code)
TIMER_STEPS: dict[CaseState, list[tuple[CaseState, str, str | None]]] = {
    S.INTAKE_PENDING: [(S.COMPLIANCE_REVIEW, TRIGGER_INTAKE_DEADLINE, TRIGGER_INTAKE_DEADLINE)],
    S.ELIGIBILITY_REVIEW: [(S.WAITLISTED, "capacity_full", None)],
    S.ACTIVE: [(S.COMPLIANCE_REVIEW, "missed_appointments", TRIGGER_MISSED_APPOINTMENTS),
               (S.COMPLIANCE_REVIEW, "completion_deadline", TRIGGER_NOT_COMPLETED),
               (S.LOST_CONTACT, "no_contact", None)],
    S.LOST_CONTACT: [(S.ACTIVE, "contact_regained", None),
                     (S.COMPLIANCE_REVIEW, "missed_appointments", TRIGGER_MISSED_APPOINTMENTS),
                     (S.COMPLIANCE_REVIEW, "completion_deadline", TRIGGER_NOT_COMPLETED)],
}


@dataclass(frozen=True)
class TimerMove:
    case_id: str
    from_state: CaseState
    to_state: CaseState
    trigger: str


def candidates(session: Session, profiles: dict[str, Profile], now: datetime):
    """The open cases a timer step could apply to now, chosen set-based in one query. It
    may choose too many, never too few (each one is then decided by the workflow rules),
    so a county-size database is not read case by case every few minutes."""
    horizon = now.date() + timedelta(days=1)  # a program's local date is within a day of UTC
    quiet_days = min((p.lost_contact_days for p in profiles.values()), default=0) - 2
    with_capacity = [p.id for p in profiles.values() if p.capacity_concurrent is not None]
    compliance = [p for p in profiles.values() if p.compliance_based]
    limit = min((p.missed_appointment_limit for p in compliance
                 if p.missed_appointment_limit is not None), default=None)
    contact = select(CaseNote.case_id, func.max(CaseNote.contact_at).label("at")).where(
        CaseNote.voided_at.is_(None), CaseNote.contact_type.not_in(facts.NOT_A_CONTACT)
    ).group_by(CaseNote.case_id).subquery()
    too_many_misses = select(Appointment.case_id).where(
        Appointment.voided_at.is_(None), Appointment.attendance == "missed").group_by(
        Appointment.case_id).having(func.count() >= (limit or 0))
    # sanctions (missed appointments, the completion deadline) only in compliance programs
    sanction = and_(Case.profile_id.in_({p.id for p in compliance}), or_(
        Case.completion_due < horizon,
        Case.id.in_(too_many_misses) if limit is not None else false()))
    return select(Case.id).outerjoin(contact, contact.c.case_id == Case.id).where(
        Case.voided_at.is_(None), or_(
            and_(Case.state == S.INTAKE_PENDING.value, Case.intake_due < horizon),
            and_(Case.state == S.ELIGIBILITY_REVIEW.value, Case.profile_id.in_(with_capacity)),
            and_(Case.state == S.LOST_CONTACT.value, or_(
                sanction, contact.c.at > Case.state_since)),
            and_(Case.state == S.ACTIVE.value, or_(
                sanction, func.coalesce(contact.c.at, Case.created_at)
                <= now - timedelta(days=max(0, quiet_days)))))).order_by(Case.created_at)


def run_timers(cases: CaseService) -> list[TimerMove]:
    """Apply every timer step due today, one unit of work per case."""
    with cases.db.read() as session:
        ids = session.scalars(candidates(session, cases.profiles, cases.now())).all()
    moves = []
    for case_id in ids:
        with cases.db.write() as session:
            case = session.get(Case, case_id)
            before = CaseState(case.state)
            if f"{case.profile_id}@{case.profile_version}" not in cases.profiles:
                log.warning("case %s: its profile is not installed; timers skip it", case_id)
                continue  # one such case must not stop the timers of every other
            for to, trigger, code in TIMER_STEPS.get(before, []):
                try:
                    cases.apply_timer(session, case, to, trigger, code)
                except TransitionRefused:
                    continue
                moves.append(TimerMove(case_id, before, to, trigger))
                break
    return moves


@dataclass(frozen=True)
class TimerRun:
    ran: bool                 # False: another workstation holds the lease
    holder: str
    at: datetime
    moves: list[TimerMove] = field(default_factory=list)


def default_holder() -> str:
    import os

    return f"{workstation_name()}:{os.getpid()}"


def run_timers_leased(cases: CaseService, holder: str | None = None) -> TimerRun:
    """Run the timers if this workstation can take the lease; release it when done."""
    holder = holder or default_holder()
    now = cases.now()
    answer = timer_lease.take(cases.db, holder, now)
    if not answer.taken:
        return TimerRun(False, answer.holder, now)
    try:
        moves = run_timers(cases)
        if moves:  # a quiet run leaves no entry: the app runs every few minutes
            with cases.db.write() as session:
                audit.record(session, SYSTEM_TIMER, "timers.run", record_type="timers",
                             details={"holder": holder, "moves": len(moves)})
    finally:
        timer_lease.release(cases.db, holder, cases.now())
    return TimerRun(True, holder, now, moves)
