"""Monthly outcome snapshots, justice events and the look-ups in court and jail records
(6 and 18 months, 2 years after entry): the data funders and evaluators need. Written and
read back here; every read of a person's events is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, JusticeEvent, JusticeLookup, OutcomeSnapshot
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.code_lists import codes_in_use

HOUSING = ("unsheltered", "emergency_shelter", "temporary", "permanent", "institution", "unknown")
EMPLOYMENT = ("none", "job_search_training", "informal_or_part_time", "full_time", "unknown")
INCOME = ("none", "wages", "SSI_SSDI", "SNAP", "TANF_cash", "Medicaid", "other", "unknown")
EVENT_TYPES = ("arrest", "citation", "booking", "charge_filed", "disposition", "jail_release",
               "warrant", "prison_admission")
LEVELS = ("felony", "misdemeanor", "violation")
WINDOWS = ("6_months", "18_months", "2_years")


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


@dataclass(frozen=True)
class JusticeEventView:
    id: str
    event_type: str
    event_date: date
    release_date: date | None
    level: str
    offense_code: str
    jurisdiction: str
    source: str
    relates_to_diverted_incident: bool

    @property
    def jail_days(self) -> int | None:
        """Days held, counting the first and the last (a booking released the same day
        is one jail day)."""
        if self.event_type not in ("booking", "jail_release") or self.release_date is None:
            return None
        return (self.release_date - self.event_date).days + 1


@dataclass(frozen=True)
class LookupInput:
    person_id: str
    window: str
    looked_on: date
    sources: str
    nothing_found: bool
    case_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class LookupView:
    id: str
    window: str
    looked_on: date
    sources: str
    nothing_found: bool
    note: str


@dataclass(frozen=True)
class SnapshotView:
    month: date
    housing: str
    employment: str
    income_benefits: tuple[str, ...]


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
        with self.db.read() as session:  # the administrator's lists, as of the month
            housings = codes_in_use(session, "housing", month)
            employments = codes_in_use(session, "employment", month)
        if housing not in housings:
            p.add("housing", f"one of {', '.join(sorted(housings))}")
        if employment not in employments:
            p.add("employment", f"one of {', '.join(sorted(employments))}")
        if not income_benefits or set(income_benefits) - set(INCOME):
            p.add("income_benefits", f"one or more of {', '.join(INCOME)}")
        p.raise_if_any()
        with self.db.write() as session:
            if session.get(Case, case_id) is None:
                raise records.not_found("case")
            existing = session.scalar(select(OutcomeSnapshot.id).where(
                OutcomeSnapshot.case_id == case_id, OutcomeSnapshot.month == month,
                OutcomeSnapshot.voided_at.is_(None)))
            if existing:
                raise InvalidInput(message("Outcomes", QT_TRANSLATE_NOOP(
                    "Outcomes", "The snapshot for {month} is already recorded."),
                    month=f"{month:%Y-%m}"))
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

    def record_lookup(self, actor: Actor, data: LookupInput) -> str:
        """A look in the records for one window, kept even when nothing was found."""
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.WRITE, record_type="justice_lookup")
        p = records.Problems()
        if data.window not in WINDOWS:
            p.add("window", f"one of {', '.join(WINDOWS)}")
        if data.looked_on > self.now().date():
            p.add("looked_on", "cannot be in the future")
        if not data.sources.strip():
            p.add("sources", "say where you looked (court, jail, state records)")
        p.raise_if_any()
        with self.db.write() as session:
            lookup = records.created(JusticeLookup(
                person_id=data.person_id, case_id=data.case_id, window=data.window,
                looked_on=data.looked_on, sources=data.sources.strip(),
                nothing_found=data.nothing_found, note=data.note.strip() or None),
                actor, self.now())
            session.add(lookup)
            session.flush()
            audit.record(session, actor, "justice_lookup.create", record_type="justice_lookup",
                         record_id=lookup.id, details={"nothing_found": data.nothing_found})
            return lookup.id

    def justice_events(self, actor: Actor, person_id: str) -> list[JusticeEventView]:
        """A person's justice events, oldest first (audited)."""
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.READ, record_type="person",
                record_id=person_id)
        with self.db.write() as session:
            rows = session.scalars(select(JusticeEvent).where(
                JusticeEvent.person_id == person_id, JusticeEvent.voided_at.is_(None))
                .order_by(JusticeEvent.event_date, JusticeEvent.created_at)).all()
            audit.record(session, actor, "justice_event.list", record_type="person",
                         record_id=person_id)
            return [JusticeEventView(e.id, e.event_type, e.event_date, e.release_date,
                                     e.level or "", e.offense_code or "", e.jurisdiction or "",
                                     e.source or "", e.relates_to_diverted_incident)
                    for e in rows]

    def lookups(self, actor: Actor, person_id: str) -> list[LookupView]:
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.READ, record_type="person",
                record_id=person_id)
        with self.db.write() as session:
            rows = session.scalars(select(JusticeLookup).where(
                JusticeLookup.person_id == person_id, JusticeLookup.voided_at.is_(None))
                .order_by(JusticeLookup.looked_on)).all()
            audit.record(session, actor, "justice_lookup.list", record_type="person",
                         record_id=person_id)
            return [LookupView(x.id, x.window, x.looked_on, x.sources, x.nothing_found,
                               x.note or "") for x in rows]

    def snapshots(self, actor: Actor, case_id: str) -> list[SnapshotView]:
        require(self.db, actor, Data.SNAPSHOTS_EVENTS, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            rows = session.scalars(select(OutcomeSnapshot).where(
                OutcomeSnapshot.case_id == case_id, OutcomeSnapshot.voided_at.is_(None))
                .order_by(OutcomeSnapshot.month)).all()
            audit.record(session, actor, "snapshot.list", record_type="case", record_id=case_id)
            return [SnapshotView(r.month, r.housing, r.employment, tuple(r.income_benefits))
                    for r in rows]
