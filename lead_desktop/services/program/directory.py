"""The program's directory: courts, agencies and the 24-hour number, kept by an
administrator (Data.CONFIGURATION write) and read by anyone signed in, since a clerk or a
prosecutor picks a court and every printed document names them. Not personal data, so
reading is not audited; every change is.

Returns frozen dataclasses. `court_for_summons` and `agency_named` are what the documents
service uses inside its own unit of work.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.models import Agency, Court, ProgramSetting
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PHONE_24H = "phone_24h"
_SESSION = re.compile(r"^\s*([^\W\d_]{3})[^\W\d_]*\.?\s+(\d{1,2}):(\d{2})\s*$")
#: A day as an administrator may type it: English or Spanish, short or whole ("Thu",
#: "jueves"); stored in English (WEEKDAYS).
_DAYS = {name: number for number, names in enumerate((
    ("mon", "lun"), ("tue", "mar"), ("wed", "mié", "mie"), ("thu", "jue"), ("fri", "vie"),
    ("sat", "sáb", "sab"), ("sun", "dom"))) for name in names}


@dataclass(frozen=True)
class CourtSession:
    """One weekly court session: weekday (Monday 0) and time."""

    weekday: int
    time: str  # HH:MM

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.time}"


@dataclass(frozen=True)
class CourtView:
    id: str
    row_version: int
    name: str
    division: str
    address: str
    phone: str
    sessions: tuple[CourtSession, ...]
    active: bool

    @property
    def label(self) -> str:
        return f"{self.name} – {self.division}" if self.division else self.name

    def next_sessions(self, after: date, count: int = 5) -> list[tuple[date, str]]:
        """The next session dates (strictly after `after`), for picking an appearance."""
        found: list[tuple[date, str]] = []
        day = after
        while len(found) < count and self.sessions and day < after + timedelta(days=400):
            day += timedelta(days=1)
            found += [(day, s.time) for s in self.sessions if s.weekday == day.weekday()]
        return found[:count]


@dataclass(frozen=True)
class CourtInput:
    name: str
    address: str
    division: str = ""
    phone: str = ""
    sessions: str = ""  # "Mon 09:00; Thu 14:00"
    active: bool = True


@dataclass(frozen=True)
class AgencyView:
    id: str
    row_version: int
    name: str
    address: str
    phone: str
    badge_format: str
    active: bool

    def badge_ok(self, badge: str) -> bool:
        return not self.badge_format or re.fullmatch(self.badge_format, badge.strip()) is not None


@dataclass(frozen=True)
class AgencyInput:
    name: str
    address: str
    phone: str = ""
    badge_format: str = ""  # a regular expression, e.g. "\d{4}"
    active: bool = True


def parse_sessions(text: str) -> tuple[CourtSession, ...]:
    """'Mon 09:00; Thu 14:00' (commas or semicolons; days in English or Spanish, 'Lun 09:00')
    -> sessions; InvalidInput if unreadable."""
    sessions = []
    for part in (p for p in re.split(r"[;,\n]", text) if p.strip()):
        match = _SESSION.match(part)
        day = match and _DAYS.get(match.group(1).lower())
        if not match or day is None or int(match.group(2)) > 23 or int(match.group(3)) > 59:
            raise records.ValidationFailed({"sessions": f"“{part.strip()}” is not a day and "
                                                        "time like “Mon 09:00”"})
        sessions.append(CourtSession(day, f"{int(match.group(2)):02d}:{match.group(3)}"))
    return tuple(sorted(set(sessions), key=lambda s: (s.weekday, s.time)))


def format_sessions(sessions: tuple[CourtSession, ...]) -> str:
    return "; ".join(str(s) for s in sessions)


def _court_view(court: Court) -> CourtView:
    return CourtView(court.id, court.row_version, court.name, court.division or "",
                     court.address, court.phone or "",
                     tuple(CourtSession(s["weekday"], s["time"]) for s in court.sessions),
                     court.active)


def _agency_view(agency: Agency) -> AgencyView:
    return AgencyView(agency.id, agency.row_version, agency.name, agency.address,
                      agency.phone or "", agency.badge_format or "", agency.active)


def court_for_summons(session: Session, court_id: str | None) -> CourtView | None:
    court = session.get(Court, court_id) if court_id else None
    return _court_view(court) if court else None


def agency_named(session: Session, name: str) -> AgencyView | None:
    """The directory's agency a referral names (names compared without case or spaces)."""
    agency = session.scalar(select(Agency).where(
        func.lower(func.trim(Agency.name)) == name.strip().lower(), Agency.voided_at.is_(None)))
    return _agency_view(agency) if agency else None


def setting(session: Session, key: str) -> str:
    row = session.get(ProgramSetting, key)
    return row.value if row else ""


