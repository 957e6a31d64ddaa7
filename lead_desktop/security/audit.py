"""The audit trail: append-only, hash-chained, written in the caller's transaction.

Each entry's hash covers its own fields and the previous entry's hash, and the database
info row keeps the head (last sequence number and hash) in the same transaction, so an
edited, deleted, inserted, reordered or removed-from-the-end entry breaks the chain.
Entries hold record types and ids, never record content.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lead_desktop.models import AuditEntry, DatabaseInfo
from lead_desktop.models.base import utcnow
from lead_desktop.security.actor import Actor

GENESIS_HASH = "0" * 64
SUCCESS, FAILURE = "success", "failure"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(entry: AuditEntry) -> str:
    fields = [
        entry.seq, entry.at.isoformat(), entry.user_id, entry.username, entry.role,
        entry.workstation, entry.event, entry.record_type, entry.record_id, entry.outcome,
        entry.reason, entry.details, entry.prev_hash,
    ]
    return hashlib.sha256(_canonical(fields).encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, event: str, *, record_type: str | None = None,
           record_id: str | None = None, outcome: str = SUCCESS, reason: str | None = None,
           details: dict[str, Any] | None = None, at: datetime | None = None) -> AuditEntry:
    """Append one entry in the session's (write) transaction."""
    info = session.get(DatabaseInfo, 1)
    if info is None:
        raise RuntimeError("database info row missing: not a LEAD database")
    entry = AuditEntry(
        seq=info.audit_head_seq + 1,
        at=(at or utcnow()),
        user_id=actor.user_id,
        username=actor.username,
        role=actor.role_name,
        workstation=actor.workstation,
        event=event,
        record_type=record_type,
        record_id=None if record_id is None else str(record_id),
        outcome=outcome,
        reason=reason,
        details=None if details is None else _canonical(details),
        prev_hash=info.audit_head_hash,
    )
    entry.entry_hash = entry_hash(entry)
    session.add(entry)
    info.audit_head_seq = entry.seq
    info.audit_head_hash = entry.entry_hash
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        if self.ok:
            return f"audit chain intact ({self.entries_checked} entries)"
        where = f" at entry {self.first_bad_seq}" if self.first_bad_seq is not None else ""
        return f"audit chain broken{where}: {self.problem}"


def _protection_missing(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    names = set(session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    )).scalars())
    return not {"audit_log_no_update", "audit_log_no_delete"} <= names


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log in order and name the first entry that does not hold.
    Reads only columns every schema version has, so it also checks old copies."""
    head = session.execute(select(DatabaseInfo.audit_head_seq, DatabaseInfo.audit_head_hash)
                           .where(DatabaseInfo.id == 1)).first()
    if head is None:
        return ChainReport(0, None, "the database info row is missing")
    head_seq, head_hash = head
    expected_seq, prev = 1, GENESIS_HASH
    checked = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows.yield_per(2000):
        if entry.seq != expected_seq:
            kind = "missing (deleted)" if entry.seq > expected_seq else "duplicated"
            return ChainReport(checked, expected_seq, f"entry {expected_seq} is {kind}")
        if entry.prev_hash != prev:
            return ChainReport(checked, entry.seq,
                               "does not follow the entry before it (inserted or reordered)")
        if entry_hash(entry) != entry.entry_hash:
            return ChainReport(checked, entry.seq, "its content was altered")
        prev = entry.entry_hash
        expected_seq += 1
        checked += 1
        session.expunge(entry)  # keep memory flat on long logs
    if (head_seq, head_hash) != (checked, prev):
        if head_seq > checked:
            return ChainReport(checked, checked + 1,
                               f"entries {checked + 1} to {head_seq} were removed")
        return ChainReport(checked, None, "the recorded chain head does not match the log")
    if _protection_missing(session):
        return ChainReport(checked, None, "the append-only protection of the log was removed")
    return ChainReport(checked)
