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
from lead_desktop.db import keys, moved_file, presence, sqlcipher_file, waiting
from lead_desktop.db.database import Database, open_with_key
from lead_desktop.errors import AlreadyExists, DatabaseOpenError, KeyMissing, VerificationFailed
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message


def _exists(path: Path) -> Message:
    return message("Backups", QT_TRANSLATE_NOOP(
        "Backups", "{path} already exists; it was left as it was."), path=path)


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
        raise AlreadyExists(_exists(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    salt = keys.salt_for(key, database.header.database_id)
    source = database.raw_connection()
    try:
        target = sqlcipher_file.connect(dest, key, create_salt=salt)
    except BaseException:
        source.close()
        raise
    def snapshot() -> dict[str, int]:
        try:
            source.execute("BEGIN")
            return _row_counts(source, "main")
        except BaseException:
            if source.in_transaction:
                source.execute("ROLLBACK")
            raise

    try:
        # Under a busy writer the first read may wait past one busy timeout: retry.
        counts = waiting.retry_while_busy(snapshot, what="backup")
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
        raise VerificationFailed(message("Backups", QT_TRANSLATE_NOOP(
            "Backups", "The copy's row counts differ from the database's.")))
    return counts


def verify_copy(path: Path, key: bytes, expected_counts: dict[str, int] | None = None) -> None:
    """Raise VerificationFailed unless the copy at `path` is whole and sound."""
    copy = open_with_key(path, key, upgrade=False)
    try:
        def check() -> tuple[list[str], dict[str, int]]:
            conn = copy.raw_connection(read_only=True)
            try:
                # every page's HMAC was checked by the open just above
                return (sqlcipher_file.integrity_problems(conn, pages_checked=True),
                        _row_counts(conn, "main"))
            finally:
                conn.close()

        # A shared file may be busy with others' saves: wait with backoff, never fail early.
        problems, counts = waiting.retry_while_busy(check, what="verification")
        if problems:
            raise VerificationFailed(message("Backups", QT_TRANSLATE_NOOP(
                "Backups", "{path} failed its integrity check: {problem}"),
                path=path, problem=problems[0]))
        if expected_counts is not None and counts != expected_counts:
            raise VerificationFailed(message("Backups", QT_TRANSLATE_NOOP(
                "Backups", "{path} does not hold every row of the original."), path=path))
        with copy.read() as session:
            report = audit.verify_chain(session)
        if not report.ok:
            raise VerificationFailed(message("Backups", QT_TRANSLATE_NOOP(
                "Backups", "{path}: {problem}"), path=path, problem=report.describe()))
    finally:
        copy.close()


def backup(database: Database, dest: Path, actor: Actor) -> Path:
    """An online, encrypted, verified backup at `dest`, recorded in the audit log."""
    dest = Path(dest)
    if dest.exists():
        raise AlreadyExists(_exists(dest))
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


def _staged_copy(source: Path, target: Path) -> Path:
    staging = target.with_name(target.name + ".incoming")
    shutil.copyfile(source, staging)
    with staging.open("rb+") as handle:
        os.fsync(handle.fileno())
    return staging


def _new_kept_path(target: Path) -> Path:
    """A name in the backups folder no earlier copy has: two copies made within the same
    second (the evidence of a journal, then the copy under the restore's lock) must never
    take each other's place, or the saves that landed between them would be in neither."""
    stem = f"{target.stem}-replaced-by-restore-{_timestamp()}"
    kept, n = paths.backups_dir() / f"{stem}.db", 1
    while kept.exists() or sqlcipher_file.journal_path(kept).exists():
        n += 1
        kept = paths.backups_dir() / f"{stem}-{n}.db"
    return kept


def _keep_aside(target: Path, *, with_journal: bool) -> Path:
    """A byte-for-byte copy of `target` (and of its journal, for a file that no longer
    opens) in the backups folder: a restore never loses anything either."""
    kept = _new_kept_path(target)
    shutil.copyfile(target, kept)
    if with_journal:
        _copy_if_still_there(sqlcipher_file.journal_path(target),
                             sqlcipher_file.journal_path(kept))
    return kept


def _copy_if_still_there(source: Path, copy: Path) -> bool:
    """Copy a journal that may vanish at any moment: in rollback mode another workstation's
    save makes one and deletes it at commit, so one seen a moment ago may be gone (then
    that save committed and there is nothing to keep)."""
    try:
        original = source.open("rb")
    except FileNotFoundError:
        return False
    with original, copy.open("xb") as out:
        shutil.copyfileobj(original, out)
    return True


def _open_target(target: Path, key_store) -> Database | None:
    """The database being replaced, if it still opens (its own journal, if any, is rolled
    back by the open); None if it is damaged or this workstation cannot open it."""
    from lead_desktop.db.database import open_database

    try:
        return open_database(target, key_store, upgrade=False)
    except DatabaseOpenError:
        return None


def _restore_in_place(backup_path: Path, target: Path, key: bytes) -> Path:
    """Copy the backup's pages into the target through SQLite: one exclusive write
    transaction on the target for the whole copy, journaled like any save (a crash midway
    leaves the target as it was). No file is replaced, so Windows' file locking is no
    obstacle. The target is copied aside after the first page, when our lock already holds
    off every other workstation and nothing of ours is in the file yet: a save that landed
    before is in the kept copy, one after waits and lands in the restored file.
    Returns the kept copy."""
    kept = _new_kept_path(target)
    # Opened before the lock and closed after it: on POSIX, closing any handle of a file
    # drops every lock this process holds on it, and others would write mid-restore.
    with target.open("rb") as original:
        def keep_once(_status: int, _remaining: int, _total: int) -> None:
            if not kept.exists():
                original.seek(0)
                with kept.open("xb") as out:
                    shutil.copyfileobj(original, out)

        source = sqlcipher_file.connect(backup_path, key, read_only=True)
        try:
            target_conn = sqlcipher_file.connect_when_free(target, key)
            try:
                # One page per step: the first step ends long before the copy commits.
                source.backup(target_conn, pages=1, progress=keep_once)
            finally:
                target_conn.close()
        finally:
            source.close()
    return kept


def _replace_damaged(backup_path: Path, target: Path) -> None:
    """Put the backup in place of a file that no longer opens (so nobody can be using it).
    Its journal was kept aside with it and must not stay: the next open would replay it,
    the old file's pages, into the restored file."""
    staging = _staged_copy(backup_path, target)
    try:
        sqlcipher_file.journal_path(target).unlink(missing_ok=True)
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)


def restore(backup_path: Path, target: Path, key_store, actor: Actor, *, force: bool = False,
            ) -> Path | None:
    """Put a verified backup in place of `target`. An existing target is refused unless
    `force`; then it is first kept, byte for byte with its journal, in the backups folder
    (its path is returned). A target that opens is restored in place, under an exclusive
    lock, and only when no other workstation has it open; a damaged one is replaced."""
    from lead_desktop.db.database import open_database

    backup_path, target = Path(backup_path), Path(target)
    moved_file.refuse_if_moved(target)  # its program is on a server now: not restored into
    header = sqlcipher_file.read_header(backup_path)
    key = key_store.get(header.fingerprint)
    if key is None:
        raise KeyMissing(message("Backups", QT_TRANSLATE_NOOP(
            "Backups", "This workstation has no key for the backup {path} (fingerprint "
            "{fingerprint})."), path=backup_path, fingerprint=header.fingerprint))
    verify_copy(backup_path, key)
    kept = None
    if target.exists():
        if not force:
            raise AlreadyExists(message("Backups", QT_TRANSLATE_NOOP(
                "Backups", "{path} exists; pass --force to replace it with the backup (the "
                "current file is kept in the backups folder first)."), path=target))
        # A journal beside it is kept with it, byte for byte, before anything opens it.
        evidence = (_keep_aside(target, with_journal=True)
                    if sqlcipher_file.journal_path(target).exists() else None)
        current = _open_target(target, key_store)
        same = False
        if current is not None:
            try:
                presence.refuse_if_others(current, "restore")
                same = current.fingerprint == header.fingerprint and current._key == key
            finally:
                current.close()
        if same:
            kept = _restore_in_place(backup_path, target, key)
        else:  # a damaged file, or another database chosen with --force
            kept = evidence or _keep_aside(target, with_journal=True)
            _replace_damaged(backup_path, target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_if_still_there(sqlcipher_file.journal_path(target),  # a journal without its file
                             paths.backups_dir()
                             / f"{target.stem}-orphan-journal-{_timestamp()}.db-journal")
        _replace_damaged(backup_path, target)
    verify_copy(target, key)
    # an administrator asked: an older backup is brought to this program's schema
    with open_database(target, key_store, upgrade=True) as database, \
            database.write() as session:
        audit.record(session, actor, "backup.restore", record_type="database",
                     record_id=database.fingerprint,
                     details={"from": backup_path.name, "kept": kept.name if kept else None})
    return kept


def rekey(database: Database, key_store, actor: Actor, *, presence_id: str | None = None,
          ) -> str:
    """Re-encrypt the database in place with a new key and return the new recovery key.

    Refused while another workstation has the file open. `PRAGMA rekey` rewrites every page
    in one journaled transaction under an exclusive lock, so no save of anyone's is lost and
    no file is replaced. A verified backup under the old key is made first and removed only
    once the file has verified under the new key. The new key goes into the credential store
    before the rekey, so a crash midway never leaves this workstation without it (if the
    rekey does not happen, the old key is put back). `database` is closed. Every other
    workstation is told at its next open that its key is stale (StaleKey)."""
    presence.refuse_if_others(database, "rekey", excluding=presence_id)
    path, fingerprint, old_key = database.path, database.fingerprint, database._key
    safety = backup_to_folder(database, actor, label=f"before-rekey-{_timestamp()}")
    database.close()  # its pooled connections hold the old key
    new_key = keys.new_key()
    key_store.put(fingerprint, new_key)
    try:
        counts = _rekey_file(path, old_key, new_key, database.header.database_id)
    except BaseException:
        if sqlcipher_file.read_header(path).accepts(old_key):
            key_store.put(fingerprint, old_key)
        raise
    verify_copy(path, new_key, counts)
    with open_with_key(path, new_key) as rekeyed, rekeyed.write() as session:
        for event in ("key.rekey", "key.recovery_generated"):
            audit.record(session, actor, event, record_type="database",
                         record_id=rekeyed.fingerprint)
    safety.unlink()  # it is still readable with the old key, which must now be useless
    return keys.format_recovery_key(new_key)


def _rekey_file(path: Path, old_key: bytes, new_key: bytes, database_id: bytes,
                ) -> dict[str, int]:
    conn = sqlcipher_file.connect_when_free(path, old_key)
    try:
        waiting.retry_while_busy(lambda: conn.execute("BEGIN EXCLUSIVE"), what="rekey")
        counts = _row_counts(conn, "main")
        # The new salt carries the new key's check value, so stale keys are recognised.
        literal = keys.sqlcipher_key_literal(new_key, keys.salt_for(new_key, database_id))
        conn.execute(f"PRAGMA rekey = {literal}")
        if conn.in_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return counts


def enroll(path: Path, recovery_key: str, key_store, actor: Actor) -> Database:
    """Store the key from a recovery key in this workstation's credential store."""
    key = keys.parse_recovery_key(recovery_key)
    database = open_with_key(Path(path), key)
    key_store.put(database.fingerprint, key)
    with database.write() as session:
        audit.record(session, actor, "key.recovery_unlock", record_type="database",
                     record_id=database.fingerprint, details={"key_store": key_store.describe()})
    return database
