"""Monthly outcome snapshots and justice events: the data funders and evaluators need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, JusticeEvent, OutcomeSnapshot
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input

HOUSING = ("unsheltered", "emergency_shelter", "temporary", "permanent", "institution", "unknown")
EMPLOYMENT = ("none", "job_search_training", "informal_or_part_time", "full_time", "unknown")
INCOME = ("none", "wages", "SSI_SSDI", "SNAP", "TANF_cash", "Medicaid", "other", "unknown")
EVENT_TYPES = ("arrest", "citation", "booking", "charge_filed", "disposition", "jail_release",
               "warrant", "prison_admission")
LEVELS = ("felony", "misdemeanor", "violation")


@dataclass(frozen=True)
class JusticeEventInput:
    person_id: str
    event_type: str
    event_date: date
    case_id: str | None = None
    release_date: date | None = None
    level: str | None = None
    offense_code: str | None = None
    jurisdiction: str | None = None
    source: str | None = None
    relates_to_diverted_incident: bool = False


class OutcomeService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def record_snapshot(self, actor: Actor, case_id: str, month: date, housing: str,
                        employment: str, income_benefits: tuple[str, ...], source: str = "",
                        ) -> str:
        """One snapshot per case per month; a second for the same month is refused."""
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.WRITE, record_type="case",
                record_id=case_id)
        p = records.Problems()
        text_input.check(p, "source", source)
        if month.day != 1:
            month = month.replace(day=1)
        if month > self.now().date():
            p.add("month", "cannot be in the future")
        if housing not in HOUSING:
            p.add("housing", f"one of {', '.join(HOUSING)}")
        if employment not in EMPLOYMENT:
            p.add("employment", f"one of {', '.join(EMPLOYMENT)}")
        if not income_benefits or set(income_benefits) - set(INCOME):
            p.add("income_benefits", f"one or more of {', '.join(INCOME)}")
        p.raise_if_any()
        with self.db.write() as session:
            if session.get(Case, case_id) is None:
                raise InvalidInput("No such case.")
            existing = session.scalar(select(OutcomeSnapshot.id).where(
                OutcomeSnapshot.case_id == case_id, OutcomeSnapshot.month == month,
                OutcomeSnapshot.voided_at.is_(None)))
            if existing:
                raise InvalidInput(f"The snapshot for {month:%B %Y} is already recorded.")
            snapshot = records.created(OutcomeSnapshot(
                case_id=case_id, month=month, housing=housing, employment=employment,
                income_benefits=list(income_benefits), source=source or None), actor, self.now())
            session.add(snapshot)
            session.flush()
            audit.record(session, actor, "snapshot.create", record_type="outcome_snapshot",
                         record_id=snapshot.id)
            return snapshot.id

    def record_justice_event(self, actor: Actor, data: JusticeEventInput) -> str:
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.WRITE, record_type="justice_event")
        p = records.Problems()
        text_input.check_all(p, data)
        if data.event_type not in EVENT_TYPES:
            p.add("event_type", f"one of {', '.join(EVENT_TYPES)}")
        if data.event_date > self.now().date():
            p.add("event_date", "cannot be in the future")
        if data.release_date and data.release_date < data.event_date:
            p.add("release_date", "before the event")
        if data.level is not None and data.level not in LEVELS:
            p.add("level", f"one of {', '.join(LEVELS)}")
        p.raise_if_any()
        with self.db.write() as session:
            event = records.created(JusticeEvent(**vars(data)), actor, self.now())
            session.add(event)
            session.flush()
            audit.record(session, actor, "justice_event.create", record_type="justice_event",
                         record_id=event.id)
            return event.id
