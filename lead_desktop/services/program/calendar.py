"""Business days for the timers (workflow.md §4): weekends and the program's holidays."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable


def add_business_days(start: date, days: int, holidays: Iterable[date] = ()) -> date:
    off = set(holidays)
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in off:
            left -= 1
    return current


def business_days_between(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Business days after `start` up to and including `end` (0 when end <= start).
    Whole weeks are counted at once: the supervisor's queue asks this for every case."""
    if end <= start:
        return 0
    weeks, rest = divmod((end - start).days, 7)
    count = weeks * 5 + sum(1 for offset in range(1, rest + 1)
                            if (start.weekday() + offset) % 7 < 5)
    return count - sum(1 for day in set(holidays) if start < day <= end and day.weekday() < 5)
