"""The presence list: which workstations have the database open, since when.

The app adds its row when it opens the database, refreshes it every `HEARTBEAT` and removes
it on close. A workstation that crashed stops refreshing, and its row counts for nothing
after `EXPIRY` (it is swept at the next arrival). Rekey, restore and schema upgrades refuse
to start while anyone else is present (`refuse_if_others`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import delete, inspect, select

from lead_desktop.db.waiting import operation
from lead_desktop.errors import OthersConnected
from lead_desktop.models import WorkstationPresence
from lead_desktop.models.base import utcnow
from lead_desktop.security.actor import workstation_name
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message

HEARTBEAT = timedelta(seconds=60)
EXPIRY = timedelta(minutes=3)  # three missed heartbeats


@dataclass(frozen=True)
class Present:
    id: str
    username: str
    workstation: str
    program: str
    opened_at: datetime
    heartbeat_at: datetime

    def describe(self) -> str:
        return str(self.said())

    def said(self) -> Message:
        return message("Database", QT_TRANSLATE_NOOP(
            "Database", "{user} on {workstation} since {opened} UTC"), user=self.username,
            workstation=self.workstation, opened=f"{self.opened_at:%Y-%m-%d %H:%M}")


def has_presence_table(database) -> bool:  # noqa: ANN001 - a Database (avoids a cycle)
    with database.engine.connect() as connection:
        return "workstation_presence" in inspect(connection).get_table_names()


def arrive(database, username: str, *, program: str = "lead-desktop",
           now: Callable[[], datetime] = utcnow) -> str:
    """Add this program's row (and sweep expired ones); returns the row's id."""
    at = now()
    with database.write() as session:
        session.execute(delete(WorkstationPresence)
                        .where(WorkstationPresence.heartbeat_at < at - EXPIRY))
        row = WorkstationPresence(workstation=workstation_name(), username=username,
                                  program=program, pid=os.getpid(), opened_at=at,
                                  heartbeat_at=at)
        session.add(row)
        session.flush()
        return row.id


def heartbeat(database, presence_id: str, *, username: str | None = None,
              now: Callable[[], datetime] = utcnow) -> None:
    """Still here (and, after sign-in, who). A row swept meanwhile is added back."""
    with database.write() as session:
        row = session.get(WorkstationPresence, presence_id)
        if row is None:
            row = WorkstationPresence(id=presence_id, workstation=workstation_name(),
                                      username=username or "", program="lead-desktop",
                                      pid=os.getpid(), opened_at=now())
            session.add(row)
        row.heartbeat_at = now()
        if username is not None:
            row.username = username


def leave(database, presence_id: str) -> None:
    with database.write() as session:
        session.execute(delete(WorkstationPresence).where(WorkstationPresence.id == presence_id))


def present(database, *, now: Callable[[], datetime] = utcnow,
            excluding: str | None = None) -> list[Present]:
    """Everyone whose heartbeat is fresh, oldest first."""
    if not has_presence_table(database):
        return []  # a schema from before the presence list
    with database.read() as session:
        rows = session.scalars(select(WorkstationPresence)
                               .where(WorkstationPresence.heartbeat_at >= now() - EXPIRY)
                               .order_by(WorkstationPresence.opened_at)).all()
        return [Present(r.id, r.username, r.workstation, r.program, r.opened_at, r.heartbeat_at)
                for r in rows if r.id != excluding]


def refuse_if_others(database, what: str, *, excluding: str | None = None,
                     now: Callable[[], datetime] = utcnow) -> None:
    others = present(database, now=now, excluding=excluding)
    if others:
        who = Listed(tuple(p.said() for p in others), separator="; ")
        if len(others) == 1:
            raise OthersConnected(message("Database", QT_TRANSLATE_NOOP(
                "Database", "The {what} was not started: 1 workstation is connected: {who}."),
                what=operation(what), who=who))
        raise OthersConnected(message("Database", QT_TRANSLATE_NOOP(
            "Database", "The {what} was not started: {count} workstations are connected: "
            "{who}."), what=operation(what), count=len(others), who=who))
