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
from typing import Any, Callable

from sqlalchemy import event as orm_event
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from lead_desktop.models import AuditEntry, DatabaseInfo
from lead_desktop.models.base import utcnow
from lead_desktop.security.actor import Actor
from lead_desktop.security import record_seals
from lead_desktop.security.audit_protection import protection_problem

GENESIS_HASH = "0" * 64
SUCCESS, FAILURE = "success", "failure"
#: The event every database's log begins with; a log without it was wiped or rewritten.
FIRST_EVENT = "database.create"
#: The head is handed to the watchers (workstation anchor, OS event log) every N entries.
PUBLISH_EVERY = 50
#: Where a unit of work remembers who acted, for the entry that seals its last changes.
ACTOR_KEY = "lead_audit_actor"
SEALED_EVENT = "records.sealed"

HeadWatcher = Callable[[str, int, str], None]
_watchers: dict[str, list[HeadWatcher]] = {}


def watch_head(fingerprint: str, watcher: HeadWatcher) -> Callable[[], None]:
    """Call `watcher(fingerprint, seq, hash)` after the commit of every PUBLISH_EVERY-th
    entry of that database; returns the function that stops watching."""
    _watchers.setdefault(fingerprint, []).append(watcher)

    def stop() -> None:
        if watcher in _watchers.get(fingerprint, []):
            _watchers[fingerprint].remove(watcher)
    return stop


def _publish_after_commit(session: Session, fingerprint: str, seq: int, head: str) -> None:
    """After the commit, hand the newest such head of this unit of work to the watchers
    (a bulk write crossing many multiples of PUBLISH_EVERY publishes once)."""
    if not _watchers.get(fingerprint):
        return
    pending = session.info.get("lead_audit_head")
    session.info["lead_audit_head"] = (fingerprint, seq, head)
    if pending is not None:
        return  # the listener is already registered; it reads the newest head

    def publish(committed: Session) -> None:
        fingerprint, seq, head = committed.info.pop("lead_audit_head")
        for watcher in list(_watchers.get(fingerprint, ())):
            watcher(fingerprint, seq, head)
    orm_event.listen(session, "after_commit", publish, once=True)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_COLUMNS = [AuditEntry.seq, AuditEntry.at, AuditEntry.user_id, AuditEntry.username,
            AuditEntry.role, AuditEntry.workstation, AuditEntry.event, AuditEntry.record_type,
            AuditEntry.record_id, AuditEntry.outcome, AuditEntry.reason, AuditEntry.details,
            AuditEntry.prev_hash, AuditEntry.entry_hash]


def entry_hash(entry: AuditEntry) -> str:
    """The hash of an entry (an AuditEntry, or a row with the same column names). Record
    seals are covered when the entry has some; entries without keep the hash they always had."""
    fields = [
        entry.seq, entry.at.isoformat(), entry.user_id, entry.username, entry.role,
        entry.workstation, entry.event, entry.record_type, entry.record_id, entry.outcome,
        entry.reason, entry.details, entry.prev_hash,
    ]
    seals = getattr(entry, "seals", None)
    if seals is not None:
        fields.append(seals)
    return hashlib.sha256(_canonical(fields).encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, event: str, *, record_type: str | None = None,
           record_id: str | None = None, outcome: str = SUCCESS, reason: str | None = None,
           details: dict[str, Any] | None = None, at: datetime | None = None,
           seals: str | None = None) -> AuditEntry:
    """Append one entry in the session's (write) transaction, sealing the records the unit
    of work changed since its previous entry (record_seals)."""
    session.flush()  # so every change made so far has been noted
    if seals is None:
        seals = record_seals.collect(session)
    session.info[ACTOR_KEY] = actor
    # The head, the entry and the new head in three Core statements on the unit of work's
    # connection: the ORM's unit of work (identity map, a flush of two objects) cost about a
    # third of an audited save. Nothing keeps the head in an ORM object between entries.
    connection = session.connection()
    head = connection.execute(_HEAD).one_or_none()
    if head is None:
        raise RuntimeError("database info row missing: not a LEAD database")
    head_seq, head_hash, fingerprint = head
    entry = AuditEntry(
        seq=head_seq + 1,
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
        prev_hash=head_hash,
    )
    if seals is not None:  # left out otherwise: a file from before 0017 can still be audited
        entry.seals = seals
    entry.entry_hash = entry_hash(entry)
    values = {column.key: getattr(entry, column.key) for column in _COLUMNS}
    if seals is not None:
        values["seals"] = seals
    connection.execute(_APPEND, values)
    connection.execute(_NEW_HEAD, {"new_seq": entry.seq, "new_hash": entry.entry_hash})
    if entry.seq % PUBLISH_EVERY == 0:
        _publish_after_commit(session, fingerprint, entry.seq, entry.entry_hash)
    return entry


