"""The appearance date a summons offers: a day the court sits after the program's lead
time, never a weekend or a holiday; and what a clerk is warned about when picking a day."""

from datetime import date

from lead_desktop.security.roles import Role as R
from lead_desktop.services.program.court_days import (
    CourtCalendar,
    DayName,
    court_calendar,
    federal_holidays,
)
from lead_desktop.services.program.directory import CourtView, parse_sessions
from lead_desktop.services.program.holidays import HolidayService


def court(sessions: str = "") -> CourtView:
    return CourtView("c1", 1, "Brunswick County District Court", "", "310 Government Center Dr",
                     "", parse_sessions(sessions), True)


def test_federal_holidays_are_the_observed_days_of_5_usc_6103():
    assert sorted(federal_holidays(2026)) == [
        date(2026, 1, 1), date(2026, 1, 19), date(2026, 2, 16), date(2026, 5, 25),
        date(2026, 6, 19), date(2026, 7, 3),   # July 4 is a Saturday: Friday off
        date(2026, 9, 7), date(2026, 10, 12), date(2026, 11, 11), date(2026, 11, 26),
        date(2026, 12, 25)]
    assert federal_holidays(2026)[date(2026, 11, 26)].name() == "Thanksgiving Day"
    assert federal_holidays(2026)[date(2026, 11, 26)].name("es") == "Día de Acción de Gracias"
    in_2027 = federal_holidays(2027)
    assert date(2027, 12, 24) in in_2027            # Christmas on a Saturday
    assert in_2027[date(2027, 12, 31)].name() == "New Year's Day"  # 1 Jan 2028, a Saturday
    assert date(2027, 1, 1) in in_2027 and date(2028, 1, 1) not in federal_holidays(2028)
    assert date(2028, 1, 17) in federal_holidays(2028)  # MLK Day, third Monday


def test_a_court_without_sessions_is_offered_the_first_weekday_after_the_lead_time():
    # the tester's case: 14 days after Saturday 5 December 2026 is Saturday the 19th
    offered, time = CourtCalendar(date(2026, 12, 5)).first_court_day(court())
    assert offered == date(2026, 12, 21) and offered.weekday() == 0 and time == "09:00"
    # 14 days after 11 December is Christmas (a Friday): the Monday after
    assert CourtCalendar(date(2026, 12, 11)).first_court_day(court())[0] == date(2026, 12, 28)
    # a plain weekday is offered as it is
    assert CourtCalendar(date(2026, 12, 1)).first_court_day()[0] == date(2026, 12, 15)
    assert CourtCalendar(date(2026, 12, 1), lead_days=7).earliest == date(2026, 12, 8)


def test_the_programs_own_holidays_are_skipped_too():
    county_day = {date(2026, 12, 21): DayName("County closing", "Cierre del condado")}
    calendar = CourtCalendar(date(2026, 12, 5), county_day)
    assert calendar.first_court_day(court())[0] == date(2026, 12, 22)
    problem = calendar.problem(date(2026, 12, 21))
    assert problem.kind == "holiday" and problem.holiday.name("es") == "Cierre del condado"


def test_a_court_with_sessions_is_offered_its_sessions_after_the_lead_time_not_on_holidays():
    mon_thu = court("Mon 09:00; Thu 14:00")
    # 12 Nov 2026 + 14 days = Thanksgiving (Thursday 26th): the court does not sit
    calendar = CourtCalendar(date(2026, 11, 12))
    sessions = calendar.sessions(mon_thu, 3)
    assert sessions == [(date(2026, 11, 30), "09:00"), (date(2026, 12, 3), "14:00"),
                        (date(2026, 12, 7), "09:00")]
    assert calendar.first_court_day(mon_thu) == (date(2026, 11, 30), "09:00")
    # a court sitting on Saturdays is offered its Saturday, with no weekend warning
    saturday = court("Sat 10:00")
    assert CourtCalendar(date(2026, 12, 5)).first_court_day(saturday) == (
        date(2026, 12, 19), "10:00")
    assert CourtCalendar(date(2026, 12, 5)).problem(date(2026, 12, 19), saturday) is None


def test_what_a_chosen_day_is_warned_about():
    calendar = CourtCalendar(date(2026, 12, 5))
    assert calendar.problem(date(2026, 12, 19)).kind == "weekend"
    assert calendar.problem(date(2026, 12, 20), court()).kind == "weekend"
    christmas = calendar.problem(date(2026, 12, 25), court())
    assert christmas.kind == "holiday" and christmas.holiday.name() == "Christmas Day"
    assert calendar.problem(date(2026, 12, 22), court()) is None          # a Tuesday
    assert calendar.problem(date(2026, 12, 22), court("Mon 09:00")).kind == "no_session"
    assert calendar.problem(date(2026, 12, 21), court("Mon 09:00")) is None


def test_the_calendar_reads_the_holidays_the_administrator_keeps(db, staff):
    holidays = HolidayService(db)
    holidays.add(staff[R.ADMINISTRATOR], date(2026, 12, 21), "County closing", "Cierre")
    withdrawn = holidays.add(staff[R.ADMINISTRATOR], date(2026, 12, 22), "Mistake")
    holidays.withdraw(staff[R.ADMINISTRATOR], withdrawn.id)
    calendar = court_calendar(db, date(2026, 12, 5))
    assert calendar.holiday(date(2026, 12, 21)).name() == "County closing"
    assert calendar.holiday(date(2026, 12, 22)) is None
    assert calendar.first_court_day(court()) == (date(2026, 12, 22), "09:00")
