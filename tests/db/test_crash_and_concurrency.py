"""Real processes: a workstation killed with SIGKILL in the middle of its saves, and rekey
and restore run while another process keeps saving. Every record a child reported as
committed must be there afterwards, through the app's own open path."""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest
from sqlalchemy import text

from lead_desktop.db import backup as backups
from lead_desktop.db import sqlcipher_file
from lead_desktop.db.database import open_database
from lead_desktop.security import audit
from lead_desktop.security.roles import Role
from tests.conftest import isolated_env
from tests.support.lead_admin_process import WarmChild

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]


@pytest.fixture
def spawn(isolated):
    env = {**os.environ, **isolated_env(isolated)}
    children = []

    def _spawn(*args) -> WarmChild:
        # a process of its own, forked from one that has imported the app already
        child = WarmChild("tests.db.child_saver", args, env)
        children.append(child)
        assert child.stdout.readline().strip() == "ready"
        return child
    yield _spawn
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait()


def _read(child: WarmChild, count: int) -> list[str]:
    lines = []
    while len(lines) < count:
        line = child.stdout.readline().strip()
        assert line and not line.startswith("failed"), line
        lines.append(line)
    return lines


def _rest(child: WarmChild) -> list[str]:
    """Every line the child wrote before it ended (committed, since printed after commit)."""
    out = child.stdout.read()
    child.wait(timeout=60)
    return [line for line in out.split() if line and not line.startswith(("failed", "Database"))
            and line.isalnum()]


def _check_sound(database) -> None:
    conn = database.raw_connection(read_only=True)
    try:
        assert sqlcipher_file.integrity_problems(conn) == []
    finally:
        conn.close()
    with database.read() as session:
        assert audit.verify_chain(session).ok


def test_sigkill_at_random_points_loses_no_commit(db, staff, key_store, spawn):
    manager = staff[Role.CASE_MANAGER]
    db.close()
    rng = random.Random(20261201)
    committed: list[str] = []
    journals_left = 0
    for _trial in range(20):
        child = spawn(db.path, "people", manager.user_id, manager.username)
        committed += _read(child, rng.randint(1, 6))
        time.sleep(rng.uniform(0, 0.04))  # a random point inside the next saves
        child.send_signal(signal.SIGKILL)
        committed += [line for line in _rest(child) if "-" in line]
        journals_left += sqlcipher_file.has_pending_journal(db.path)
        with open_database(db.path, key_store) as reopened:  # the app's own open path
            with reopened.read() as session:
                ids = set(session.execute(text("SELECT id FROM persons")).scalars())
            assert set(committed) <= ids
            _check_sound(reopened)
    print(f"{len(committed)} people committed; {journals_left} of 20 kills left a journal")


def test_rekey_while_another_process_saves(db, key_store, system_actor, spawn):
    db.close()
    child = spawn(db.path, "rows")
    saved = _read(child, 20)
    with open_database(db.path, key_store) as database:
        backups.rekey(database, key_store, system_actor)
    saved += _read_until_it_fails(child)
    with open_database(db.path, key_store) as rekeyed:
        with rekeyed.read() as session:
            rows = set(session.execute(text("SELECT n FROM saved")).scalars())
        _check_sound(rekeyed)
    assert {int(n) for n in saved} <= rows


def _read_until_it_fails(child: WarmChild) -> list[str]:
    """After a rekey the child's key is stale: its next save fails (reported), never lands
    silently nowhere."""
    lines = []
    for line in child.stdout:
        line = line.strip()
        if line.startswith("failed"):
            break
        lines.append(line)
    child.wait(timeout=60)
    return lines


def test_restore_while_another_process_saves(db, tmp_path, key_store, system_actor, spawn):
    with db.write() as session:
        session.execute(text("CREATE TABLE saved (n INTEGER PRIMARY KEY)"))
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    db.close()
    child = spawn(db.path, "rows")
    before = _read(child, 20)
    kept = backups.restore(backup, db.path, key_store, system_actor, force=True)
    after = _read(child, 10)  # the child goes on saving, into the restored file
    child.send_signal(signal.SIGKILL)
    after += [line for line in _rest(child)]
    with open_database(kept, key_store) as replaced, replaced.read() as session:
        in_kept = set(session.execute(text("SELECT n FROM saved")).scalars())
    with open_database(db.path, key_store) as restored:
        with restored.read() as session:
            in_restored = set(session.execute(text("SELECT n FROM saved")).scalars())
        _check_sound(restored)
    reported = {int(n) for n in before + after}
    assert reported <= in_kept | in_restored
    assert {int(n) for n in before} <= in_kept
