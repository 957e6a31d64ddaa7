"""Automatic backups: once a day, verified, the last 14 daily and 12 monthly kept, and
`restore --latest` uses the newest."""

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from lead_desktop import paths
from lead_desktop.db import backup as backups
from lead_desktop.db import backup_set, keys
from lead_desktop.db.database import open_database
from lead_desktop.settings import Settings


def _fake(where: Path, fingerprint: str, at: datetime) -> Path:
    path = where / f"lead-{fingerprint}-auto-{at:%Y%m%d-%H%M%S}.db"
    path.write_bytes(b"x" * 4096)
    return path


def test_once_a_day_verified_into_the_default_folder(db, system_actor):
    morning = datetime(2026, 12, 1, 8, 0)
    made = backup_set.make_if_due(db, system_actor, now=lambda: morning)
    assert made is not None and made.parent == paths.backups_dir()
    backups.verify_copy(made, db._key)
    later = morning + timedelta(hours=5)
    assert backup_set.make_if_due(db, system_actor, now=lambda: later) is None
    next_day = morning + timedelta(days=1)
    assert backup_set.make_if_due(db, system_actor, now=lambda: next_day) is not None
    state = backup_set.status(db.fingerprint, now=lambda: next_day)
    assert state.count == 2 and not state.stale
    assert backup_set.status(db.fingerprint, now=lambda: next_day + timedelta(days=3)).stale


def test_an_administrator_can_point_the_set_elsewhere(db, system_actor, tmp_path):
    Settings(backup_folder=str(tmp_path / "second-disk")).save()
    made = backup_set.make_if_due(db, system_actor)
    assert made.parent == tmp_path / "second-disk"
    assert backup_set.status(db.fingerprint).folder == tmp_path / "second-disk"


def test_retention_keeps_14_daily_and_12_monthly(tmp_path):
    fp = "0123456789abcdef"
    start = datetime(2025, 1, 1, 9, 0)
    for day in range(500):  # two copies a day for 500 days
        _fake(tmp_path, fp, start + timedelta(days=day))
        _fake(tmp_path, fp, start + timedelta(days=day, hours=3))
    other = _fake(tmp_path, "fedcba9876543210", start)  # another database: not ours to prune
    keeper = tmp_path / f"lead-{fp}-before-upgrade-from-0003-20250101-000000.db"
    keeper.write_bytes(b"y")
    backup_set.apply_retention(fp, tmp_path)
    left = backup_set.copies(fp, tmp_path)
    days = {c.made_at.date() for c in left}
    months = {(c.made_at.year, c.made_at.month) for c in left}
    newest = start + timedelta(days=499, hours=3)
    assert left[0].made_at == newest
    assert len(months) == 12
    last_14 = {(newest - timedelta(days=i)).date() for i in range(14)}
    assert last_14 <= days
    assert len(left) == len(days) <= 14 + 12  # one copy a day at most, the newest of it
    assert other.exists() and keeper.exists()


def test_restore_latest_uses_the_newest_copy_the_key_opens(db, system_actor, key_store):
    with db.write() as session:
        session.execute(text("CREATE TABLE t (v TEXT)"))
        session.execute(text("INSERT INTO t VALUES ('first')"))
    backup_set.make(db, system_actor, now=lambda: datetime(2026, 11, 30, 9, 0))
    with db.write() as session:
        session.execute(text("INSERT INTO t VALUES ('second')"))
    newest = backup_set.make(db, system_actor, now=lambda: datetime(2026, 12, 1, 9, 0))
    where = backup_set.folder()
    assert backup_set.latest(db.fingerprint, where, db._key).path == newest
    assert backup_set.latest(db.fingerprint, where, keys.new_key()) is None
    with db.write() as session:
        session.execute(text("INSERT INTO t VALUES ('lost on purpose')"))
    db.close()
    backups.restore(newest, db.path, key_store, system_actor, force=True)
    with open_database(db.path, key_store) as restored, restored.read() as session:
        assert sorted(session.execute(text("SELECT v FROM t")).scalars()) == ["first", "second"]
