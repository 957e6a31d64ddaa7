"""The size limit of one attachment, set by the administrator (a program setting)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.models import ProgramSetting
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data

MAX_MB = "attachment_max_mb"
DEFAULT_MB = 20
CEILING_MB = 200  # past this a file belongs elsewhere: the database file grows with it


def max_mb(session: Session) -> int:
    row = session.get(ProgramSetting, MAX_MB)
    try:
        return int(row.value) if row else DEFAULT_MB
    except ValueError:
        return DEFAULT_MB


def max_bytes(session: Session) -> int:
    return max_mb(session) * 1_000_000


def set_max_mb(db: Database, actor: Actor, mb: int, now: datetime | None = None) -> int:
    """An administrator's choice, audited (old and new values)."""
    require(db, actor, Data.CONFIGURATION, Access.WRITE, record_type="setting",
            record_id=MAX_MB)
    if not 1 <= mb <= CEILING_MB:
        raise InvalidInput(message("Attachments", QT_TRANSLATE_NOOP(
            "Attachments", "The attachment size limit is between 1 and {most} MB."),
            most=CEILING_MB))
    with db.write() as session:
        before = max_mb(session)
        row = session.get(ProgramSetting, MAX_MB) or ProgramSetting(key=MAX_MB)
        row.value, row.updated_at, row.updated_by = str(mb), now or utcnow(), actor.user_id
        session.add(row)
        audit.record(session, actor, "setting.change", record_type="setting",
                     record_id=MAX_MB, details={"from": before, "to": mb})
    return mb
