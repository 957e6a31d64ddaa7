"""Opening a SQLCipher file safely, with one distinct error for each way it can fail.

Every probe here opens the file read-only, so a failed open never modifies, replaces or
re-creates it, and writes nothing beside it. Only `connect(..., create=True)` may create a
file, and only where none exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from lead_desktop.db.keys import SALT_BYTES, FileHeader, sqlcipher_key_literal
from lead_desktop.errors import (
    CorruptDatabase,
    DatabaseNotFound,
    TruncatedDatabase,
    UnencryptedDatabase,
    WrongKey,
)

PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 64 * 1024
APPLICATION_ID = 0x4C454144  # "LEAD"  # ~64 MB page cache, so decryption does not dominate reads


def read_header(path: Path) -> FileHeader:
    """The readable part of the file, after the checks that need no key."""
    if not path.exists():
        raise DatabaseNotFound(f"No database file at {path}.")
    if not path.is_file():
        raise DatabaseNotFound(f"{path} is not a file.")
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(SALT_BYTES)
    if head == PLAIN_SQLITE_MAGIC:
        raise UnencryptedDatabase(f"{path} is an unencrypted SQLite file; it was not opened.")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise TruncatedDatabase(
            f"{path} is incomplete ({size} bytes; a LEAD database is made of whole "
            f"{PAGE_SIZE}-byte pages). It may have been cut off during a copy or a crash."
        )
    return FileHeader.from_salt(head)


def _apply_settings(conn: sqlcipher.Connection, key_literal: str) -> None:
    # Logging must go off before the key: a failed decryption otherwise prints to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal}")
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")


def _apply_connection_pragmas(conn: sqlcipher.Connection, *, read_only: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    if not read_only:
        # Rollback journal, not WAL: WAL needs shared memory, which network folders lack.
        conn.execute("PRAGMA journal_mode = DELETE")


def connect(path: Path, key: bytes, *, read_only: bool = False, create_salt: bytes | None = None,
            ) -> sqlcipher.Connection:
    """A keyed DB-API connection in autocommit mode (transactions are begun explicitly)."""
    mode = "rwc" if create_salt is not None else ("ro" if read_only else "rw")
    if create_salt is not None and path.exists():
        raise FileExistsError(path)
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        _apply_settings(conn, sqlcipher_key_literal(key, create_salt))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_connection_pragmas(conn, read_only=read_only)
        if create_salt is not None:
            # Write page 1 now, while this connection holds our salt; a later connection
            # to an empty file would pick a random one.
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        conn.close()
        raise
    return conn


def probe(path: Path, key: bytes) -> FileHeader:
    """Open read-only with this key and read the schema; raise the matching error if it
    fails. The file is never changed."""
    header = read_header(path)
    if not header.accepts(key):
        raise WrongKey(f"The key does not open {path}.")
    try:
        conn = connect(path, key, read_only=True)
    except sqlcipher.DatabaseError as exc:
        # The key check value matched, so the key is right and the file is damaged.
        raise CorruptDatabase(f"{path} is damaged and could not be read ({exc}).") from exc
    conn.close()
    return header


def integrity_problems(conn: sqlcipher.Connection, *, limit: int = 20) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's integrity check; empty when sound."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = conn.execute(f"PRAGMA integrity_check({limit})").fetchall()
    problems += [row[0] for row in rows if row[0] != "ok"]
    return problems


def file_fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
