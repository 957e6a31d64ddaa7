"""Times on screen in the program's time zone, as the printed pages show them.

The database keeps instants as naive UTC (models/base.utcnow); documents print them in the
program profile's zone (documents/dates.local). The screens do the same, so a follow-up
sent at 9:34 PM Eastern reads "2026-12-04 21:34" in the window and on the paper, and an
evening event belongs to its local day. The main window names the zone as it opens a
database (`use_time_zone`); before that (and in a widget shown on its own) the machine's
own zone is used.
"""

from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

_zone: tzinfo | None = None  # None: the machine's zone

MOMENT = "%Y-%m-%d %H:%M"


def use_time_zone(name: str | None) -> None:
    """The program's zone (an IANA name such as "America/New_York"), or None for the
    machine's own."""
    global _zone
    _zone = ZoneInfo(name) if name else None


def local(value: datetime) -> datetime:
    """`value` (aware, or naive meaning UTC as stored) in the program's zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(_zone) if _zone is not None else value.astimezone()


def moment(value: datetime | None, pattern: str = MOMENT) -> str:
    """A stored instant as the screens show it: 2026-12-04 21:34 (program time)."""
    return "" if value is None else local(value).strftime(pattern)


def day_of(value: datetime | date) -> date:
    """The local day of an instant (a date is already a day)."""
    return local(value).date() if isinstance(value, datetime) else value


def today(now: datetime) -> date:
    """The program's date at the app's clock `now`."""
    return day_of(now)
