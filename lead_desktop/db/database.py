"""A LEAD database: creating one, opening one safely, and its units of work.

Only `create_database` makes a file, and only where none exists. Opening never creates,
replaces or modifies a file that fails to open, and writes nothing beside it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from lead_desktop.db import keys, moved_file, schema, sqlcipher_file
from lead_desktop.db.engine import sqlcipher_engine
from lead_desktop.db.one_unit import SharedUnit
from lead_desktop.db.units_of_work import UnitsOfWork
from lead_desktop.errors import (
    AlreadyExists,
    CorruptDatabase,
    InvalidInput,
    KeyMissing,
    NewerSchema,
    NotALeadDatabase,
    OlderSchema,
    StaleKey,
    UpgradeFailed,
)
from lead_desktop.models import DatabaseInfo
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit, record_seals
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_deferred import DeferredAudit
from lead_desktop.security.key_store import KeyStore
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message, next_step as _next

log = logging.getLogger(__name__)


@dataclass
class Database(UnitsOfWork):
    """An open database. Hand it to services; each use case takes one `read()` or `write()`."""

    path: Path
    header: keys.FileHeader
    engine: Engine
    _key: bytes = field(repr=False)  # never in a traceback or a log
    #: Told (from any thread) when a signed-in session is ended by a change to its account
    #: (security/session_check.py); the desktop app returns to sign-in.
    session_listeners: list[Callable[[Exception], None]] = field(default_factory=list,
                                                                  repr=False)
    #: Audit entries of reads the user waits on, written by the next write (or settle/close).
    deferred_audit: DeferredAudit = field(default_factory=DeferredAudit, repr=False)
    #: While a thread holds it, that thread's writes and reads join one transaction.
    shared_unit: SharedUnit = field(default_factory=SharedUnit, repr=False)

    @property
    def fingerprint(self) -> str:
        return self.header.fingerprint

    def raw_connection(self, *, read_only: bool = False) -> sqlcipher.Connection:
        """A DB-API connection of its own, for backup and integrity checks (each page read
        once: a small page cache)."""
        return sqlcipher_file.connect_when_free(self.path, self._key, read_only=read_only,
                                                cache_kib=sqlcipher_file.MAINTENANCE_CACHE_KIB)

    def close(self) -> None:
        try:
            self.settle_audit()  # no search or check the user saw goes unrecorded
        except Exception:  # noqa: BLE001 - a file gone or damaged: closing must still close
            log.error("%d audit entries could not be written at close",
                      len(self.deferred_audit))
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class CreatedDatabase:
    database: Database
    recovery_key: str


def create_database(path: Path, key_store: KeyStore, *, name: str, actor: Actor,
                    ) -> CreatedDatabase:
    """A new encrypted database at `path` (which must not exist), its key in the key store,
    and the recovery key that must be printed and kept."""
    database, key = create_empty_file(Path(path), key_store)
    header = database.header
    with database.engine.execution_options(lead_begin="IMMEDIATE").begin() as connection:
        schema.upgrade(connection)
    # Imported here: the presets' canonical form belongs to the program services.
    from lead_desktop.services.program.code_seed import seed_codes
    from lead_desktop.services.program.profile_store import seed_bundled

    with database.write() as session:
        session.add(DatabaseInfo(
            id=1, fingerprint=header.fingerprint, name=name, created_at=utcnow(),
            created_by=actor.username, audit_head_seq=0, audit_head_hash=audit.GENESIS_HASH,
        ))
        # The bundled program profiles, as the first versions (sealed with the entry below).
        seed_bundled(session, "setup")
        seed_codes(session)  # the built-in code lists, which the administrator then keeps
        session.flush()
        audit.record(session, actor, "database.create", record_type="database",
                     record_id=header.fingerprint)
        audit.record(session, actor, "key.recovery_generated", record_type="database",
                     record_id=header.fingerprint)
    return CreatedDatabase(database, keys.format_recovery_key(key))


def create_empty_file(path: Path, key_store: KeyStore) -> tuple[Database, bytes]:
    """A new encrypted file without any table at `path` (which must not exist), under a new
    key kept in the key store; returns it open, and the key (for the recovery key)."""
    if path.exists():
        raise AlreadyExists(f"{path} already exists; it was left as it was.")
    key, database_id = keys.new_key(), keys.new_database_id()
    salt = keys.salt_for(key, database_id)
    header = keys.FileHeader.from_salt(salt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlcipher_file.connect(path, key, create_salt=salt)
        conn.close()
    except (OSError, sqlcipher.OperationalError) as exc:  # a folder not writable here
        raise InvalidInput(
            f"The database cannot be created at {path}: the folder cannot be written "
            f"({type(exc).__name__}: {exc}). Nothing was created.",
            next_step=_next(QT_TRANSLATE_NOOP(
                "NextSteps", "Choose a folder this account may write to (for example under your "
                      "documents or the program's data folder)."))) from exc
    try:
        key_store.put(header.fingerprint, key)
    except BaseException:
        path.unlink()  # the empty file we made a moment ago, never anyone's data
        raise
    return _open_engine(path, key, header), key


def open_database(path: Path, key_store: KeyStore, *, upgrade: bool | None = None,
                  ) -> Database:
    """Open with the key from the key store; raise a distinct error for each failure.

    A schema older than this program's: refused (`OlderSchema`) unless `upgrade` says what
    to do: True upgrades it (an administrator asked: `lead-admin upgrade`, a restore),
    False opens it as it is (backups, verification, a copy's source)."""
    path = Path(path)
    header = sqlcipher_file.read_header(path)
    moved_file.refuse_if_moved(path)  # even a verification writes (its audit entry)
    key = key_store.get(header.fingerprint)
    if key is None:
        raise KeyMissing(
            f"This workstation has no key for the database at {path} "
            f"(fingerprint {header.fingerprint}, credential store {key_store.describe()})."
        )
    if not header.accepts(key):
        # Same database id, other key: the file was rekeyed since this workstation enrolled.
        raise StaleKey(
            f"The key this workstation holds for {path} (fingerprint {header.fingerprint}) "
            "is an old one: the database was re-encrypted with a new key."
        )
    return open_with_key(path, key, upgrade=upgrade)


def open_with_key(path: Path, key: bytes, *, upgrade: bool | None = None) -> Database:
    header, recovered = sqlcipher_file.probe(path, key)
    database = _open_engine(path, key, header)
    try:
        _check_schema(database, upgrade=upgrade)
        if recovered:
            _audit_recovery(database)
    except sqlalchemy.exc.DatabaseError as exc:
        database.close()
        # The key was right (probe passed), so a database error here is damage further in.
        raise CorruptDatabase(f"{path} is damaged and could not be read ({exc.orig}).") from exc
    except BaseException:
        database.close()
        raise
    return database


def _audit_recovery(database: Database) -> None:
    log.warning("rolled back an interrupted save in %s", database.path)
    with database.write() as session:
        audit.record(session, Actor.system("lead-desktop"), "database.recovered",
                     record_type="database", record_id=database.fingerprint,
                     reason="recovered an interrupted save")


def _open_engine(path: Path, key: bytes, header: keys.FileHeader) -> Database:
    return Database(path=path, header=header, engine=sqlcipher_engine(path, key), _key=key)


def _check_schema(database: Database, *, upgrade: bool | None) -> None:
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = schema.current_revision(connection)
    if "database_info" not in tables or current is None:
        raise NotALeadDatabase(f"{database.path} is an encrypted database, but not a LEAD one.")
    if current == schema.head_revision():
        return
    if current not in schema.known_revisions():
        raise NewerSchema(f"{database.path} has schema {current}, newer than this program knows.")
    if upgrade is None:
        raise OlderSchema(f"{database.path} has schema {current}; this program needs "
                          f"{schema.head_revision()}. Nothing was changed.")
    if upgrade:
        upgrade_schema(database, current)


def upgrade_schema(database: Database, current: str) -> Path:
    """Bring an older database to the current schema, after a verified backup. Until the
    upgrade is done nothing here may use the ORM models, which describe the new schema."""
    from lead_desktop import paths
    from lead_desktop.db import presence
    from lead_desktop.db.backup import export_copy, verify_copy

    if presence.has_presence_table(database):  # the list exists from schema 0004_presence
        presence.refuse_if_others(database, "schema upgrade")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"lead-{database.fingerprint}-before-upgrade-from-{current}-{stamp}"
    copy = paths.backups_dir() / f"{name}.db"
    tries = 1
    while copy.exists():  # an upgrade tried again within the same second
        tries += 1
        copy = paths.backups_dir() / f"{name}-{tries}.db"
    counts = export_copy(database, copy, database._key)
    verify_copy(copy, database._key, counts)
    # One transaction, as on a server (db/server.py): the migrations, their audit entry and
    # the seals. Committed apart, a failure in between left a new schema that the log
    # never recorded and records no seal vouched for (seen on a county's copy).
    try:
        with database.engine.execution_options(lead_begin="IMMEDIATE").begin() as connection:
            schema.upgrade(connection)
            with Session(bind=connection) as session:
                system = Actor.system("lead-desktop")
                audit.record(session, system, "database.schema_upgrade",
                             record_type="database", record_id=database.fingerprint,
                             details={"from": current, "to": schema.head_revision(),
                                      "backup": copy.name})
                # A migration may rebuild tables outside the app's change notes: seal every
                # record as the upgrade left it (security/record_seals.py).
                record_seals.baseline(session, system, f"schema upgraded from {current}")
                session.flush()
    except sqlalchemy.exc.SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise UpgradeFailed(
            message("Database", QT_TRANSLATE_NOOP(
                "Database", "The upgrade of {path} from {current} failed and was rolled "
                "back: the schema is still {current} ({reason})."),
                path=str(database.path), current=current, reason=reason),
            next_step=_next(QT_TRANSLATE_NOOP(
                "NextSteps", "Nothing was changed, and a verified backup was made first. "
                "Try again when no one else is using the database; if it fails again, "
                "send the log to support."))) from exc
    log.info("upgraded %s from %s; backup at %s", database.path, current, copy)
    return copy
