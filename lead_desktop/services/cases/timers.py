"""The timers of workflow.md §4 that move cases. They never close one: the rules refuse a
timer any terminal state, so at most they raise a compliance review for a person to decide.

Each open case is offered the timer steps of its state; the workflow rules decide which
(if any) apply, so the conditions live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lead_desktop.models import Case
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import (
    TRIGGER_INTAKE_DEADLINE,
    TRIGGER_MISSED_APPOINTMENTS,
    TRIGGER_NOT_COMPLETED,
    TransitionRefused,
)

S = CaseState
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


def run_timers(cases: CaseService) -> list[TimerMove]:
    """Apply every timer step due today, one unit of work per case."""
    with cases.db.read() as session:
        ids = session.scalars(select(Case.id).where(
            Case.voided_at.is_(None), Case.state.in_([s.value for s in TIMER_STEPS]))).all()
    moves = []
    for case_id in ids:
        with cases.db.write() as session:
            case = session.get(Case, case_id)
            before = CaseState(case.state)
            for to, trigger, code in TIMER_STEPS.get(before, []):
                try:
                    cases.apply_timer(session, case, to, trigger, code)
                except TransitionRefused:
                    continue
                moves.append(TimerMove(case_id, before, to, trigger))
                break
    return moves
