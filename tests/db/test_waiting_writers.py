"""A save that finds the file busy waits its turn with backoff (and says so), instead of
failing after one busy timeout; only past its budget does it fail, with DatabaseBusy."""

import threading

import pytest
from sqlalchemy import text

from lead_desktop.db import waiting
from lead_desktop.errors import DatabaseBusy


def _table(db):
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS t (v TEXT)"))


def test_a_save_waits_for_a_long_write_and_then_lands(db):
    _table(db)
    heard, holding, release = [], threading.Event(), threading.Event()

    def other_workstation():
        conn = db.raw_connection()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES ('theirs')")
        holding.set()
        release.wait(30)
        conn.execute("COMMIT")
        conn.close()

    def hear(is_waiting):
        heard.append(is_waiting)
        if is_waiting:
            release.set()  # the other workstation finishes once we are seen waiting

    waiting.add_listener(hear)
    thread = threading.Thread(target=other_workstation)
    thread.start()
    try:
        assert holding.wait(30)
        with db.write() as session:
            session.execute(text("INSERT INTO t VALUES ('mine')"))
    finally:
        release.set()
        thread.join()
        waiting.remove_listener(hear)
    assert heard == [True, False]
    with db.read() as session:
        assert sorted(session.execute(text("SELECT v FROM t")).scalars()) == ["mine", "theirs"]


def test_a_commit_waits_for_a_long_read(db):
    """In rollback-journal mode a commit waits for readers; it retries instead of failing."""
    _table(db)
    heard, release = [], threading.Event()
    reader = db.raw_connection(read_only=True)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()  # holds a shared lock

    def hear(is_waiting):
        heard.append(is_waiting)
        if is_waiting:
            release.set()

    def end_read():
        release.wait(30)
        reader.execute("COMMIT")

    waiting.add_listener(hear)
    thread = threading.Thread(target=end_read)
    thread.start()
    try:
        with db.write() as session:
            session.execute(text("INSERT INTO t VALUES ('after the read')"))
    finally:
        release.set()
        thread.join()
        reader.close()
        waiting.remove_listener(hear)
    assert heard == [True, False]
    with db.read() as session:
        assert session.execute(text("SELECT v FROM t")).scalars().all() == ["after the read"]


def test_past_its_budget_a_save_fails_with_database_busy(db):
    _table(db)
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    try:
        mine = db.raw_connection()
        mine.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(DatabaseBusy) as caught:
            waiting.retry_while_busy(lambda: mine.execute("BEGIN IMMEDIATE"), budget_s=0.3)
        assert "input is kept" in caught.value.next_step
        mine.close()
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_engine_errors_carry_no_record_text(db):
    _table(db)
    with db.write() as session:
        session.execute(text("CREATE UNIQUE INDEX one_v ON t (v)"))
        session.execute(text("INSERT INTO t VALUES ('Jane Doe relapsed')"))
    with pytest.raises(Exception) as caught:
        with db.write() as session:
            session.execute(text("INSERT INTO t VALUES (:v)"), {"v": "Jane Doe relapsed"})
    assert "Jane Doe" not in str(caught.value)


def test_a_commit_past_its_budget_fails_whole_and_the_engine_goes_on(db, monkeypatch):
    _table(db)
    monkeypatch.setattr(waiting, "WAIT_BUDGET_S", 1.0)
    reader = db.raw_connection(read_only=True)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()
    try:
        with pytest.raises(DatabaseBusy):
            with db.write() as session:
                session.execute(text("INSERT INTO t VALUES ('not saved')"))
    finally:
        reader.execute("COMMIT")
        reader.close()
    with db.write() as session:
        session.execute(text("INSERT INTO t VALUES ('saved')"))
    with db.read() as session:
        assert session.execute(text("SELECT v FROM t")).scalars().all() == ["saved"]
