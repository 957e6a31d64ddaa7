"""Reading the audit log: for the auditor role only, and every read is itself audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data

if TYPE_CHECKING:
    from lead_desktop.security.audit_anchor import AnchorReport
    from lead_desktop.security.audit_watch import ChainWatch


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    username: str | None
    role: str | None
    workstation: str
    event: str
    record_type: str | None
    record_id: str | None
    outcome: str
    reason: str | None


class AuditReader:
    def __init__(self, db: Database, watch: "ChainWatch | None" = None) -> None:
        self.db = db
        #: With the app's watch, Verify also checks this workstation's anchor.
        self.watch = watch

    def page(self, actor: Actor, *, before_seq: int | None = None, limit: int = 500,
             event: str | None = None) -> list[AuditRow]:
        """Newest first, `limit` at a time (page back with `before_seq`)."""
        require(self.db, actor, Data.AUDIT_LOG, Access.READ, record_type="audit_log")
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        if event:
            query = query.where(AuditEntry.event == event)
        with self.db.write() as session:
            rows = [AuditRow(e.seq, e.at, e.username, e.role, e.workstation, e.event,
                             e.record_type, e.record_id, e.outcome, e.reason)
                    for e in session.scalars(query)]
            audit.record(session, actor, "audit.read", record_type="audit_log",
                         details={"rows": len(rows), "before": before_seq, "event": event})
        return rows

    def verify(self, actor: Actor) -> "audit.ChainReport | AnchorReport":
        require(self.db, actor, Data.AUDIT_LOG, Access.READ, record_type="audit_log")
        if self.watch is not None:
            report = self.watch.check(actor)
        else:
            with self.db.read() as session:
                report = audit.verify_chain(session)
        with self.db.write() as session:
            audit.record(session, actor, "audit.verify", record_type="audit_log",
                         outcome=audit.SUCCESS if report.ok else audit.FAILURE,
                         reason=None if report.ok else report.describe()[:500])
        return report