class DirectoryService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    # --- reading (anyone signed in) ---

    def courts(self, *, active_only: bool = False) -> list[CourtView]:
        with self.db.read() as session:
            query = select(Court).where(Court.voided_at.is_(None)).order_by(Court.name,
                                                                            Court.division)
            if active_only:
                query = query.where(Court.active.is_(True))
            return [_court_view(c) for c in session.scalars(query)]

    def court(self, court_id: str) -> CourtView:
        with self.db.read() as session:
            view = court_for_summons(session, court_id)
        if view is None:
            raise records.not_found("court")
        return view

    def agencies(self, *, active_only: bool = False) -> list[AgencyView]:
        with self.db.read() as session:
            query = select(Agency).where(Agency.voided_at.is_(None)).order_by(Agency.name)
            if active_only:
                query = query.where(Agency.active.is_(True))
            return [_agency_view(a) for a in session.scalars(query)]

    def agency(self, name: str) -> AgencyView | None:
        with self.db.read() as session:
            return agency_named(session, name)

    def phone_24h(self) -> str:
        with self.db.read() as session:
            return setting(session, PHONE_24H)

    # --- keeping it (administrators) ---

    def save_court(self, actor: Actor, data: CourtInput, court_id: str | None = None,
                   row_version: int | None = None) -> CourtView:
        """Add a court (no id) or change one (id and the row version it was read at)."""
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="court",
                record_id=court_id)
        p = records.Problems()
        if not data.name.strip():
            p.add("name", "required")
        if not data.address.strip():
            p.add("address", "required: it prints on every summons")
        try:
            sessions = parse_sessions(data.sessions)
        except records.ValidationFailed as exc:
            p.by_field.update(exc.problems)
            sessions = ()
        p.raise_if_any()
        values = dict(name=data.name.strip(), division=data.division.strip() or None,
                      address=data.address.strip(), phone=data.phone.strip() or None,
                      sessions=[{"weekday": s.weekday, "time": s.time} for s in sessions],
                      active=data.active)
        with self.db.write() as session:
            court = self._load(session, actor, Court, court_id, row_version, values, "court")
            for name, value in values.items():
                setattr(court, name, value)
            session.flush()
            audit.record(session, actor, "court.add" if court_id is None else "court.change",
                         record_type="court", record_id=court.id,
                         details={"name": court.name, "active": court.active})
            return _court_view(court)

    def save_agency(self, actor: Actor, data: AgencyInput, agency_id: str | None = None,
                    row_version: int | None = None) -> AgencyView:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="agency",
                record_id=agency_id)
        p = records.Problems()
        if not data.name.strip():
            p.add("name", "required")
        if not data.address.strip():
            p.add("address", "required: it prints on every summons")
        if data.badge_format.strip():
            try:
                with warnings.catch_warnings():  # "[[" is a nested set to come: refused, not
                    warnings.simplefilter("error", FutureWarning)  # a warning on the console
                    re.compile(data.badge_format.strip())
            except re.error as exc:
                p.add("badge_format", f"not a pattern ({exc.msg}); e.g. \\d{{4}} for 4 digits")
            except FutureWarning as exc:
                p.add("badge_format", f"not a pattern ({exc}; write \\[ for a bracket); e.g. "
                      "\\d{4} for 4 digits")
        p.raise_if_any()
        values = dict(name=data.name.strip(), address=data.address.strip(),
                      phone=data.phone.strip() or None,
                      badge_format=data.badge_format.strip() or None, active=data.active)
        with self.db.write() as session:
            same = agency_named(session, values["name"])
            if same is not None and same.id != agency_id:
                raise records.ValidationFailed({"name": "another agency has this name"})
            agency = self._load(session, actor, Agency, agency_id, row_version, values, "agency")
            for name, value in values.items():
                setattr(agency, name, value)
            session.flush()
            audit.record(session, actor, "agency.add" if agency_id is None else "agency.change",
                         record_type="agency", record_id=agency.id,
                         details={"name": agency.name, "active": agency.active})
            return _agency_view(agency)

    def set_phone_24h(self, actor: Actor, phone: str) -> None:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="setting",
                record_id=PHONE_24H)
        if phone.strip() and not re.fullmatch(r"[0-9 ()+\-.]{7,25}", phone.strip()):
            raise records.ValidationFailed({"phone_24h": "digits, spaces, ( ) + - only"})
        with self.db.write() as session:
            row = session.get(ProgramSetting, PHONE_24H) or ProgramSetting(key=PHONE_24H)
            row.value, row.updated_at, row.updated_by = phone.strip(), self.now(), actor.user_id
            session.add(row)
            audit.record(session, actor, "setting.change", record_type="setting",
                         record_id=PHONE_24H)

    def _load(self, session: Session, actor: Actor, model, record_id: str | None,
              row_version: int | None, values: dict, label: str):
        """A new record, or the one to change (refused if saved by someone since read)."""
        if record_id is None:
            record = records.created(model(), actor, self.now())
            session.add(record)
            return record
        record = session.get(model, record_id)
        if record is None:
            raise records.not_found(label)
        if row_version is not None:
            records.require_version(record, row_version, values, label)
        records.changed(record, actor, self.now())
        return record
