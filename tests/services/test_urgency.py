"""One place decides how urgent a thing is (services/urgency.py); every screen draws it."""

from datetime import date, datetime, timedelta, timezone

from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.urgency import (
    SOON_DAYS,
    Urgency,
    most_urgent,
    of_draft_note,
    of_due,
    of_state,
    of_work_item,
)

TODAY = date(2026, 11, 24)


def test_a_deadline_is_overdue_once_past_and_due_soon_within_a_week():
    assert of_due(TODAY - timedelta(days=1), TODAY) is Urgency.OVERDUE
    assert of_due(TODAY, TODAY) is Urgency.DUE_SOON
    assert of_due(TODAY + timedelta(days=SOON_DAYS), TODAY) is Urgency.DUE_SOON
    assert of_due(TODAY + timedelta(days=SOON_DAYS + 1), TODAY) is None
    assert of_due(None, TODAY) is None


def test_a_case_waiting_for_a_place_or_a_treatment_slot_is_on_hold():
    assert of_state(CaseState.WAITLISTED) is Urgency.ON_HOLD
    assert of_state("awaiting_treatment") is Urgency.ON_HOLD
    assert of_state(CaseState.ACTIVE) is None
    assert of_state("no_such_state") is None and of_state(None) is None


def test_the_kind_of_a_work_item_says_what_its_day_means():
    long_ago = TODAY - timedelta(days=30)
    # the day a referral was made or a wait began is not a deadline
    assert of_work_item("new_referral", long_ago, TODAY) is None
    assert of_work_item("da_review", long_ago, TODAY) is Urgency.DUE_SOON
    assert of_work_item("da_review_overdue", long_ago, TODAY) is Urgency.OVERDUE
    assert of_work_item("attendance_missing", long_ago, TODAY) is Urgency.OVERDUE
    assert of_work_item("intake_due", long_ago, TODAY) is Urgency.OVERDUE
    assert of_work_item("intake_due", TODAY + timedelta(days=3), TODAY) is Urgency.DUE_SOON
    assert of_work_item("provider_waitlisted", long_ago, TODAY) is Urgency.ON_HOLD
    assert of_work_item("caseload_over", None, TODAY) is None


def test_a_list_shows_its_most_urgent_row():
    assert most_urgent([None, Urgency.ON_HOLD, Urgency.DUE_SOON]) is Urgency.DUE_SOON
    assert most_urgent([Urgency.ON_HOLD, Urgency.OVERDUE]) is Urgency.OVERDUE
    assert most_urgent([None]) is None and most_urgent([]) is None


def test_a_note_left_unsigned_for_more_than_a_day_is_overdue():
    now = datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)
    assert of_draft_note(now - timedelta(hours=25), now) is Urgency.OVERDUE
    assert of_draft_note(now - timedelta(hours=2), now) is None
