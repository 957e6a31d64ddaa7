"""The automatic backup set: verified, encrypted copies in one folder, made at the first
sign-in of each day (and on demand), keeping the last 14 daily and 12 monthly copies.

The folder is the data folder's `backups/` unless an administrator chose another (a second
disk or a network folder, in this workstation's settings). `lead-admin backup --list` and
`restore --latest` read the same set. A copy belongs to the set by its name,
`lead-<fingerprint>-auto-<local date>-<time>.db`; other backups in the folder (before an
upgrade, a rekey or a restore) are never counted or removed here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from lead_desktop import paths
from lead_desktop.db import backup as backups
from lead_desktop.db import sqlcipher_file
from lead_desktop.errors import AlreadyExists, DatabaseOpenError
from lead_desktop.security.actor import Actor
from lead_desktop.settings import Settings

DAILY_KEPT = 14
MONTHLY_KEPT = 12
STALE_AFTER = timedelta(days=2)
_NAME = re.compile(r"^lead-(?P<fp>[0-9a-f]{16})-auto-(?P<at>\d{8}-\d{6})\.db$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class SetCopy:
    path: Path
    made_at: datetime  # local time, as named
    size: int


def folder(settings: Settings | None = None) -> Path:
    chosen = (settings or Settings.load()).backup_folder
    path = Path(chosen) if chosen else paths.backups_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def copies(fingerprint: str, where: Path) -> list[SetCopy]:
    """The set's copies of this database, newest first."""
    found = []
    for path in where.glob(f"lead-{fingerprint}-auto-*.db"):
        match = _NAME.match(path.name)
        if match and match["fp"] == fingerprint:
            found.append(SetCopy(path, datetime.strptime(match["at"], _STAMP),
                                 path.stat().st_size))
    return sorted(found, key=lambda c: c.made_at, reverse=True)


def latest(fingerprint: str, where: Path, key: bytes | None = None) -> SetCopy | None:
    """The newest copy (that `key` opens, when given: copies from before a rekey do not)."""
    for copy in copies(fingerprint, where):
        try:
            if key is None or sqlcipher_file.read_header(copy.path).accepts(key):
                return copy
        except DatabaseOpenError:
            continue
    return None


def is_due(fingerprint: str, where: Path, today: date) -> bool:
    return not any(c.made_at.date() == today for c in copies(fingerprint, where))


def is_stale(newest: SetCopy | None, now: datetime) -> bool:
    """The administration page warns when the last good backup is older than 2 days."""
    return newest is None or now - newest.made_at > STALE_AFTER


def to_keep(found: list[SetCopy]) -> set[Path]:
    """The newest copy of each of the last 14 days that have one, and of each of the last
    12 months."""
    keep: set[Path] = set()
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    for copy in found:  # newest first
        day, month = copy.made_at.date(), (copy.made_at.year, copy.made_at.month)
        if day not in days and len(days) < DAILY_KEPT:
            days.add(day)
            keep.add(copy.path)
        if month not in months and len(months) < MONTHLY_KEPT:
            months.add(month)
            keep.add(copy.path)
    return keep


def apply_retention(fingerprint: str, where: Path) -> list[Path]:
    found = copies(fingerprint, where)
    keep = to_keep(found)
    removed = []
    for copy in found:
        if copy.path not in keep:
            copy.path.unlink(missing_ok=True)
            removed.append(copy.path)
    return removed


def make(database, actor: Actor, *, where: Path | None = None,
         now: Callable[[], datetime] = datetime.now) -> Path:
    """A verified, encrypted backup into the set, then the retention rule."""
    where = where or folder()
    dest = where / f"lead-{database.fingerprint}-auto-{now().strftime(_STAMP)}.db"
    made = backups.backup(database, dest, actor)
    apply_retention(database.fingerprint, where)
    return made


def make_if_due(database, actor: Actor, *, where: Path | None = None,
                now: Callable[[], datetime] = datetime.now) -> Path | None:
    """The day's backup, unless this database already has one today (made by any
    workstation that shares the folder)."""
    where = where or folder()
    if not is_due(database.fingerprint, where, now().date()):
        return None
    try:
        return make(database, actor, where=where, now=now)
    except AlreadyExists:
        return None  # another workstation made it this very second


@dataclass(frozen=True)
class SetStatus:
    """What the administration page shows."""

    folder: Path
    newest: SetCopy | None
    count: int
    stale: bool


def status(fingerprint: str, *, where: Path | None = None,
           now: Callable[[], datetime] = datetime.now) -> SetStatus:
    where = where or folder()
    found = copies(fingerprint, where)
    newest = found[0] if found else None
    return SetStatus(where, newest, len(found), is_stale(newest, now()))
