"""Dates and times as a court in the United States and a Spanish-speaking reader expect.

English: 03/02/2026 (month first), 9:30 PM EST. Spanish: 2 de marzo de 2026, 21:30 EST
(written out, so the day and month cannot be swapped). ISO dates only where a machine reads
them (barcodes, file names). Instants are shown in the program's time zone: a referral at
21:30 Eastern on March 2 happened on March 2, whatever its UTC date.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def local(instant: datetime, zone: str | ZoneInfo | None) -> datetime:
    """`instant` (aware, or naive meaning UTC as the database stores it) in `zone`."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=timezone.utc)
    if zone is None:
        return instant
    return instant.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)


def day(value: date | datetime | None, language: str = "en", blank: str = "") -> str:
    """A date the way a form prints it: 03/02/2026, or 2 de marzo de 2026."""
    if value is None:
        return blank
    if isinstance(value, datetime):
        value = value.date()
    if language == "es":
        return f"{value.day} de {MONTHS_ES[value.month - 1]} de {value.year}"
    return f"{value.month:02d}/{value.day:02d}/{value.year}"


UNKNOWN_BIRTH = {"en": "unknown", "es": "desconocida"}
ABOUT_YEAR = {"en": "about {year}", "es": "hacia {year}"}


def birth_day(value: date | None, estimated: bool = False, language: str = "en") -> str:
    """A date of birth as printed: 03/14/1988, "about 1985" when only the year was estimated
    (the stored 1 January is a stand-in, never printed), or "unknown"."""
    if value is None:
        return UNKNOWN_BIRTH[language]
    if estimated:
        return ABOUT_YEAR[language].format(year=value.year)
    return day(value, language)


def long_day(value: date, language: str = "en") -> str:
    """With the weekday, for an appearance: Monday, March 2, 2026 / lunes, 2 de marzo de 2026."""
    if language == "es":
        return f"{WEEKDAYS_ES[value.weekday()]}, {day(value, 'es')}"
    return f"{WEEKDAYS_EN[value.weekday()]}, {MONTHS_EN[value.month - 1]} {value.day}, {value.year}"


def clock(value: time | datetime, language: str = "en") -> str:
    """9:30 PM (English) or 21:30 (Spanish), with the zone's abbreviation when known."""
    zone = value.tzname() if isinstance(value, datetime) else None
    if language == "es":
        shown = f"{value.hour:02d}:{value.minute:02d}"
    else:
        hour = value.hour % 12 or 12
        shown = f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return f"{shown} {zone}" if zone else shown


def moment(value: datetime, language: str = "en") -> str:
    """Date and time: 03/02/2026 9:30 PM EST / 2 de marzo de 2026, 21:30 EST."""
    return f"{day(value, language)}{',' if language == 'es' else ''} {clock(value, language)}"
