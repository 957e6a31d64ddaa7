"""Audit entries for reads the user waits on (a people search, a duplicate check), written
off that path: queued with the time they happened, and appended to the chain by the next
write of this process (in that write's transaction), by the app's settle timer a moment
later, or when the database closes. See docs/SECURITY.md ("Audit entries off the waiting
path").

An entry leaves the queue only when the transaction holding it commits: a write that fails
or rolls back puts its entries back, in order, for the next one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor


@dataclass(frozen=True)
class _Entry:
    actor: Actor
    event: str
    at: datetime
    fields: dict[str, Any] = field(default_factory=dict)


class DeferredAudit:
    def __init__(self) -> None:
        self._pending: list[_Entry] = []
        self._lock = threading.Lock()

    def add(self, actor: Actor, event: str, **fields: Any) -> None:
        """Queue one entry, stamped now (when the user was shown the result)."""
        with self._lock:
            self._pending.append(_Entry(actor, event, utcnow(), fields))

    def __len__(self) -> int:
        return len(self._pending)

    def take(self) -> list[_Entry]:
        with self._lock:
            taken, self._pending = self._pending, []
        return taken

    def put_back(self, taken: list[_Entry]) -> None:
        """A write that held them did not commit: first in the queue again."""
        if taken:
            with self._lock:
                self._pending[:0] = taken

    @staticmethod
    def record(session: Session, taken: list[_Entry]) -> None:
        for entry in taken:
            audit.record(session, entry.actor, entry.event, at=entry.at, **entry.fields)