_HEAD = select(DatabaseInfo.audit_head_seq, DatabaseInfo.audit_head_hash,
               DatabaseInfo.fingerprint).where(DatabaseInfo.id == 1)
_APPEND = insert(AuditEntry)
_NEW_HEAD = update(DatabaseInfo).where(DatabaseInfo.id == 1).values(
    audit_head_seq=bindparam("new_seq"), audit_head_hash=bindparam("new_hash"))


def seal_before_commit(session: Session) -> None:
    """Seal what the unit of work changed after its last entry (or without any entry: a
    sign-in's counters, a timer run) in one more entry, so nothing the app writes goes
    unsealed. Called by `Database.write` before each commit."""
    transaction = session.get_transaction()
    ran = transaction is not None and transaction._connections  # noqa: SLF001
    if not ran and not (session.new or session.dirty or session.deleted):
        return  # the unit of work did nothing: no BEGIN IMMEDIATE just to find no changes
    session.flush()
    seals = record_seals.collect(session)
    if seals is not None:
        actor = session.info.get(ACTOR_KEY) or Actor.system("lead-desktop")
        record(session, actor, SEALED_EVENT, record_type="records", seals=seals)


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


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log in order and name the first entry that does not hold. An empty
    log never holds. Reads only columns every schema version has, so it also checks old
    copies. What the file alone cannot show (a chain rewritten and re-hashed from the
    start) is found against the anchors kept outside it (`audit_anchor`)."""
    head = session.execute(select(DatabaseInfo.audit_head_seq, DatabaseInfo.audit_head_hash)
                           .where(DatabaseInfo.id == 1)).first()
    if head is None:
        return ChainReport(0, None, "the database info row is missing")
    head_seq, head_hash = head
    expected_seq, prev = 1, GENESIS_HASH
    checked = 0
    # Plain rows, not ORM objects: several times faster on long logs, and memory stays flat.
    columns = _COLUMNS + ([AuditEntry.seals] if record_seals.has_seals_column(session) else [])
    rows = session.execute(select(*columns).order_by(AuditEntry.seq))
    for entry in rows.yield_per(5000):
        if entry.seq != expected_seq:
            kind = "missing (deleted)" if entry.seq > expected_seq else "duplicated"
            return ChainReport(checked, expected_seq, f"entry {expected_seq} is {kind}")
        if entry.prev_hash != prev:
            return ChainReport(checked, entry.seq,
                               "does not follow the entry before it (inserted or reordered)")
        if entry_hash(entry) != entry.entry_hash:
            return ChainReport(checked, entry.seq, "its content was altered")
        if entry.seq == 1 and entry.event != FIRST_EVENT:
            return ChainReport(checked, 1, "the log does not begin with the database's "
                                           "creation (rewritten)")
        prev = entry.entry_hash
        expected_seq += 1
        checked += 1
    if checked == 0:
        return ChainReport(0, 1, "the log is empty, but every database's log begins with its "
                                 "creation (wiped)")
    if (head_seq, head_hash) != (checked, prev):
        if head_seq > checked:
            return ChainReport(checked, checked + 1,
                               f"entries {checked + 1} to {head_seq} were removed")
        return ChainReport(checked, None, "the recorded chain head does not match the log")
    problem = protection_problem(session)
    if problem:
        return ChainReport(checked, None, problem)
    return ChainReport(checked)
