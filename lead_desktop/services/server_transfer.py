"""Moving a program between its two homes, so a department is never locked in: the
encrypted file into a PostgreSQL server (`lead-admin migrate-to`), and a server database
back into a new encrypted file (`lead-admin export`).

Each move is one transaction on the new database: the schema, every table's rows, the
check that each table has the same row count and content digest as the source
(db/table_copy.py), the audit chain verified, the search index rebuilt, and an audit entry
saying where the records came from. A copy that does not match is rolled back (on a file,
the new file is removed). The source is only read: the file is not written at all; on the
server one audit entry records that an export was made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, select
from sqlalchemy.orm import Session, selectinload

from lead_desktop.db import change_tracking, keys, presence, schema, server_roles, table_copy
from lead_desktop.db.database import Database, create_empty_file
from lead_desktop.db.server import (
    ServerDatabase,
    Transport,
    _connected,
    store_password,
    stored_password,
)
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import AlreadyExists, DatabaseOpenError, VerificationFailed
from lead_desktop.models import DatabaseInfo, Person
from lead_desktop.security import audit, record_seals
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyStore
from lead_desktop.services.people.search import index_person
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.messages import next_step as _next

log = logging.getLogger(__name__)
SEARCH_CHUNK = 500


@dataclass(frozen=True)
class TransferReport:
    """What was copied and checked: each table's rows and digest, and the audit chain."""

    tables: dict[str, table_copy.TableDigest]
    chain_entries: int
    fingerprint: str
    recovery_key: str | None = None  # a new file only: print it, keep it locked

    @property
    def rows(self) -> int:
        return sum(digest.rows for digest in self.tables.values())


def _say(text: str, **values: object) -> Message:
    """A message of the move to or from a server (the UI shows it in the user's language)."""
    return message("Server", text, **values)


def _same_revision(source: Connection, what: str) -> None:
    current = schema.current_revision(source)
    if current != schema.head_revision():
        raise DatabaseOpenError(
            _say(QT_TRANSLATE_NOOP(
                "Server", "{what} has schema {current}; this program copies only schema "
                "{head}."), what=what, current=current, head=schema.head_revision()),
            next_step=_next(QT_TRANSLATE_NOOP(
                "NextSteps",
                "Upgrade it first (`lead-admin upgrade`), with the same program version "
                      "as the workstations.")))


def _copy_and_check(source: Connection, target: Connection) -> dict[str, table_copy.TableDigest]:
    """Schema, rows, then the proof: counts and digests of the copy as read back."""
    schema.upgrade(target)
    table_copy.empty_model_tables(target)
    read = table_copy.copy_tables(source, target)
    table_copy.reset_sequences(target)
    problems = table_copy.differences(read, table_copy.table_digests(target))
    if problems:
        raise VerificationFailed(_say(QT_TRANSLATE_NOOP(
            "Server", "The copy does not match its source; nothing was kept: {problems}"),
            problems="; ".join(problems[:5])))
    return read


def _rebuild_search(session: Session) -> None:
    """The people search's own table (FTS5 on a file, terms on a server) is not copied:
    each engine's is built from the people."""
    ids = list(session.scalars(select(Person.id)))
    for start in range(0, len(ids), SEARCH_CHUNK):
        chunk = ids[start:start + SEARCH_CHUNK]
        # names and identifiers in two queries a chunk, not two per person
        people = select(Person).where(Person.id.in_(chunk)).options(
            selectinload(Person.aliases), selectinload(Person.identifiers))
        for person in session.scalars(people):
            index_person(session, person)
        session.expunge_all()  # memory stays flat on a county's database


def _verified_chain(session: Session, expected_entries: int | None = None) -> int:
    report = audit.verify_chain(session)
    if not report.ok:
        raise VerificationFailed(_say(QT_TRANSLATE_NOOP(
            "Server", "The copy's audit log does not verify: {problem}"),
            problem=report.describe()))
    if expected_entries is not None and report.entries_checked != expected_entries:
        raise VerificationFailed(_say(QT_TRANSLATE_NOOP(
            "Server", "The copy's audit log does not hold every entry of the source's.")))
    return report.entries_checked


