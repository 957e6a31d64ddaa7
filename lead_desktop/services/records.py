"""Helpers every record service shares: stamping changes, refusing stale saves, voiding."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import datetime
from typing import Any

from lead_desktop.errors import ConflictError, InvalidInput
from lead_desktop.models.base import Tracked
from lead_desktop.security.actor import Actor
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

UNSEEN: Any = object()  # an edit made without a form showing the stored value (lead-admin)

# "No such ..." for a record that is not (or no longer) on file: one sentence per kind of
# record, each translated whole (a word put into a sentence would not agree in Spanish).
_NOT_FOUND = {
    "case": QT_TRANSLATE_NOOP("Records", "No such case."),
    "person": QT_TRANSLATE_NOOP("Records", "No such person."),
    "consent": QT_TRANSLATE_NOOP("Records", "No such consent."),
    "summons": QT_TRANSLATE_NOOP("Records", "No such summons."),
    "note": QT_TRANSLATE_NOOP("Records", "No such note."),
    "goal": QT_TRANSLATE_NOOP("Records", "No such goal."),
    "provider": QT_TRANSLATE_NOOP("Records", "No such provider."),
    "provider referral": QT_TRANSLATE_NOOP("Records", "No such provider referral."),
    "appointment": QT_TRANSLATE_NOOP("Records", "No such appointment."),
    "court": QT_TRANSLATE_NOOP("Records", "No such court."),
    "agency": QT_TRANSLATE_NOOP("Records", "No such agency."),
}


def not_found(record: str) -> InvalidInput:
    """The refusal for a record that is not on file ("No such case."), to raise."""
    return InvalidInput(message("Records", _NOT_FOUND[record]))


class StaleRecord(ConflictError):
    """Someone saved this record after it was opened. Nothing was overwritten: `theirs` holds
    the values now saved, `yours` the values this save wanted to write."""

    def __init__(self, record_type: str, theirs: dict[str, Any], yours: dict[str, Any]) -> None:
        super().__init__(message("Conflicts", QT_TRANSLATE_NOOP(
            "Conflicts", "Someone else saved this record ({record}) after you opened it. "
            "Nothing was overwritten; compare both versions and save again."),
            record=Coded("saved_record", record_type)))
        self.theirs, self.yours = theirs, yours
        self.record_type = record_type  # which record: the dialog words its fields' codes


def created(record: Tracked, actor: Actor, now: datetime) -> Tracked:
    record.created_at, record.created_by = now, actor.user_id
    return record


def changed(record: Tracked, actor: Actor, now: datetime) -> None:
    record.updated_at, record.updated_by = now, actor.user_id


def require_version(record: Tracked, expected: int, changes: dict[str, Any], label: str) -> None:
    if record.row_version != expected:
        theirs = {name: getattr(record, name) for name in changes}
        raise StaleRecord(label, theirs | {"row_version": record.row_version}, changes)


def void(record: Tracked, actor: Actor, now: datetime, reason: str) -> None:
    from lead_desktop.services import text_input  # it builds on Problems, defined below

    text_input.require_clean(reason=reason)
    if not reason.strip():
        raise InvalidInput(message("Records", QT_TRANSLATE_NOOP(
            "Records", "Give a reason for voiding this record.")))
    if record.voided_at is not None:
        raise InvalidInput(message("Records", QT_TRANSLATE_NOOP(
            "Records", "This record is already void.")))
    record.voided_at, record.voided_by, record.void_reason = now, actor.user_id, reason.strip()


def as_dict(value: Any) -> dict[str, Any]:
    assert is_dataclass(value)
    return {f.name: getattr(value, f.name) for f in fields(value)}


class Problems:
    """Collects field-level validation messages so a form can show each beside its field."""

    def __init__(self) -> None:
        self.by_field: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.by_field.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.by_field:
            raise ValidationFailed(self.by_field)


class ValidationFailed(InvalidInput):
    """Bad input; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        listed = "; ".join(f"{field}: {message}" for field, message in problems.items())
        super().__init__(f"Please correct: {listed}")
        self.problems = problems
