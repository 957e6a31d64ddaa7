"""Anchors of the audit chain outside the database file.

Anyone holding the key can rewrite the whole log and re-hash it, so the file alone cannot
prove it was not rewritten. Each workstation therefore keeps the newest (sequence, hash) it
has seen in its own credential store, and the OS event log keeps heads written at sign-in,
sign-out and every `audit.PUBLISH_EVERY` entries. A chain that no longer contains an
anchored entry, exactly as it was seen, was truncated, wiped or rewritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import keyring.backend
import keyring.errors
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.errors import KeyringUnavailable
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit
from lead_desktop.security.record_seals import Cursor, RecordsReport
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

ANCHOR_SERVICE = "LEAD Desktop audit anchor"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


class AnchorStore:
    """The newest head this workstation has seen of each database, in its credential store."""

    def __init__(self, backend: keyring.backend.KeyringBackend) -> None:
        self._backend = backend

    @staticmethod
    def account(fingerprint: str) -> str:
        return f"audit-head-{fingerprint}"

    def get(self, fingerprint: str) -> Head | None:
        try:
            secret = self._backend.get_password(ANCHOR_SERVICE, self.account(fingerprint))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The credential store could not be read: {reason}"), reason=exc)) from exc
        if secret is None:
            return None
        try:
            data = json.loads(secret)
            return Head(int(data["seq"]), str(data["hash"]))
        except (ValueError, KeyError, TypeError):
            return None

    def advance(self, fingerprint: str, head: Head) -> None:
        """Keep `head` if it is newer than the one kept (an anchor never moves back)."""
        kept = self.get(fingerprint)
        if kept is not None and kept.seq >= head.seq:
            return
        self.replace(fingerprint, head)

    def records_cursor(self, fingerprint: str) -> Cursor | None:
        """Where this workstation's next open-time check of the records goes on."""
        try:
            secret = self._backend.get_password(ANCHOR_SERVICE, f"records-{fingerprint}")
            data = json.loads(secret) if secret else None
            return (str(data["table"]), int(data["after"])) if data else None
        except (keyring.errors.KeyringError, ValueError, KeyError, TypeError):
            return None  # start from the beginning: costs one window, loses nothing

    def set_records_cursor(self, fingerprint: str, cursor: Cursor | None) -> None:
        if cursor is None:
            return
        secret = json.dumps({"table": cursor[0], "after": cursor[1]})
        try:
            self._backend.set_password(ANCHOR_SERVICE, f"records-{fingerprint}", secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The records cursor could not be stored: {reason}"), reason=exc)) from exc

    def replace(self, fingerprint: str, head: Head) -> None:
        """Keep `head` whatever was kept: only after IT accepted a shorter chain (a restore)."""
        secret = json.dumps({"v": 1, "seq": head.seq, "hash": head.hash})
        try:
            self._backend.set_password(ANCHOR_SERVICE, self.account(fingerprint), secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(message("Keys", QT_TRANSLATE_NOOP(
                "Keys", "The audit anchor could not be stored: {reason}"), reason=exc)) from exc


@dataclass(frozen=True)
class AnchorReport:
    """The chain's own check plus what the anchors outside the file say about it."""

    chain: audit.ChainReport
    problems: tuple[str, ...] = ()
    head: Head | None = None
    anchors_checked: int = 0
    notes: tuple[str, ...] = field(default=())
    #: Why the check could not run at all (the credential store failed, ...).
    unchecked: str | None = None
    #: The records against their seals (all of them, or the open-time window).
    records: RecordsReport | None = None

    @property
    def ok(self) -> bool:
        return (self.chain.ok and not self.problems and self.unchecked is None
                and (self.records is None or self.records.ok))

    def findings(self) -> list[str]:
        """What is wrong, without the notes."""
        if self.unchecked is not None:
            return [f"the audit chain could not be checked: {self.unchecked}"]
        records = self.records.lines() if self.records is not None else []
        return [self.chain.describe(), *self.problems, *records]

    def lines(self) -> list[str]:
        if self.unchecked is not None:
            return self.findings()
        return [*self.findings(), *self.notes]

    def describe(self) -> str:
        return "\n".join(self.lines())


def current_head(session: Session) -> Head | None:
    """The newest entry of the log as stored (None for an empty log)."""
    row = session.execute(select(AuditEntry.seq, AuditEntry.entry_hash)
                          .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return None if row is None else Head(row[0], row[1])


def anchor_problem(session: Session, anchor: Head, witness: str) -> str | None:
    """Why the log does not contain `anchor` exactly as `witness` saw it, or None."""
    stored = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == anchor.seq))
    if stored == anchor.hash:
        return None
    if stored is None:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        if count == 0:
            return f"{witness} saw entry {anchor.seq}, but the log is now empty (wiped)"
        last = session.scalar(select(func.max(AuditEntry.seq)))
        return (f"{witness} saw entry {anchor.seq}, but the log now ends at entry {last}: "
                "newer entries were removed (truncated)")
    return (f"entry {anchor.seq} is not the one {witness} saw: the log was rewritten "
            "(and re-hashed)")