def migrate_to_server(source: Database, url: str, key_store: KeyStore, *, actor: Actor,
                      password: str | None = None, app_role: str | None = None,
                      transport: Transport = Transport()) -> TransferReport:
    """Copy the encrypted file `source` into the empty server database at `url` (as its
    owner role), verified; the file is left exactly as it was."""
    presence.refuse_if_others(source, "migration to a server")
    address, typed = ServerAddress.parse(url)
    if app_role:
        server_roles.checked_name(app_role)
    password = password or typed or stored_password(key_store, address)
    engine = _connected(address, password, transport)
    try:
        with engine.connect() as probe:
            if inspect(probe).get_table_names():
                raise AlreadyExists(_say(QT_TRANSLATE_NOOP(
                    "Server", "{server} already holds tables; it was left as it was "
                    "(migrate-to needs an empty database)."), server=address.display))
        # One read transaction on the file: every table from the same moment.
        with source.engine.connect() as reading, reading.begin():
            _same_revision(reading, str(source.path))
            with engine.begin() as target:  # PostgreSQL's DDL is transactional: all or none
                tables = _copy_and_check(reading, target)
                change_tracking.install_server_triggers(target)
                if app_role:
                    server_roles.grant_application_role(target, app_role)
                with Session(bind=target) as session:
                    entries = _verified_chain(session, tables["audit_log"].rows)
                    _rebuild_search(session)
                    info = session.get(DatabaseInfo, 1)
                    audit.record(session, actor, "database.migrated_in", record_type="database",
                                 record_id=info.fingerprint,
                                 details={"from": str(source.path), "server": address.display,
                                          "rows": sum(d.rows for d in tables.values()),
                                          "app_role": app_role or ""})
                    # each engine hashes rows as its driver returns them: seal them anew
                    record_seals.baseline(session, actor, "moved to a server")
                    if transport.plaintext_loopback:
                        audit.record(session, actor, "server.tls_downgrade",
                                     record_type="database", record_id=info.fingerprint,
                                     reason="a loopback server without TLS, recorded by an "
                                            "administrator",
                                     details={"server": address.display})
                    session.flush()
                    entries = _verified_chain(session)
                    fingerprint = info.fingerprint
        # The planner's statistics and the visibility map now, not at autovacuum's next
        # round: a search on tables the planner thinks empty reads every person, and an
        # index-only look-up still visits the table's pages until they are marked visible.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as tidy:
            tidy.exec_driver_sql("VACUUM (ANALYZE)")
        store_password(key_store, address, password)
    finally:
        engine.dispose()
    log.info("migrated %s to %s (%d rows)", source.path, address.display,
             sum(d.rows for d in tables.values()))
    return TransferReport(tables, entries, fingerprint)


def export_to_file(source: ServerDatabase, dest: Path, key_store: KeyStore, *,
                   actor: Actor) -> TransferReport:
    """Copy the server database into a new encrypted file at `dest` (which must not exist),
    under a new key; verified, and the export recorded in both audit logs."""
    dest = Path(dest)
    if dest.exists():
        raise AlreadyExists(_say(QT_TRANSLATE_NOOP(
            "Server", "{path} already exists; it was left as it was."), path=str(dest)))
    with source.write() as session:  # an export of every record is audited where it is made
        audit.record(session, actor, "database.export", record_type="database",
                     record_id=source.fingerprint, details={"to": dest.name})
    database, key = create_empty_file(dest, key_store)
    try:
        with source.engine.connect().execution_options(
                isolation_level="REPEATABLE READ") as reading, reading.begin():
            _same_revision(reading, source.path)
            target_options = database.engine.execution_options(lead_begin="IMMEDIATE")
            with target_options.begin() as target:
                tables = _copy_and_check(reading, target)
                with Session(bind=target) as session:
                    _verified_chain(session, tables["audit_log"].rows)
                    _rebuild_search(session)
                    # the file has its own identity (its header's); the server's is noted
                    info = session.get(DatabaseInfo, 1)
                    info.fingerprint = database.fingerprint
                    audit.record(session, actor, "database.exported_from_server",
                                 record_type="database", record_id=database.fingerprint,
                                 details={"server": source.path,
                                          "server_fingerprint": source.fingerprint,
                                          "rows": sum(d.rows for d in tables.values())})
                    audit.record(session, actor, "key.recovery_generated",
                                 record_type="database", record_id=database.fingerprint)
                    # seal every record as copied, as after a schema upgrade
                    record_seals.baseline(session, actor, "exported from a server")
                    session.flush()
                    entries = _verified_chain(session)
    except BaseException:
        database.engine.dispose()
        dest.unlink(missing_ok=True)
        key_store.delete(database.fingerprint)
        raise
    database.close()
    return TransferReport(tables, entries, database.fingerprint,
                          recovery_key=keys.format_recovery_key(key))
