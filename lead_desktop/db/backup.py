"""Encrypted backups, restore and rekey.

A backup is a SQLCipher copy made with SQLite's online backup inside one read transaction
(so it is consistent while others keep working), with the same database id in its header:
the key store finds its key, and `restore` knows which database it belongs to.
Every copy is verified before it is trusted: it opens, SQLCipher's and SQLite's integrity
checks pass, the audit chain holds, and each table has as many rows as the original had.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from lead_desktop import paths
from lead_desktop.db import keys, sqlcipher_file
from lead_desktop.db.database import Database, open_with_key
from lead_desktop.errors import AlreadyExists, VerificationFailed
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor


def _table_names(conn: sqlcipher.Connection, schema_name: str = "main") -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def _row_counts(conn: sqlcipher.Connection, schema_name: str) -> dict[str, int]:
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema_name}."{name}"').fetchone()[0]
        for name in _table_names(conn, schema_name)
    }


def export_copy(database: Database, dest: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of the database to `dest` (which must not exist), keyed with
    `key` and carrying the database id, and return the row counts it was made from.

    SQLite's online backup runs inside one read transaction, so the copy and the counts are
    the same snapshot while others keep working. (`sqlcipher_export` was tried first: it
    does not carry the FTS5 search table over faithfully.)"""
    if dest.exists():
        raise AlreadyExists(f"{dest} already exists; it was left as it was.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    salt = keys.salt_for(key, database.header.database_id)
    source = database.raw_connection()
    try:
        target = sqlcipher_file.connect(dest, key, create_salt=salt)
    except BaseException:
        source.close()
        raise
    try:
        source.execute("BEGIN")
        counts = _row_counts(source, "main")
        source.backup(target)
        source.execute("COMMIT")
        copied = _row_counts(target, "main")
    except BaseException:
        target.close()
        source.close()
        dest.unlink(missing_ok=True)
        raise
    target.close()
    source.close()
    if counts != copied:
        dest.unlink(missing_ok=True)
        raise VerificationFailed("The copy's row counts differ from the database's.")
    return counts


def verify_copy(path: Path, key: bytes, expected_counts: dict[str, int] | None = None) -> None:
    """Raise VerificationFailed unless the copy at `path` is whole and sound."""
    copy = open_with_key(path, key, upgrade=False)
    try:
        conn = copy.raw_connection(read_only=True)
        try:
            problems = sqlcipher_file.integrity_problems(conn)
            counts = _row_counts(conn, "main")
        finally:
            conn.close()
        if problems:
            raise VerificationFailed(f"{path} failed its integrity check: {problems[0]}")
        if expected_counts is not None and counts != expected_counts:
            raise VerificationFailed(f"{path} does not hold every row of the original.")
        with copy.read() as session:
            report = audit.verify_chain(session)
        if not report.ok:
            raise VerificationFailed(f"{path}: {report.describe()}")
    finally:
        copy.close()


def backup(database: Database, dest: Path, actor: Actor) -> Path:
    """An online, encrypted, verified backup at `dest`, recorded in the audit log."""
    dest = Path(dest)
    if dest.exists():
        raise AlreadyExists(f"{dest} already exists; it was left as it was.")
    with database.write() as session:
        audit.record(session, actor, "backup.create", record_type="database",
                     record_id=database.fingerprint, details={"file": dest.name})
    try:
        counts = export_copy(database, dest, database._key)
        verify_copy(dest, database._key, counts)
    except BaseException as exc:
        dest.unlink(missing_ok=True)  # ours: we checked above that nothing was there
        with database.write() as session:
            audit.record(session, actor, "backup.create", record_type="database",
                         record_id=database.fingerprint, outcome=audit.FAILURE,
                         reason=type(exc).__name__)
        raise
    return dest


def backup_to_folder(database: Database, actor: Actor, *, label: str) -> Path:
    dest = paths.backups_dir() / f"lead-{database.fingerprint}-{label}.db"
    return backup(database, dest, actor)


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def replace_file(source: Path, target: Path) -> None:
    """Copy `source` over `target` atomically: a copy beside the target, flushed, renamed."""
    staging = target.with_name(target.name + ".incoming")
    try:
        shutil.copyfile(source, staging)
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)


def restore(backup_path: Path, target: Path, key_store, actor: Actor, *, force: bool = False,
            ) -> Path | None:
    """Put a verified backup in place of `target`. An existing target is refused unless
    `force`; then it is first kept, byte for byte, in the backups folder (its path is
    returned), so a restore never loses anything either."""
    from lead_desktop.db.database import open_database
    from lead_desktop.errors import KeyMissing

    backup_path, target = Path(backup_path), Path(target)
    header = sqlcipher_file.read_header(backup_path)
    key = key_store.get(header.fingerprint)
    if key is None:
        raise KeyMissing(f"This workstation has no key for the backup {backup_path} "
                         f"(fingerprint {header.fingerprint}).")
    verify_copy(backup_path, key)
    kept = None
    if target.exists():
        if not force:
            raise AlreadyExists(f"{target} exists; pass --force to replace it with the backup "
                                "(the current file is kept in the backups folder first).")
        kept = paths.backups_dir() / f"{target.stem}-replaced-by-restore-{_timestamp()}.db"
        shutil.copyfile(target, kept)
    replace_file(backup_path, target)
    verify_copy(target, key)
    with open_database(target, key_store) as database, database.write() as session:
        audit.record(session, actor, "backup.restore", record_type="database",
                     record_id=database.fingerprint, details={"from": backup_path.name})
    return kept


def rekey(database: Database, key_store, actor: Actor) -> str:
    """Re-encrypt the database with a new key and return the new recovery key.

    The old key stops opening the file. A verified backup under the old key is made first
    and removed only once the re-keyed file has opened with the new key. Every other
    workstation must then be enrolled again with the new recovery key."""
    safety = backup_to_folder(database, actor, label=f"before-rekey-{_timestamp()}")
    new_key = keys.new_key()
    staging = database.path.with_name(database.path.name + ".rekey")
    counts = export_copy(database, staging, new_key)
    try:
        verify_copy(staging, new_key, counts)
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        old_key = database._key
        database.close()
        key_store.put(database.fingerprint, new_key)
        try:
            os.replace(staging, database.path)
        except BaseException:
            key_store.put(database.fingerprint, old_key)
            raise
    finally:
        staging.unlink(missing_ok=True)
    with open_with_key(database.path, new_key) as rekeyed, rekeyed.write() as session:
        for event in ("key.rekey", "key.recovery_generated"):
            audit.record(session, actor, event, record_type="database",
                         record_id=rekeyed.fingerprint)
    safety.unlink()  # it is still readable with the old key, which must now be useless
    return keys.format_recovery_key(new_key)


def enroll(path: Path, recovery_key: str, key_store, actor: Actor) -> Database:
    """Store the key from a recovery key in this workstation's credential store."""
    key = keys.parse_recovery_key(recovery_key)
    database = open_with_key(Path(path), key)
    key_store.put(database.fingerprint, key)
    with database.write() as session:
        audit.record(session, actor, "key.recovery_unlock", record_type="database",
                     record_id=database.fingerprint, details={"key_store": key_store.describe()})
    return database
