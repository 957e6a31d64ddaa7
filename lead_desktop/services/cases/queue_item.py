"""One row of the daily work queue (workflow.md §7), and the small helpers every part of
the queue uses to word it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.urgency import Urgency


@dataclass(frozen=True)
class QueueItem:
    priority: int          # the section of workflow.md §7: 1 is most urgent
    kind: str
    case_id: str | None
    person: str | None     # "Last, First" for the roles that see identity
    due: date | None
    message: Message       # what needs doing, translatable (services/messages.py)
    form: str              # which form the row opens
    person_id: str | None = None
    urgency: Urgency | None = None  # its chip (services/urgency.py), set by for_user
    record_id: str | None = None    # the record the row is about (an appointment), if one

    @property
    def detail(self) -> str:
        """What needs doing, in English."""
        return str(self.message)


def say(text: str, **values: object) -> Message:
    return message("WorkQueue", text, **values)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


def referred_words(span: timedelta, handed_off: bool) -> Message:
    """Hours while the hand-off clock matters, days after that."""
    hours = span.total_seconds() / 3600
    recent = hours < 48
    if handed_off:
        text = (QT_TRANSLATE_NOOP("WorkQueue", "referred {n} h ago") if recent else
                QT_TRANSLATE_NOOP("WorkQueue", "referred {n} days ago"))
    else:
        text = (QT_TRANSLATE_NOOP("WorkQueue", "referred {n} h ago; no hand-off yet")
                if recent else
                QT_TRANSLATE_NOOP("WorkQueue", "referred {n} days ago; no hand-off yet"))
    return say(text, n=f"{hours:.0f}" if recent else span.days)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)

