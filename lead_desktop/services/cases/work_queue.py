"""The daily work queue (workflow.md §7): what needs doing today, most urgent first, for
the signed-in role. Computed from the data for a user and a date; nothing is stored.

Split by job: queue_item.py (a row and its wording), queue_facts.py (the facts read for
the cases in scope), queue_case_work.py (case managers' rules), queue_oversight.py
(supervisors, the prosecutor's reviewer, officers). Callers import from here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.models import Case, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services import urgency
from lead_desktop.services.cases.queue_case_work import CaseWork
from lead_desktop.services.cases.queue_item import QueueItem
from lead_desktop.services.cases.queue_oversight import Oversight
from lead_desktop.services.program.holidays import days_off
from lead_desktop.services.program.profile import Profile

__all__ = ["QueueItem", "WorkQueue"]


class WorkQueue(CaseWork, Oversight):
    def __init__(self, db: Database, profiles: dict[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profiles, self.now = db, profiles, now
        self._days_off: frozenset[date] = frozenset()
        self._current: Profile | None = None

    def for_user(self, actor: Actor, today: date | None = None,
                 case_manager_id: str | None = None) -> list[QueueItem]:
        """The queue of this user; a supervisor may narrow it to one case manager's cases
        (the whole team's queue of a county program is long)."""
        require_session(self.db, actor)
        # The version in force, read before the queue's own read transaction (no second
        # connection is opened inside it: see ProfileStore).
        self._current = self._in_force()
        today = today or self._local_today()
        # Read in a read transaction, so other workstations' saves are not held up by our
        # write lock while a long queue is computed; the view is audited just after, in a
        # short write of its own, and nothing is shown unless that audit is committed.
        with self.db.read() as session:
            # The holiday calendar, for business days (the same for every caller: a second
            # thread setting it at once sets the same days).
            self._days_off = days_off(session)
            if actor.role is Role.SUPERVISOR and case_manager_id:
                items = self._case_work(session, today,
                                        Case.case_manager_id == case_manager_id, actor)
            else:
                items = self._items(session, actor, today)
        with self.db.write() as session:
            audit.record(session, actor, "work_queue.view",
                         details={"items": len(items), "case_manager": case_manager_id})
        items = [replace(i, urgency=urgency.of_work_item(i.kind, i.due, today)) for i in items]
        return sorted(items, key=lambda i: (i.priority, i.due or date.max, i.person or ""))

    def case_managers(self, actor: Actor) -> list[tuple[str, str]]:
        """(user id, name) of the active case managers of the supervisor's team (all of
        them when the supervisor has no team), for the supervisor's choice."""
        require_session(self.db, actor)
        with self.db.read() as session:
            team = self._team_of(session, actor)
            query = select(User.id, User.display_name).where(
                User.role == Role.CASE_MANAGER.value, User.disabled_at.is_(None))
            if team is not None:
                query = query.where(User.team == team)
            return [(user_id, name) for user_id, name in session.execute(
                query.order_by(User.display_name))]

    @staticmethod
    def _team_of(session: Session, actor: Actor) -> str | None:
        return session.scalar(select(User.team).where(User.id == actor.user_id)) \
            if actor.user_id else None

    @staticmethod
    def _team_scope(team: str | None):
        """The cases a supervisor oversees: those of the team's case managers, or all."""
        if team is None:
            return True
        return Case.case_manager_id.in_(select(User.id).where(User.team == team))

    def _in_force(self) -> Profile | None:
        """The version new referrals follow (a `ProfileStore` knows; a plain mapping not)."""
        current = getattr(self.profiles, "current", None)
        return current() if current else None

    def _local_today(self) -> date:
        """Today where the program is (every profile of one database shares a zone; if
        they differ, the one in force, else the first one's)."""
        first = self._current or next(iter(self.profiles.values()), None)
        return first.local_date(self.now()) if first else self.now().date()

    def _items(self, session: Session, actor: Actor, today: date) -> list[QueueItem]:
        role = actor.role
        if role is Role.CASE_MANAGER:
            return self._case_work(session, today, Case.case_manager_id == actor.user_id, actor)
        if role is Role.SUPERVISOR:
            team = self._team_of(session, actor)
            return (self._case_work(session, today, self._team_scope(team), actor)
                    + self._supervision(session, today, team))
        if role is Role.PROSECUTOR_REVIEWER:
            return self._prosecutor(session, today)
        if role is Role.OFFICER:
            return self._officer(session, actor)
        return []
