"""The program's holiday calendar (issue 13): days off that business-day deadlines skip
(the prosecutor's review, a provider's reply). Kept by an administrator (Data.CONFIGURATION
write), read by anyone; a holiday is added, or withdrawn once, never edited; both audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Holiday
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message


@dataclass(frozen=True)
class HolidayView:
    id: str
    day: date
    name_en: str
    name_es: str

    def name(self, language: str = "en") -> str:
        return self.name_es if language == "es" and self.name_es else self.name_en


def days_off(session: Session, start: date | None = None, end: date | None = None
             ) -> frozenset[date]:
    """The holidays in force (withdrawn ones left out), between two dates if given: what
    `calendar.add_business_days` and `business_days_between` skip."""
    query = select(Holiday.day).where(Holiday.withdrawn_at.is_(None))
    if start is not None:
        query = query.where(Holiday.day >= start)
    if end is not None:
        query = query.where(Holiday.day <= end)
    return frozenset(session.scalars(query))


class HolidayService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def holidays(self, year: int | None = None) -> list[HolidayView]:
        with self.db.read() as session:
            query = select(Holiday).where(Holiday.withdrawn_at.is_(None)).order_by(Holiday.day)
            if year is not None:
                query = query.where(Holiday.day >= date(year, 1, 1),
                                    Holiday.day <= date(year, 12, 31))
            return [HolidayView(h.id, h.day, h.name_en, h.name_es)
                    for h in session.scalars(query)]

    def days_off(self) -> frozenset[date]:
        with self.db.read() as session:
            return days_off(session)

    def add(self, actor: Actor, day: date, name_en: str, name_es: str = "") -> HolidayView:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="holiday")
        p = records.Problems()
        name_en, name_es = name_en.strip(), name_es.strip()
        text_input.check(p, "name_en", name_en)
        text_input.check(p, "name_es", name_es)
        if not name_en:
            p.add("name_en", "required: the holiday's name in English")
        if day.weekday() >= 5:
            p.add("day", "a Saturday or Sunday is never a business day already")
        p.raise_if_any()
        with self.db.write() as session:
            if days_off(session, day, day):
                raise records.ValidationFailed({"day": f"{day.isoformat()} is already a holiday"})
            row = Holiday(day=day, name_en=name_en, name_es=name_es or name_en,
                          added_at=self.now(), added_by=actor.user_id)
            session.add(row)
            session.flush()
            audit.record(session, actor, "configuration.holiday_added", record_type="holiday",
                         record_id=row.id, details={"day": day.isoformat(), "name": name_en})
            return HolidayView(row.id, row.day, row.name_en, row.name_es)

    def withdraw(self, actor: Actor, holiday_id: str) -> None:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="holiday",
                record_id=holiday_id)
        with self.db.write() as session:
            row = session.get(Holiday, holiday_id)
            if row is None or row.withdrawn_at is not None:
                raise InvalidInput(message("Holidays", QT_TRANSLATE_NOOP(
                    "Holidays", "This holiday is no longer on the calendar.")))
            row.withdrawn_at, row.withdrawn_by = self.now(), actor.user_id
            audit.record(session, actor, "configuration.holiday_withdrawn",
                         record_type="holiday", record_id=row.id,
                         details={"day": row.day.isoformat()})
