"""Business days: the counting the timers rely on, against a plain day-by-day count."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from lead_desktop.services.program.calendar import add_business_days, business_days_between

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def counted_day_by_day(start, end, holidays):
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        count += current.weekday() < 5 and current not in holidays
    return count


@given(days, st.integers(min_value=-30, max_value=800), st.sets(days, max_size=12))
def test_business_days_between_matches_a_day_by_day_count(start, span, holidays):
    end = start + timedelta(days=span)
    assert business_days_between(start, end, holidays) == counted_day_by_day(start, end, holidays)


@given(days, st.integers(min_value=0, max_value=60), st.sets(days, max_size=12))
def test_adding_then_counting_business_days_agree(start, count, holidays):
    end = add_business_days(start, count, holidays)
    assert business_days_between(start, end, holidays) == count


def test_a_friday_to_the_next_monday_is_one_business_day():
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 23), [date(2026, 11, 23)]) == 0
