"""The retention rule of removed attachments (security.md, Retention): a removal is a void
with a reason and the content stays; once the void is older than the program's retention
period the content (its chunks and thumbnail) may be deleted. The row stays (what it was,
its hash, who added and voided it and why), marked purged, and every deletion is audited.

- The period is the administrator's (`lead-admin settings --attachment-retention-days`),
  the site's schedule; by default 6 years (2,190 days), the HIPAA retention of
  documentation (45 CFR 164.316(b)(2)), longer than the 3 years of a Part 2 disclosure log.
- No automatic purge without a supervisor's approval: the app's timers (and `lead-admin
  run-timers`) purge only after a supervisor turned automatic purging on; a supervisor may
  also run one purge now (`lead-admin attachments-purge`).
- Never purged: the signed copy a consent rests on, or one a disclosure relied on
  (disclosure_log.signed_copy_id): that evidence is kept with the records it proves."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.models import (
    Attachment,
    AttachmentChunk,
    Consent,
    DisclosureLogEntry,
    ProgramSetting,
)
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.security.session_check import require_current

RETENTION_DAYS = "attachment_void_retention_days"
DEFAULT_DAYS = 6 * 365
LONGEST_DAYS = 100 * 365
AUTOMATIC = "attachment_purge_automatic"  # JSON: the supervisor who turned it on, and when
SYSTEM_PURGE = Actor(None, "retention", None, "lead-desktop")


@dataclass(frozen=True)
class PurgeRun:
    ran: bool                                  # False: no supervisor approved it
    purged: list[str] = field(default_factory=list)   # attachment ids whose content went
    kept_as_evidence: int = 0                  # past the period, kept (a consent rests on it)
    cutoff: datetime | None = None             # voids before this were due


def retention_days(session: Session) -> int:
    row = session.get(ProgramSetting, RETENTION_DAYS)
    try:
        return int(row.value) if row else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS


def automatic_approval(session: Session) -> dict | None:
    """Who approved automatic purging and when, or None (then the timers purge nothing)."""
    row = session.get(ProgramSetting, AUTOMATIC)
    if row is None or not row.value:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def _set(session: Session, actor: Actor, key: str, value: str, now: datetime,
         before) -> None:
    row = session.get(ProgramSetting, key) or ProgramSetting(key=key)
    row.value, row.updated_at, row.updated_by = value, now, actor.user_id
    session.add(row)
    audit.record(session, actor, "setting.change", record_type="setting", record_id=key,
                 details={"from": before, "to": value or None})


def set_retention_days(db: Database, actor: Actor, days: int,
                       now: datetime | None = None) -> int:
    """The administrator enters the site's retention period of removed attachments."""
    require(db, actor, Data.CONFIGURATION, Access.WRITE, record_type="setting",
            record_id=RETENTION_DAYS)
    if not 30 <= days <= LONGEST_DAYS:
        raise InvalidInput(message("Attachments", QT_TRANSLATE_NOOP(
            "Attachments", "The retention of removed attachments is between 30 and {most} "
            "days."), most=LONGEST_DAYS))
    with db.write() as session:
        _set(session, actor, RETENTION_DAYS, str(days), now or utcnow(),
             retention_days(session))
    return days


def _require_supervisor(db: Database, actor: Actor, what: str) -> None:
    require_current(db, actor)
    if actor.role is not Role.SUPERVISOR:
        deny(db, actor, f"Only a supervisor approves {what} (security.md: no automatic purge "
             "without a supervisor's approval).", record_type="setting", record_id=AUTOMATIC,
             reason="not_supervisor")


def set_automatic(db: Database, actor: Actor, on: bool, now: datetime | None = None) -> None:
    """A supervisor turns automatic purging (by the timers) on or off; audited."""
    _require_supervisor(db, actor, "purging removed attachments")
    now = now or utcnow()
    with db.write() as session:
        before = automatic_approval(session)
        value = json.dumps({"by": actor.user_id, "at": now.isoformat()}) if on else ""
        _set(session, actor, AUTOMATIC, value, now, before)


def purge(db: Database, actor: Actor, now: datetime | None = None) -> PurgeRun:
    """A supervisor's purge now: delete the content of attachments voided longer ago than
    the retention period."""
    _require_supervisor(db, actor, "purging removed attachments")
    return _purge(db, actor, now or utcnow(), approved_by=actor.user_id)


def purge_if_approved(db: Database, now: datetime | None = None) -> PurgeRun:
    """The timers' purge: only when a supervisor turned automatic purging on."""
    with db.read() as session:
        approval = automatic_approval(session)
    if approval is None:
        return PurgeRun(False)
    return _purge(db, SYSTEM_PURGE, now or utcnow(), approved_by=approval.get("by"))


def _purge(db: Database, actor: Actor, now: datetime, approved_by: str | None) -> PurgeRun:
    with db.write() as session:
        cutoff = now - timedelta(days=retention_days(session))
        due = session.scalars(select(Attachment).where(
            Attachment.voided_at.is_not(None), Attachment.voided_at < cutoff,
            Attachment.purged_at.is_(None)).order_by(Attachment.voided_at)).all()
        purged, kept = [], 0
        for row in due:
            if _evidence(session, row):
                kept += 1
                continue
            session.execute(delete(AttachmentChunk)
                            .where(AttachmentChunk.attachment_id == row.id))
            row.thumbnail, row.purged_at = None, now
            session.flush()
            audit.record(session, actor, "attachment.purge", record_type="attachment",
                         record_id=row.id,
                         details={"kind": row.kind, "sha256": row.sha256, "size": row.size,
                                  "voided_at": row.voided_at.isoformat(),
                                  "approved_by": approved_by})
            purged.append(row.id)
        if purged or kept:
            audit.record(session, actor, "attachment.purge_run", record_type="attachments",
                         details={"purged": len(purged), "kept_as_evidence": kept,
                                  "cutoff": cutoff.isoformat(), "approved_by": approved_by})
        return PurgeRun(True, purged, kept, cutoff)


def _evidence(session: Session, row: Attachment) -> bool:
    """A signed copy a consent recorded, or one a disclosure relied on."""
    if session.scalar(select(DisclosureLogEntry.id)
                      .where(DisclosureLogEntry.signed_copy_id == row.id)
                      .limit(1)) is not None:
        return True
    return row.consent_id is not None and session.scalar(select(Consent.id).where(
        Consent.id == row.consent_id, Consent.scanned_copy_sha256 == row.sha256)
        .limit(1)) is not None
