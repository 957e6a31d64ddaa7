"""The recorded rows the evaluation measures read (outcomes.md §1): the cohort of cases that
entered the program in the period, their monthly snapshots, their contacts and the justice
events of their people, each read with one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, CaseNote, JusticeEvent, OutcomeSnapshot

from .figures import ReportFilter
from .progress import Progress
from .rows import NOT_A_CONTACT

STEPS = 5  # the queries of load_cohort(), then the figures


@dataclass(frozen=True)
class Entrant:
    case_id: str
    person_id: str
    entered_on: date


@dataclass(frozen=True)
class SnapshotRow:
    case_id: str
    month: date
    housing: str
    employment: str
    income_benefits: tuple[str, ...]


@dataclass(frozen=True)
class ContactRow:
    case_id: str
    day: date
    minutes: int


@dataclass(frozen=True)
class EventRow:
    person_id: str
    event_type: str
    event_date: date
    release_date: date | None
    level: str | None
    diverted_incident: bool


@dataclass(frozen=True)
class Cohort:
    entrants: tuple[Entrant, ...]
    snapshots: tuple[SnapshotRow, ...]
    contacts: tuple[ContactRow, ...]
    events: tuple[EventRow, ...]


def load_cohort(session: Session, filters: ReportFilter,
                progress: Progress | None = None) -> Cohort:
    progress = progress or Progress()
    chosen = [Case.voided_at.is_(None), Case.entered_on.is_not(None),
              Case.entered_on >= filters.start, Case.entered_on <= filters.end]
    if filters.case_manager_id:
        chosen.append(Case.case_manager_id == filters.case_manager_id)
    if filters.referral_type:
        chosen.append(Case.referral_type == filters.referral_type)
    progress.step(0, STEPS, "people who entered")
    entrants = tuple(Entrant(r.id, r.person_id, r.entered_on) for r in session.execute(
        select(Case.id, Case.person_id, Case.entered_on).where(*chosen)))
    cases = select(Case.id).where(*chosen)
    people = select(Case.person_id).where(*chosen)
    progress.step(1, STEPS, "monthly snapshots")
    snapshots = tuple(
        SnapshotRow(s.case_id, s.month, s.housing, s.employment, tuple(s.income_benefits or ()))
        for s in session.execute(select(
            OutcomeSnapshot.case_id, OutcomeSnapshot.month, OutcomeSnapshot.housing,
            OutcomeSnapshot.employment, OutcomeSnapshot.income_benefits).where(
            OutcomeSnapshot.case_id.in_(cases), OutcomeSnapshot.voided_at.is_(None))))
    progress.step(2, STEPS, "contacts")
    contacts = tuple(
        ContactRow(n.case_id, n.contact_at.date(), n.duration_min or 0)
        for n in session.execute(select(
            CaseNote.case_id, CaseNote.contact_at, CaseNote.duration_min).where(
            CaseNote.case_id.in_(cases), CaseNote.voided_at.is_(None),
            CaseNote.amends_id.is_(None), CaseNote.contact_type.not_in(NOT_A_CONTACT))))
    progress.step(3, STEPS, "justice events")
    events = tuple(
        EventRow(e.person_id, e.event_type, e.event_date, e.release_date, e.level,
                 bool(e.relates_to_diverted_incident))
        for e in session.execute(select(
            JusticeEvent.person_id, JusticeEvent.event_type, JusticeEvent.event_date,
            JusticeEvent.release_date, JusticeEvent.level,
            JusticeEvent.relates_to_diverted_incident).where(
            JusticeEvent.person_id.in_(people), JusticeEvent.voided_at.is_(None))))
    return Cohort(entrants, snapshots, contacts, events)
