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
    off = set(holidays)
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in off:
            count += 1
    return count
