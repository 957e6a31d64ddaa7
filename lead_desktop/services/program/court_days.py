"""The day a summons offers for an appearance, and what is wrong with a day a clerk picks.

A court sits on its recorded weekly sessions; a court with none recorded sits Monday to
Friday. Neither sits on a US federal holiday (5 U.S.C. 6103, with the observed day when it
falls on a weekend) nor on a day of the program's own holiday list (the Holidays panel,
where an administrator adds state and county days off). The offer is the first such day
on or after the program's lead time (a person needs time to arrange the appearance).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from lead_desktop.db.database import Database
from lead_desktop.services.program.directory import CourtView
from lead_desktop.services.program.holidays import HolidayService

#: Days from today to the first appearance date offered (the summons' notice period).
SUMMONS_LEAD_DAYS = 14
DEFAULT_TIME = "09:00"
_SEARCH_DAYS = 400  # a court with sessions sits at least once a year


@dataclass(frozen=True)
class DayName:
    en: str
    es: str

    def name(self, language: str = "en") -> str:
        return self.es if language == "es" and self.es else self.en


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (Monday 0) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    """A fixed-date holiday on a Saturday is kept the Friday before, on a Sunday the Monday
    after (as federal offices and courts do)."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> dict[date, DayName]:
    """The days federal courts and offices are closed in `year`, as observed (New Year's
    Day of the next year may be observed on December 31)."""
    fixed = [((1, 1), DayName("New Year's Day", "Año Nuevo")),
             ((6, 19), DayName("Juneteenth", "Juneteenth")),
             ((7, 4), DayName("Independence Day", "Día de la Independencia")),
             ((11, 11), DayName("Veterans Day", "Día de los Veteranos")),
             ((12, 25), DayName("Christmas Day", "Navidad"))]
    days = {_observed(date(y, m, d)): name
            for y in (year, year + 1) for (m, d), name in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3): DayName("Martin Luther King Jr. Day",
                                              "Día de Martin Luther King Jr."),
        _nth_weekday(year, 2, 0, 3): DayName("Washington's Birthday",
                                              "Natalicio de Washington"),
        _nth_weekday(year, 5, 0, -1): DayName("Memorial Day", "Día de los Caídos"),
        _nth_weekday(year, 9, 0, 1): DayName("Labor Day", "Día del Trabajo"),
        _nth_weekday(year, 10, 0, 2): DayName("Columbus Day", "Día de Colón"),
        _nth_weekday(year, 11, 3, 4): DayName("Thanksgiving Day", "Día de Acción de Gracias"),
    }
    return {day: name for day, name in days.items() if day.year == year}


@dataclass(frozen=True)
class DayProblem:
    """Why a chosen appearance day is unlikely to be a day the court sits (a warning, the
    clerk may still keep it: a special session, a court's own calendar)."""

    kind: Literal["weekend", "holiday", "no_session"]
    holiday: DayName | None = None


@dataclass(frozen=True)
class CourtCalendar:
    today: date
    #: The program's own holidays (the Holidays panel), with their names.
    program_holidays: dict[date, DayName] = field(default_factory=dict)
    lead_days: int = SUMMONS_LEAD_DAYS

    @property
    def earliest(self) -> date:
        return self.today + timedelta(days=self.lead_days)

    def holiday(self, day: date) -> DayName | None:
        return self.program_holidays.get(day) or federal_holidays(day.year).get(day)

    def problem(self, day: date, court: CourtView | None = None) -> DayProblem | None:
        if day.weekday() >= 5 and not (court and _sits_on(court, day)):
            return DayProblem("weekend")
        holiday = self.holiday(day)
        if holiday is not None:
            return DayProblem("holiday", holiday)
        if court is not None and court.sessions and not _sits_on(court, day):
            return DayProblem("no_session")
        return None

    def sessions(self, court: CourtView, count: int = 5) -> list[tuple[date, str]]:
        """The court's next sessions on or after the lead time, holidays left out."""
        found: list[tuple[date, str]] = []
        day = self.earliest
        while len(found) < count and court.sessions and day < self.earliest + timedelta(
                days=_SEARCH_DAYS):
            if self.holiday(day) is None:
                found += [(day, s.time) for s in court.sessions if s.weekday == day.weekday()]
            day += timedelta(days=1)
        return found[:count]

    def first_court_day(self, court: CourtView | None = None) -> tuple[date, str]:
        """The day (and time) offered: the court's first session on or after the lead time,
        or with no sessions recorded the first weekday that is not a holiday."""
        if court is not None and court.sessions:
            found = self.sessions(court, 1)
            if found:
                return found[0]
        day = self.earliest
        while self.problem(day) is not None:
            day += timedelta(days=1)
        return day, DEFAULT_TIME


def _sits_on(court: CourtView, day: date) -> bool:
    return any(s.weekday == day.weekday() for s in court.sessions)


def court_calendar(db: Database, today: date,
                   lead_days: int = SUMMONS_LEAD_DAYS) -> CourtCalendar:
    """The calendar a clerk picks an appearance from: the program's holidays as kept now."""
    kept = {h.day: DayName(h.name_en, h.name_es) for h in HolidayService(db).holidays()
            if h.day >= today}
    return CourtCalendar(today, kept, lead_days)
