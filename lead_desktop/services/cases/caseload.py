"""Caseloads: how many open cases each case manager carries (workflow.md §5 caseload_target
and caseload_max), for the hand-off and a supervisor's assignment."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, User
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import OPEN_STATES


@dataclass(frozen=True)
class CaseManagerLoad:
    user_id: str
    name: str
    open_cases: int


def open_cases_of(session: Session, case_manager_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(
        Case.case_manager_id == case_manager_id, Case.voided_at.is_(None),
        Case.state.in_([s.value for s in OPEN_STATES]))) or 0


def case_managers(session: Session) -> list[CaseManagerLoad]:
    users = session.execute(select(User.id, User.display_name).where(
        User.role == Role.CASE_MANAGER.value, User.disabled_at.is_(None))
        .order_by(User.display_name)).all()
    return [CaseManagerLoad(user_id, name, open_cases_of(session, user_id))
            for user_id, name in users]
