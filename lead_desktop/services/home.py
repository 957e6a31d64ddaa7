"""Each role's first page: a few counts a person takes in at a glance, each with the list
behind it. The case manager's day (appointments today and this week, deadlines, unsigned
notes), the supervisor's team (caseloads against the target, capacity, overdue work), the
clerk's print queue and the prosecutor's reviews. Read-only; the view is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.models import Appointment, Case, CaseNote, Person
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.caseload import open_cases_of
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.cases.work_queue import WorkQueue
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState
from lead_desktop.services.urgency import (
    SOON_DAYS,
    Urgency,
    of_draft_note,
    of_due,
    of_state,
)

S = CaseState


@dataclass(frozen=True)
class HomeRow:
    """One line of the list behind a count."""

    person: str
    when: date | datetime | None
    what: str                  # a code (state, appointment kind, status) or a message
    person_id: str | None = None
    urgency: Urgency | None = None  # its chip: overdue, due soon, on hold (services/urgency.py)


@dataclass(frozen=True)
class Tile:
    key: str                   # which count: the UI names it
    rows: tuple[HomeRow, ...]
    target: int | None = None  # caseloads: the program's target; capacity: its places
    value: int | None = None   # a count that is not the length of the list (capacity)

    @property
    def count(self) -> int:
        return len(self.rows) if self.value is None else self.value


def _name(last: str, first: str) -> str:
    return f"{last}, {first}" if first else last


class HomeService:
    def __init__(self, db: Database, profile: Profile, work_queue: WorkQueue,
                 summonses: SummonsService | None = None,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profile, self.queue, self.summonses, self.now = (
            db, profile, work_queue, summonses, now)

    def today(self) -> date:
        return self.now().astimezone(ZoneInfo(self.profile.time_zone)).date()

    def tiles(self, actor: Actor) -> list[Tile]:
        require_session(self.db, actor)
        role = actor.role
        if role is Role.CASE_MANAGER:
            tiles = self._case_manager(actor)
        elif role is Role.SUPERVISOR:
            tiles = self._supervisor(actor)
        elif role is Role.CLERK:
            tiles = self._clerk(actor)
        elif role is Role.PROSECUTOR_REVIEWER:
            tiles = self._prosecutor(actor)
        else:
            tiles = []
        with self.db.write() as session:
            audit.record(session, actor, "home.view",
                         details={t.key: t.count for t in tiles})
        return tiles

    # --- the case manager's day ---

    def _case_manager(self, actor: Actor) -> list[Tile]:
        today = self.today()
        zone = ZoneInfo(self.profile.time_zone)
        start = datetime.combine(today, datetime.min.time(), tzinfo=zone)
        with self.db.read() as session:
            mine = (Case.case_manager_id == actor.user_id, Case.voided_at.is_(None))
            visits = session.execute(
                select(Appointment.scheduled_at, Appointment.kind, Person.last_name,
                       Person.first_name, Person.id)
                .join(Case, Case.id == Appointment.case_id)
                .join(Person, Person.id == Case.person_id)
                .where(*mine, Appointment.scheduled_at >= start,
                       Appointment.scheduled_at < start + timedelta(days=7))
                .order_by(Appointment.scheduled_at)).all()
            due = session.execute(
                select(Case.state, Case.intake_due, Case.completion_due, Person.last_name,
                       Person.first_name, Person.id)
                .join(Person, Person.id == Case.person_id)
                .where(*mine, Case.state.in_([s.value for s in OPEN_STATES]))).all()
            drafts = session.execute(
                select(CaseNote.contact_at, Person.last_name, Person.first_name, Person.id,
                       CaseNote.created_at)
                .join(Case, Case.id == CaseNote.case_id)
                .join(Person, Person.id == Case.person_id)
                .where(CaseNote.author_id == actor.user_id, CaseNote.signed_at.is_(None),
                       CaseNote.voided_at.is_(None))  # a voided draft is no longer work
                .order_by(CaseNote.contact_at)).all()
        week = [HomeRow(_name(last, first), at, kind, pid)
                for at, kind, last, first, pid in visits]
        day_end = start + timedelta(days=1)
        todays = [r for r in week if r.when < day_end]
        deadlines = []
        for state, intake_due, completion_due, last, first, pid in due:
            when = intake_due if state == S.INTAKE_PENDING.value else (
                completion_due if state in (S.ACTIVE.value, S.COMPLIANCE_REVIEW.value)
                else None)
            if when is not None and (when - today).days <= SOON_DAYS:
                kind = "intake_due" if state == S.INTAKE_PENDING.value else "completion_due"
                deadlines.append(HomeRow(_name(last, first), when, kind, pid,
                                         of_due(when, today)))
        deadlines.sort(key=lambda r: r.when)
        now = self.now()
        unsigned = [HomeRow(_name(last, first), at, "unsigned_note", pid,
                            of_draft_note(created, now))
                    for at, last, first, pid, created in drafts]
        return [Tile("appointments_today", tuple(todays)),
                Tile("appointments_week", tuple(week)),
                Tile("deadlines", tuple(deadlines)),
                Tile("unsigned_notes", tuple(unsigned))]

    # --- the supervisor's team ---

    def _supervisor(self, actor: Actor) -> list[Tile]:
        today = self.today()
        managers = self.queue.case_managers(actor)
        with self.db.read() as session:
            counts = [(name, open_cases_of(session, user_id)) for user_id, name in managers]
            open_cases = session.scalars(select(Case.state).where(
                Case.voided_at.is_(None),
                Case.state.in_([s.value for s in OPEN_STATES]))).all()
            waiting = session.execute(
                select(Case.state_since, Person.last_name, Person.first_name, Person.id)
                .join(Person, Person.id == Case.person_id)
                .where(Case.voided_at.is_(None), Case.state == S.WAITLISTED.value)
                .order_by(Case.state_since)).all()
        # overdue as the queue's chips say (a referral made yesterday is not overdue)
        overdue = tuple(HomeRow(i.person or "", i.due, i.kind, i.person_id, i.urgency)
                        for i in self.queue.for_user(actor, today)
                        if i.urgency is Urgency.OVERDUE)
        in_program = sum(1 for s in open_cases if s != S.WAITLISTED.value)
        target = self.profile.caseload_target
        over = sum(1 for _, n in counts if n > target)
        loads = [HomeRow(name, None, f"{n} / {target}") for name, n in counts]
        waitlist = tuple(HomeRow(_name(last, first), since, "waitlisted", pid,
                                 of_state(S.WAITLISTED))
                         for since, last, first, pid in waiting)
        return [Tile("caseloads_over_target", tuple(loads), value=over),
                Tile("in_program", tuple(loads), self.profile.capacity_concurrent,
                     value=in_program),
                Tile("waitlisted", waitlist),
                Tile("overdue", overdue)]

    # --- the clerk and the prosecutor ---

    def _clerk(self, actor: Actor) -> list[Tile]:
        rows = self.summonses.queue(actor) if self.summonses else []
        by = {status: tuple(HomeRow(r.person, r.decided_at, status) for r in rows
                            if r.status == status)
              for status in ("drafted", "printed", "filed", "issued")}
        return [Tile("summons_to_print", by["drafted"]),
                Tile("summons_to_file", by["printed"]),
                Tile("summons_to_issue", by["filed"]),
                Tile("summons_to_serve", by["issued"])]

    def _prosecutor(self, actor: Actor) -> list[Tile]:
        items = self.queue.for_user(actor, self.today())
        reviews = tuple(HomeRow(i.person or "", i.due, i.kind, i.person_id, i.urgency)
                        for i in items if i.form == "eligibility")
        decisions = tuple(HomeRow(i.person or "", i.due, i.kind, i.person_id, i.urgency)
                          for i in items if i.form == "compliance_review")
        return [Tile("eligibility_reviews", reviews), Tile("compliance_decisions", decisions)]
