"""Caseloads: how many open cases a case manager carries (workflow.md §5 caseload_max),
checked at the hand-off."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import Case
from lead_desktop.services.program.vocabulary import OPEN_STATES


def open_cases_of(session: Session, case_manager_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(
        Case.case_manager_id == case_manager_id, Case.voided_at.is_(None),
        Case.state.in_([s.value for s in OPEN_STATES]))) or 0

