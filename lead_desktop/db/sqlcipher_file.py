"""Opening a SQLCipher file safely, with one distinct error for each way it can fail.

Every probe here opens the file read-only, so a failed open never modifies, replaces or
re-creates it, and writes nothing beside it. Only `connect(..., create=True)` may create a
file, and only where none exists.

The one exception is a save interrupted by a crash or power cut: it leaves a rollback
journal beside the file, which only a read-write connection can roll back. After the key
check value has matched (so the key is right), `probe` lets SQLite itself roll it back with
one read-write open. A journal is never deleted or renamed by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from lead_desktop.db import waiting
from lead_desktop.db.keys import SALT_BYTES, FileHeader, sqlcipher_key_literal
from lead_desktop.errors import (
    CorruptDatabase,
    DatabaseNotFound,
    TruncatedDatabase,
    UnencryptedDatabase,
    WrongKey,
)
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
# Page cache by the connection's role (decrypted pages kept, so decryption does not
# dominate reads): the app's pooled connections (the UI thread and the background jobs each
# hold one) keep the working set of a desk, search index and open case; a maintenance
# connection (backup, integrity check, rekey) reads each page once and keeps almost none.
# Each pooled connection held 64 MB before: 40-85 MB of a supervisor's 290-340 MB.
CACHE_KIB = 16 * 1024
MAINTENANCE_CACHE_KIB = 2 * 1024
APPLICATION_ID = 0x4C454144  # "LEAD"
JOURNAL_SUFFIX = "-journal"
# The first 8 bytes of a rollback journal that still holds pages to put back.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def read_header(path: Path) -> FileHeader:
    """The readable part of the file, after the checks that need no key."""
    if not path.exists():
        raise DatabaseNotFound(message("Database", QT_TRANSLATE_NOOP(
            "Database", "No database file at {path}."), path=path))
    if not path.is_file():
        raise DatabaseNotFound(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} is not a file."), path=path))
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(SALT_BYTES)
    if head == PLAIN_SQLITE_MAGIC:
        raise UnencryptedDatabase(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} is an unencrypted SQLite file; it was not opened."), path=path))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise TruncatedDatabase(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} is incomplete ({size} bytes; a LEAD database is made of whole "
            "{page}-byte pages). It may have been cut off during a copy or a crash."),
            path=path, size=size, page=PAGE_SIZE))
    return FileHeader.from_salt(head)


def _apply_settings(conn: sqlcipher.Connection, key_literal: str) -> None:
    # Logging must go off before the key: a failed decryption otherwise prints to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal}")
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")


def _apply_connection_pragmas(conn: sqlcipher.Connection, *, read_only: bool,
                              cache_kib: int = CACHE_KIB) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = -{cache_kib}")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    if not read_only:
        # Rollback journal, not WAL: WAL needs shared memory, which network folders lack.
        conn.execute("PRAGMA journal_mode = DELETE")


def connect(path: Path, key: bytes, *, read_only: bool = False, create_salt: bytes | None = None,
            cache_kib: int = CACHE_KIB) -> sqlcipher.Connection:
    """A keyed DB-API connection in autocommit mode (transactions are begun explicitly)."""
    mode = "rwc" if create_salt is not None else ("ro" if read_only else "rw")
    if create_salt is not None and path.exists():
        raise FileExistsError(path)
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        _apply_settings(conn, sqlcipher_key_literal(key, create_salt))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_connection_pragmas(conn, read_only=read_only, cache_kib=cache_kib)
        if create_salt is not None:
            # Write page 1 now, while this connection holds our salt; a later connection
            # to an empty file would pick a random one.
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_when_free(path: Path, key: bytes, *, read_only: bool = False,
                      cache_kib: int = CACHE_KIB) -> sqlcipher.Connection:
    """`connect`, waiting with backoff while other workstations' saves keep the file busy
    (a connection's first read needs a moment when nobody is committing)."""
    return waiting.retry_while_busy(
        lambda: connect(path, key, read_only=read_only, cache_kib=cache_kib), what="open")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def has_pending_journal(path: Path) -> bool:
    """A journal beside the file that still holds pages to roll back (a hot journal, or
    one whose save is under way in another process)."""
    try:
        with journal_path(path).open("rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def damaged(path: Path, detail: object) -> CorruptDatabase:
    """The refusal of a file whose pages do not read back (the reason: SQLCipher's words)."""
    return CorruptDatabase(message("Database", QT_TRANSLATE_NOOP(
        "Database", "{path} is damaged and could not be read ({reason})."),
        path=path, reason=detail))


def roll_back_interrupted_save(path: Path, key: bytes) -> bool:
    """Let SQLite roll back a journal left by a crash (call only after the key check value
    matched). True when a journal was rolled back; False when there was none to roll back."""
    if not has_pending_journal(path):
        return False
    try:
        # A read-write open's first read takes a shared lock, finds the hot journal and
        # rolls it back under an exclusive lock. A journal of a save still under way in
        # another process is not hot: SQLite leaves it, and the read waits or reads as usual.
        waiting.retry_while_busy(lambda: connect(path, key).close(), what="open")
    except sqlcipher.DatabaseError as exc:
        raise damaged(path, exc) from exc
    # SQLite does not say whether it rolled back; a journal gone after our open is taken as
    # rolled back. (If another workstation's save committed in that very moment, the audit
    # names a recovery that did not happen: a harmless false entry, never a lost one.)
    return not has_pending_journal(path)


def probe(path: Path, key: bytes) -> tuple[FileHeader, bool]:
    """Check the key, roll back an interrupted save, then open read-only and check every
    page's HMAC; raise the matching error if anything fails. Returns the header and whether
    an interrupted save was rolled back. Nothing else ever changes the file."""
    header = read_header(path)
    if not header.accepts(key):
        raise WrongKey(message("Database", QT_TRANSLATE_NOOP(
            "Database", "The key does not open {path}."), path=path))
    recovered = roll_back_interrupted_save(path, key)

    def check() -> list[str]:
        conn = connect(path, key, read_only=True)
        try:
            return damaged_pages(conn)
        finally:
            conn.close()

    try:
        # Busy (another workstation committing) is waited out, never taken for damage.
        problems = waiting.retry_while_busy(check, what="open")
    except sqlcipher.DatabaseError as exc:
        # The key check value matched, so the key is right and the file is damaged.
        raise damaged(path, exc) from exc
    if problems:
        raise damaged(path, problems[0])
    return header, recovered


def damaged_pages(conn: sqlcipher.Connection, *, limit: int = 20) -> list[str]:
    """SQLCipher's HMAC check of every page: catches any page overwritten anywhere in the
    file, before anything writes into it (about 7 ms per MB, so cheap enough for each open)."""
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchmany(limit)
    return [row[0] for row in rows]


def integrity_problems(conn: sqlcipher.Connection, *, limit: int = 20,
                       pages_checked: bool = False) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's integrity check; empty when sound.
    `pages_checked`: the HMACs were just checked by `probe` (the open), so skip them."""
    problems = [] if pages_checked else damaged_pages(conn, limit=limit)
    rows = conn.execute(f"PRAGMA integrity_check({limit})").fetchall()
    problems += [row[0] for row in rows if row[0] != "ok"]
    return problems


def file_fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
