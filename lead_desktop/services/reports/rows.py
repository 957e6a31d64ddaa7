"""The recorded rows a report reads, loaded once in one read transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from operator import itemgetter

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from lead_desktop.models import (
    Appointment,
    Case,
    CaseNote,
    CaseTransition,
    Referral,
    Summons,
    User,
)
from lead_desktop.services.program.vocabulary import CaseState

from .figures import ReportFilter
from .progress import Progress


# A note of an attempt that reached nobody, or of a talk with others about the person,
# is not a contact with the person (caseload report: "cases without contact").
NOT_A_CONTACT = ("attempt_no_contact", "collateral")
S = CaseState
# The states a report counts a case in while it stays there (caseload, active at the end).
COUNTED_WHILE_OPEN = (S.INTAKE_PENDING.value, S.ACTIVE.value, S.LOST_CONTACT.value,
                      S.COMPLIANCE_REVIEW.value)
_first = itemgetter(0)
STEPS = 6  # the queries of load(), then the figures


@dataclass(frozen=True)
class Move:
    at: datetime
    from_state: str | None
    to_state: str
    reason_code: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: str
    referral_type: str
    case_manager_id: str | None
    # The referral: None for a settled case (referred before the period, not read)
    referred_at: datetime | None
    handoff_at: datetime | None
    agency: str | None
    officer: str | None
    area: str | None
    in_catchment: bool | None
    person_agreed: bool | None
    entered_on: date | None
    intake_on_time: bool | None
    moves: tuple[Move, ...]       # in order
    last_contact: date | None = None  # the last day the person was met, by the period end
    contacts_in_period: int = 0
    # A case that has not moved since before the period: its state and since when, its
    # moves not read (none falls in the period).
    settled: tuple[str, datetime] | None = None
    person_id: str | None = None

    def state_on(self, day: date) -> str | None:
        """The state the case was in at the end of `day` (None: not referred yet)."""
        if self.settled is not None:
            return self.settled[0] if day >= self.settled[1].date() else None
        state = None
        for move in self.moves:
            if move.at.date() > day:
                break
            state = move.to_state
        return state


@dataclass(frozen=True)
class AppointmentRow:
    case_id: str
    day: date
    attendance: str | None


@dataclass(frozen=True)
class SummonsRow:
    case_id: str
    decided_on: date
    status: str


@dataclass(frozen=True)
class Loaded:
    cases: tuple[CaseRow, ...]
    appointments: tuple[AppointmentRow, ...]
    case_managers: dict[str, str]  # user id -> display name
    summonses: tuple[SummonsRow, ...] = ()


def load(session: Session, filters: ReportFilter, progress: Progress | None = None, *,
         detail: bool = True, appointments: bool | None = None) -> Loaded:
    """Every live case of the program referred by the end of the period and matching the
    case manager and referral type filters (a later case cannot count in the period); the
    period is applied per measure (referrals by date, exits by transition date). Columns,
    not ORM objects, the cases chosen by a subquery (never id lists sent in chunks), and
    only what can count in the period: a county holds 100,000 cases.

    `detail=False` (the grant report's totals): no appointments, no summonses, and of the
    contacts only the number in the period (no last contact, no hand-off read for it);
    `appointments` reads them all the same (a dashboard's attendance)."""
    progress = progress or Progress()
    after_end = datetime.combine(filters.end + timedelta(days=1), time.min, timezone.utc)
    start = datetime.combine(filters.start, time.min, timezone.utc)
    mine = [Case.voided_at.is_(None)]
    if filters.case_manager_id:
        mine.append(Case.case_manager_id == filters.case_manager_id)
    if filters.referral_type:
        mine.append(Case.referral_type == filters.referral_type)
    # A case that moved since the period began (state_since is the time of its last move)
    # is read with its referral and its history. One that has not is in the same state all
    # through the period: it counts only while open (caseload, active), its referral and
    # history are before the period and not read (a month: 600 cases move, 50,000 do not).
    moving = [*mine, Case.state_since >= start, Referral.referred_at < after_end]
    moved = select(Case.id).join(Referral, Referral.id == Case.referral_id).where(*moving)
    settled = [*mine, Case.state_since < start, Case.state.in_(COUNTED_WHILE_OPEN)]
    any_case = select(Case.id).where(*mine)
    progress.step(0, STEPS, "cases")
    found = session.execute(
        select(Case.id, Case.referral_type, Case.case_manager_id, Referral.referred_at,
               Referral.handoff_at, Referral.agency, Referral.officer_name,
               Referral.origin_area, Referral.in_catchment, Referral.person_agreed,
               Case.entered_on, Case.intake_on_time, Case.person_id)
        .join(Referral, Referral.id == Case.referral_id).where(*moving)).all()
    kept = session.execute(select(Case.id, Case.referral_type, Case.case_manager_id,
                                  Case.entered_on, Case.intake_on_time, Case.state,
                                  Case.state_since, Case.person_id).where(*settled)).all()
    progress.step(1, STEPS, "case histories")
    moves: dict[str, list[tuple[int, Move]]] = {row.id: [] for row in found}
    for t in session.execute(select(  # sorted here: cheaper than SQLite's temporary b-tree
            CaseTransition.case_id, CaseTransition.seq, CaseTransition.at,
            CaseTransition.from_state, CaseTransition.to_state, CaseTransition.reason_code)
            .where(CaseTransition.case_id.in_(moved))):
        moves[t.case_id].append((t.seq, Move(t.at, t.from_state, t.to_state, t.reason_code)))
    progress.step(2, STEPS, "appointments")
    wanted = detail if appointments is None else appointments
    appointments = () if not wanted else tuple(  # only attendance in the period is reported
        AppointmentRow(a.case_id, a.scheduled_at.date(), a.attendance)
        for a in session.execute(select(
            Appointment.case_id, Appointment.scheduled_at, Appointment.attendance).where(
            Appointment.case_id.in_(any_case), Appointment.voided_at.is_(None),
            Appointment.scheduled_at >= start, Appointment.scheduled_at < after_end)))
    progress.step(3, STEPS, "contacts")
    last_contact: dict[str, date] = {}
    in_period: dict[str, int] = {}
    for cases in (moved, select(Case.id).where(*settled)):
        if not detail:  # the contacts in the period only: a year's notes, not every note
            in_period.update(session.execute(select(CaseNote.case_id, func.count()).where(
                CaseNote.case_id.in_(cases), CaseNote.voided_at.is_(None),
                CaseNote.amends_id.concat("").is_(None),
                CaseNote.contact_type.not_in(NOT_A_CONTACT),
                CaseNote.contact_at >= start, CaseNote.contact_at < after_end)
                .group_by(CaseNote.case_id)).all())
            continue
        for case_id, last, count in session.execute(select(
                CaseNote.case_id, func.max(CaseNote.contact_at),
                func.sum(case((CaseNote.contact_at >= start, 1), else_=0)))
                .where(CaseNote.case_id.in_(cases), CaseNote.voided_at.is_(None),
                       # an amendment is not another contact; "|| ''" keeps SQLite off the
                       # amends_id index (it would walk every note, not the cases' notes)
                       CaseNote.amends_id.concat("").is_(None),
                       CaseNote.contact_type.not_in(NOT_A_CONTACT),
                       CaseNote.contact_at < after_end)
                .group_by(CaseNote.case_id)):
            last_contact[case_id], in_period[case_id] = last.date(), int(count or 0)
    progress.step(4, STEPS, "summonses")
    summonses = () if not detail else tuple(
        SummonsRow(sm.case_id, sm.decided_at.date(), sm.status)
        for sm in session.execute(select(Summons.case_id, Summons.decided_at, Summons.status)
                                  .where(Summons.case_id.in_(any_case),
                                         Summons.voided_at.is_(None),
                                         Summons.decided_at >= start,
                                         Summons.decided_at < after_end)))
    # The hand-off counts as the first contact: read for the settled cases never met since.
    handoffs: dict[str, datetime] = {}
    unmet = [r.id for r in kept if r.id not in last_contact] if detail else []
    for chunk in range(0, len(unmet), 500):
        handoffs.update(session.execute(
            select(Case.id, Referral.handoff_at).join(Referral, Referral.id == Case.referral_id)
            .where(Case.id.in_(unmet[chunk:chunk + 500]))).all())
    rows = tuple(CaseRow(r.id, r.referral_type, r.case_manager_id, r.referred_at, r.handoff_at,
                         r.agency, r.officer_name, r.origin_area, r.in_catchment,
                         r.person_agreed, r.entered_on, r.intake_on_time,
                         tuple(m for _, m in sorted(moves[r.id], key=_first)),
                         last_contact.get(r.id), in_period.get(r.id, 0),
                         person_id=r.person_id)
                 for r in found) + tuple(
        CaseRow(r.id, r.referral_type, r.case_manager_id, None, handoffs.get(r.id), None, None,
                None, None, None, r.entered_on, r.intake_on_time, (), last_contact.get(r.id),
                in_period.get(r.id, 0), (r.state, r.state_since), r.person_id)
        for r in kept)
    managers = {u.id: u.display_name for u in session.execute(  # a disabled account with
        select(User.id, User.display_name).where(                # cases still shows, below
            User.role == "case_manager", User.disabled_at.is_(None)))}
    for row in rows:  # a supervisor holding cases is on the caseload report too
        if row.case_manager_id and row.case_manager_id not in managers:
            user = session.get(User, row.case_manager_id)
            managers[row.case_manager_id] = user.display_name if user else row.case_manager_id
    if filters.case_manager_id:
        managers = {k: v for k, v in managers.items() if k == filters.case_manager_id}
    return Loaded(rows, appointments, managers, summonses)
