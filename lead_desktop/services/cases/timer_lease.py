"""One workstation at a time runs the timers: a lease row taken in a write transaction.

`BEGIN IMMEDIATE` (every `db.write()`) makes taking the lease a single step across
processes and workstations: whoever takes it holds it until it expires or is released, and
every other desk that asks meanwhile is told who holds it and applies nothing. The expiry
lets a desk that crashed mid-run hand over to the next one without an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from lead_desktop.db.database import Database
from lead_desktop.models import Lease

TIMERS = "timers"
LEASE_MINUTES = 10


@dataclass(frozen=True)
class LeaseAnswer:
    taken: bool
    holder: str           # the holder now: us if taken, else the desk that runs them
    expires_at: datetime


def take(db: Database, holder: str, now: datetime, *, name: str = TIMERS,
         minutes: int = LEASE_MINUTES) -> LeaseAnswer:
    """Take the lease unless another holder has it and it has not expired."""
    with db.write() as session:
        lease = session.get(Lease, name)
        if lease is not None and lease.holder != holder and lease.expires_at > now:
            return LeaseAnswer(False, lease.holder, lease.expires_at)
        if lease is None:
            lease = Lease(name=name)
            session.add(lease)
        lease.holder, lease.taken_at = holder, now
        lease.expires_at = now + timedelta(minutes=minutes)
        return LeaseAnswer(True, holder, lease.expires_at)


def release(db: Database, holder: str, now: datetime, *, name: str = TIMERS) -> None:
    """Give the lease back early (only if we still hold it)."""
    with db.write() as session:
        lease = session.get(Lease, name)
        if lease is not None and lease.holder == holder:
            lease.expires_at = now
