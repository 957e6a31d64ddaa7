"""The database file and its journal hold no plaintext; plain SQLite cannot read them."""

import sqlite3

import pytest
from sqlalchemy import text

from lead_desktop.db import sqlcipher_file
from lead_desktop.db.database import open_database

MARKER = "O'Brien-Muñoz Zoë Ødegård SECRET-7f3a"


def test_round_trip(db, key_store):
    with db.write() as session:
        session.execute(text("CREATE TABLE scratch (note TEXT)"))
        session.execute(text("INSERT INTO scratch VALUES (:v)"), {"v": MARKER})
    db.close()
    with open_database(db.path, key_store) as again, again.read() as session:
        assert session.execute(text("SELECT note FROM scratch")).scalar_one() == MARKER


def test_file_and_journal_contain_no_plaintext(db):
    with db.write() as session:
        session.execute(text("CREATE TABLE scratch (note TEXT)"))
        session.execute(text("INSERT INTO scratch VALUES (:v)"), {"v": MARKER})
    journal = db.path.with_name(db.path.name + "-journal")
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE scratch SET note = ?", (MARKER + " changed",))
    conn.execute("INSERT INTO scratch SELECT note || zeroblob(9000) FROM scratch")
    assert journal.exists(), "a write transaction in rollback-journal mode keeps a journal"
    journal_bytes = journal.read_bytes()
    conn.execute("COMMIT")
    conn.close()
    for blob in (db.path.read_bytes(), journal_bytes):
        for needle in (MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), b"SECRET-7f3a",
                       b"CREATE TABLE", b"audit_log", b"SQLite format 3"):
            assert needle not in blob


def test_plain_sqlite_cannot_read_it(db):
    plain = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_connection_settings_fit_a_shared_file(db):
    conn = db.raw_connection()
    pragma = lambda name: conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "delete"
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("busy_timeout") >= 5000
    assert pragma("cache_size") == -sqlcipher_file.MAINTENANCE_CACHE_KIB  # by role, in KiB
    assert int(pragma("cipher_page_size")) == 4096
    assert pragma("cipher_version").startswith("4.")
    conn.close()
    assert db._key.hex() not in repr(db)
    with db.engine.connect() as connection:  # the app's own connections: a larger cache
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == \
            -sqlcipher_file.CACHE_KIB
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
