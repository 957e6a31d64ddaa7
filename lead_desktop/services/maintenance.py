"""Keeping the database safe from the app: the automatic backup set, the backup folder,
and who is connected. (Restore and rekey stay in `lead-admin`: they need everyone out.)"""

from __future__ import annotations

import getpass
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from lead_desktop.db import backup_set, enrollment, presence
from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import server_checks
from lead_desktop.settings import Settings
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.messages import next_step as _next


class MaintenanceService:
    def __init__(self, db: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self.db, self.now = db, now

    def backup_status(self, actor: Actor) -> backup_set.SetStatus:
        require(self.db, actor, Data.CONFIGURATION, Access.READ, record_type="backup")
        return backup_set.status(self.db.fingerprint, now=self.now)

    def daily_backup(self, actor: Actor) -> Path | None:
        """The day's verified backup, made at the first sign-in of the day (by anyone: it is
        the program's duty, not a permission); None when today's copy exists."""
        return backup_set.make_if_due(self.db, actor, now=self.now)

    def back_up_now(self, actor: Actor) -> Path:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="backup")
        return backup_set.make(self.db, actor, now=self.now)

    def set_backup_folder(self, actor: Actor, folder: Path | None) -> Path:
        """Point the set at another folder (None: the default). The folder must be writable
        now: a backup that cannot be written is found out here, not in a crisis."""
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="backup")
        settings = Settings.load()
        if folder is not None:
            folder = Path(folder)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=folder, prefix=".lead-write-test-"):
                    pass
            except OSError as exc:
                raise InvalidInput(message("Backups", QT_TRANSLATE_NOOP(
                    "Backups", "Backups cannot be written to {folder} ({why})."),
                    folder=str(folder), why=exc.strerror),
                                   next_step=_next(QT_TRANSLATE_NOOP(
                                       "NextSteps", "Choose a folder you can write to."))) from exc
        settings.backup_folder = None if folder is None else str(folder)
        settings.save()
        chosen = backup_set.folder(settings)
        with self.db.write() as session:
            audit.record(session, actor, "backup.folder_changed", record_type="database",
                         record_id=self.db.fingerprint, details={"folder": str(chosen)})
        return chosen

    def offer_enrollment(self, actor: Actor) -> enrollment.Offer:
        """A one-time code that enrolls another workstation without the recovery key."""
        return enrollment.offer(self.db, actor, now=self.now().astimezone(timezone.utc))

    @property
    def on_server(self) -> bool:
        """PostgreSQL mode: backups are the DBA's; the page shows the server's checks."""
        return getattr(self.db, "backend", "sqlite") == "postgresql"

    def server_checks(self, actor: Actor) -> list[server_checks.ServerCheck]:
        return server_checks.server_checks(self.db, actor)

    def connected(self, actor: Actor) -> list[presence.Present]:
        require(self.db, actor, Data.CONFIGURATION, Access.READ, record_type="presence")
        return presence.present(self.db)


def newest_backup_of(path: Path) -> backup_set.SetCopy | None:
    """The newest copy in the backup set of the database at `path` (read from its header,
    which a damaged file still has), for the refusal message of a damaged file."""
    from lead_desktop.db import sqlcipher_file
    from lead_desktop.errors import DatabaseOpenError

    try:
        fingerprint = sqlcipher_file.read_header(Path(path)).fingerprint
    except DatabaseOpenError:
        return None
    return backup_set.latest(fingerprint, backup_set.folder())


class WorkstationPresence:
    """This program's entry in the presence list, from open to close."""

    def __init__(self, db: Database) -> None:
        self.db = db
        try:
            who = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name on some service accounts
            who = f"pid {os.getpid()}"
        self.id = presence.arrive(db, who) if presence.has_presence_table(db) else None

    def beat(self, username: str | None = None) -> None:
        if self.id is not None:
            presence.heartbeat(self.db, self.id, username=username)

    def leave(self) -> None:
        if self.id is not None:
            presence.leave(self.db, self.id)
            self.id = None
