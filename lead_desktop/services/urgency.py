"""How urgent a thing is, decided in one place for every screen: a work item, a deadline,
a case's state. The UI draws the answer as a chip with a color AND a word (ui/status_chip.py),
never color alone; the words are the "urgency" labels of services/labels.py.

- overdue: its day has passed (or the rule's limit has: an eligibility review past the DA's
  business days, a provider that has not answered, no contact for too long, a note not
  signed within 24 hours, an appointment whose attendance is still not recorded);
- due soon: its day is today or within `SOON_DAYS`, or it is due now (a consent about to
  expire, a look-up in its window);
- on hold: the case waits on something outside the participant's progress (a place in
  the program, a provider's treatment slot or waitlist).
Anything else has no chip."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from lead_desktop.services.program.vocabulary import CaseState

SOON_DAYS = 7
NOTE_SIGNED_WITHIN = timedelta(hours=24)  # a draft note older than this is overdue


class Urgency(str, Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_HOLD = "on_hold"


ON_HOLD_STATES = frozenset({CaseState.WAITLISTED, CaseState.AWAITING_TREATMENT})

# work-queue kinds (services/cases/work_queue.py) whose listing already means a limit passed
_OVERDUE_KINDS = frozenset({"attendance_missing", "da_review_overdue", "draft_note",
                            "no_contact", "provider_no_reply"})
# kinds listed because they fall due now, whatever their date says
_DUE_NOW_KINDS = frozenset({"consent_expiring", "evaluation_lookup", "da_review",
                            "appointment"})
# kinds with a real due day: overdue once it has passed, due soon before
_DATED_KINDS = frozenset({"intake_due", "snapshot_due"})
_ON_HOLD_KINDS = frozenset({"provider_waitlisted", "program_waitlist"})


def of_due(due: date | None, today: date, soon_days: int = SOON_DAYS) -> Urgency | None:
    """A deadline on `due`: overdue once past, due soon from `soon_days` before."""
    if due is None:
        return None
    days = (due - today).days
    if days < 0:
        return Urgency.OVERDUE
    if days <= soon_days:
        return Urgency.DUE_SOON
    return None


def of_state(state: CaseState | str | None) -> Urgency | None:
    """A case on hold (waiting for a place or a treatment slot), else nothing."""
    if state is None:
        return None
    try:
        return Urgency.ON_HOLD if CaseState(state) in ON_HOLD_STATES else None
    except ValueError:
        return None


def of_draft_note(created_at: datetime, now: datetime) -> Urgency | None:
    """A note not signed yet: overdue once older than a day (the queue lists it then)."""
    return Urgency.OVERDUE if now - created_at > NOTE_SIGNED_WITHIN else None


def of_work_item(kind: str, due: date | None, today: date) -> Urgency | None:
    """The urgency of a work-queue item of this kind, due on `due` (for some kinds the
    day the wait began: the kind says what the day means)."""
    if kind in _OVERDUE_KINDS:
        return Urgency.OVERDUE
    if kind in _DATED_KINDS:
        return of_due(due, today)
    if kind in _DUE_NOW_KINDS:
        return Urgency.DUE_SOON
    if kind in _ON_HOLD_KINDS:
        return Urgency.ON_HOLD
    return None


_ORDER = (Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.ON_HOLD)


def most_urgent(urgencies) -> Urgency | None:
    """The most urgent of several (a Home count shows its rows' worst on its chip)."""
    found = {u for u in urgencies if u is not None}
    return next((u for u in _ORDER if u in found), None)
