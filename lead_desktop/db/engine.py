"""SQLAlchemy engine over a SQLCipher file, and the two kinds of session the app uses.

Writes begin with `BEGIN IMMEDIATE`: with a deferred transaction that reads and then writes,
a second process writing at the same time fails at once with "database is locked", whatever
the busy timeout. Reads use a plain deferred `BEGIN`, so readers never queue behind writers.
A write that finds the file busy (at its BEGIN IMMEDIATE or at its COMMIT, which waits for
readers) retries with backoff (`waiting.py`) rather than failing after one busy timeout.
Engine errors never carry bound parameters: they would put record text in messages and logs.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from lead_desktop.db import change_tracking, sqlcipher_file, waiting

_BEGIN_OPTION = "lead_begin"
#: Execution option of the app's units of work: note the records they change (sealing).
_TRACK_OPTION = "lead_track"
# The UI thread and Qt's pool threads (as many as cores) each hold at most one connection.
POOL_SIZE = 3
POOL_OVERFLOW = 5


def sqlcipher_engine(path: Path, key: bytes) -> Engine:
    def creator() -> sqlcipher.Connection:
        return sqlcipher_file.connect_when_free(path, key)

    # The pysqlite dialect, told that its DB-API module is sqlcipher3, so SQLAlchemy wraps
    # SQLCipher's exceptions like sqlite3's. A queue of connections handed to one thread at a
    # time: the "sqlite://" URL would otherwise choose SingletonThreadPool, which keys
    # connections by Python thread state. Qt's pool threads get a new one for every job, so
    # connections piled up and the pool closed others still in use on another thread (a
    # segfault under concurrent background jobs).
    # Last in, first out: a thread's next unit of work gets the connection it just returned,
    # with its decrypted pages still cached; first in, first out handed each save the
    # connection another one had just made stale (its cache re-read and decrypted).
    engine = create_engine("sqlite://", module=sqlcipher, creator=creator, pool_pre_ping=False,
                           poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW,
                           pool_use_lifo=True, hide_parameters=True)
    engine.dialect.do_commit = _commit_with_retry  # this engine's own dialect instance

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        options = conn.get_execution_options()
        mode = options.get(_BEGIN_OPTION, "DEFERRED")
        if mode == "IMMEDIATE":
            dbapi = conn.connection.dbapi_connection
            tracked = options.get(_TRACK_OPTION, False)
            if tracked:
                change_tracking.prepare(dbapi, conn.connection.info)
            _with_short_busy_wait(dbapi, lambda: waiting.retry_while_busy(
                lambda: dbapi.execute("BEGIN IMMEDIATE")))
            if tracked:
                change_tracking.clear(dbapi)
        else:
            conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _with_short_busy_wait(dbapi: sqlcipher.Connection, action):  # noqa: ANN001, ANN202
    dbapi.execute(f"PRAGMA busy_timeout = {waiting.ATTEMPT_TIMEOUT_MS}")
    try:
        return action()
    finally:
        dbapi.execute(f"PRAGMA busy_timeout = {sqlcipher_file.BUSY_TIMEOUT_MS}")


def _commit_with_retry(dbapi: sqlcipher.Connection) -> None:
    """COMMIT, waiting for readers with backoff; SQLite keeps the transaction open when a
    COMMIT finds the file busy, so trying again loses nothing."""
    def attempt() -> None:
        if dbapi.in_transaction:
            dbapi.execute("COMMIT")

    _with_short_busy_wait(dbapi, lambda: waiting.retry_while_busy(attempt))


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One unit of work that writes: BEGIN IMMEDIATE, commit on success, roll back on error;
    the records it changes are noted (change_tracking) so they can be sealed."""
    bind = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE", _TRACK_OPTION: True})
    with Session(bind, expire_on_commit=False) as session:
        with session.begin():
            yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """One read-only unit of work; anything written by mistake is rolled back."""
    with Session(engine, expire_on_commit=False) as session:
        yield session  # closing the session rolls back
