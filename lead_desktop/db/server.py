"""A LEAD database on a PostgreSQL server: creating one, opening one, its units of work.

The same models, migrations and services as the encrypted file. What differs: the password
comes from the credential store (never settings), the transport is verified TLS (see
server_address.py), and writers are serialized by a transaction-scoped advisory lock, the
server's equivalent of SQLite's `BEGIN IMMEDIATE`: the audit chain's next link and the
stale-save checks read and write as one writer, as they do on the file. Schema changes are
never made on open: `lead-admin init` creates, `lead-admin upgrade` (owner role) upgrades.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.orm import Session

from lead_desktop.db import change_tracking, keys, schema, server_roles
from lead_desktop.db.engine import POOL_OVERFLOW, POOL_SIZE
from lead_desktop.db.one_unit import SharedUnit
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.db.units_of_work import UnitsOfWork
from lead_desktop.errors import (
    AlreadyExists,
    InsecureConnection,
    KeyMissing,
    NewerSchema,
    NotALeadDatabase,
    OlderSchema,
    ServerUnavailable,
    UpgradeFailed,
)
from lead_desktop.models import AuditEntry, DatabaseInfo
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit, record_seals
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_deferred import DeferredAudit
from lead_desktop.security.key_store import KeyStore
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.messages import next_step as _next

#: The advisory lock every write transaction takes first ("LEAD" in ASCII).
WRITE_LOCK = 0x4C454144
CONNECT_TIMEOUT_S = 10
#: A pooled connection idle longer than this is pinged before use (see _ping_after_idle).
IDLE_PING_S = 30.0


@dataclass(frozen=True)
class Transport:
    """How this workstation reaches the server: verified TLS (with the department's CA
    file, if not the default), or plaintext on loopback when an administrator recorded it."""

    plaintext_loopback: bool = False
    ca_file: str | None = None


@dataclass
class ServerDatabase(UnitsOfWork):
    """An open server database; the same interface services use on `Database`."""

    address: ServerAddress
    engine: Engine
    fingerprint: str = ""
    session_listeners: list[Callable[[Exception], None]] = field(default_factory=list,
                                                                  repr=False)
    #: Audit entries of reads the user waits on, written by the next write (or settle/close).
    deferred_audit: DeferredAudit = field(default_factory=DeferredAudit, repr=False)
    #: While a thread holds it, that thread's writes and reads join one transaction.
    shared_unit: SharedUnit = field(default_factory=SharedUnit, repr=False)
    backend = "postgresql"

    @property
    def path(self) -> str:
        """Where it is, for messages and the session page (no password)."""
        return self.address.display

    def close(self) -> None:
        try:
            self.settle_audit()  # no search or check the user saw goes unrecorded
        finally:
            self.engine.dispose()

    def __enter__(self) -> "ServerDatabase":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def server_engine(address: ServerAddress, password: str, transport: Transport) -> Engine:
    options = address.tls_options(plaintext_loopback=transport.plaintext_loopback,
                                  ca_file=transport.ca_file)
    engine = create_engine(
        address.url, hide_parameters=True, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW,
        pool_use_lifo=True,  # the connection just returned (not one idle long) comes back
        connect_args={"password": password, "connect_timeout": CONNECT_TIMEOUT_S,
                      "application_name": "LEAD Desktop", **options})
    _ping_after_idle(engine)

    @event.listens_for(engine, "begin")
    def _one_writer(conn):  # noqa: ANN001
        options = conn.get_execution_options()
        if options.get("lead_begin") == "IMMEDIATE":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            if options.get("lead_track"):  # the app's units of work note what they change
                change_tracking.prepare_server(conn.connection.dbapi_connection)

    return engine


def _ping_after_idle(engine: Engine) -> None:
    """A server restarted overnight (or a connection a firewall dropped): a pooled
    connection that sat idle longer than IDLE_PING_S is pinged as it is taken, and replaced
    if the server does not answer, so no save fails on it. SQLAlchemy's pre-ping did this
    at every unit of work: one more round trip each, a third of a search's time on a loaded
    server. A connection used a moment ago is trusted."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi, record) -> None:  # noqa: ANN001
        record.info["lead_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi, record, _proxy) -> None:  # noqa: ANN001
        since = record.info.get("lead_idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return
        try:
            dbapi.autocommit = True  # one round trip: no BEGIN/ROLLBACK around the ping
            dbapi.execute("SELECT 1")
            dbapi.autocommit = False
        except Exception:  # noqa: BLE001 - whatever broke it, the pool connects anew
            raise sqlalchemy.exc.DisconnectionError() from None


def store_password(key_store: KeyStore, address: ServerAddress, password: str) -> None:
    key_store.put(address.credential_account, password.encode("utf-8"))


def stored_password(key_store: KeyStore, address: ServerAddress) -> str:
    secret = key_store.get(address.credential_account)
    if secret is None:
        raise KeyMissing(
            message("Server", QT_TRANSLATE_NOOP(
                "Server", "This workstation has no password for {server} (credential store "
                "{store})."), server=address.display, store=key_store.describe()),
            next_step=_next(QT_TRANSLATE_NOOP(
                "NextSteps", "An administrator stores it with `lead-admin server-password`.")))
    return secret.decode("utf-8")


def _newer(address: ServerAddress, current: str) -> Message:
    return message("Server", QT_TRANSLATE_NOOP(
        "Server", "{server} has schema {current}, newer than this program knows."),
        server=address.display, current=current)


def _connected(address: ServerAddress, password: str, transport: Transport) -> Engine:
    engine = server_engine(address, password, transport)
    try:
        with engine.connect():
            pass
    except sqlalchemy.exc.OperationalError as exc:
        engine.dispose()
        reason = (str(exc.orig).strip().splitlines()[0] if exc.orig
                  else message("Server", QT_TRANSLATE_NOOP("Server", "no answer")))
        raise ServerUnavailable(message("Server", QT_TRANSLATE_NOOP(
            "Server", "{server} could not be reached: {reason}"),
            server=address.display, reason=reason)) from None
    return engine


def create_server_database(url: str, key_store: KeyStore, *, name: str, actor: Actor,
                           password: str | None = None, app_role: str | None = None,
                           transport: Transport = Transport()) -> ServerDatabase:
    """The LEAD schema in an empty server database, and the password in this workstation's
    credential store. A database that already holds tables is left as it was. Run as the
    owner role; `app_role` (the role workstations use) gets its rights in the same
    transaction (server_roles.py)."""
    from lead_desktop.services.program.code_seed import seed_codes
    from lead_desktop.services.program.profile_store import seed_bundled

    address, typed = ServerAddress.parse(url)
    password = password or typed or stored_password(key_store, address)
    engine = _connected(address, password, transport)
    try:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise AlreadyExists(message("Server", QT_TRANSLATE_NOOP(
                    "Server", "{server} already holds tables; it was left as it was."),
                    server=address.display))
        store_password(key_store, address, password)
        with engine.begin() as connection:  # PostgreSQL's DDL is transactional: all or none
            schema.upgrade(connection)
            change_tracking.install_server_triggers(connection)
            if app_role:
                server_roles.grant_application_role(connection, app_role)
        database = ServerDatabase(address, engine,
                                  hashlib.sha256(keys.new_database_id()).hexdigest()[:16])
        with database.write() as session:
            session.add(DatabaseInfo(
                id=1, fingerprint=database.fingerprint, name=name, created_at=utcnow(),
                created_by=actor.username, audit_head_seq=0,
                audit_head_hash=audit.GENESIS_HASH))
            # the bundled program profiles as the first versions, as on a file
            seed_bundled(session, "setup")
            seed_codes(session)
            session.flush()
            audit.record(session, actor, "database.create", record_type="database",
                         record_id=database.fingerprint,
                         details={"server": address.display, "app_role": app_role or ""})
            if transport.plaintext_loopback:
                record_tls_downgrade(session, actor, database)
    except BaseException:
        engine.dispose()
        raise
    return database


def record_tls_downgrade(session: Session, actor: Actor, database: ServerDatabase) -> None:
    audit.record(session, actor, "server.tls_downgrade", record_type="database",
                 record_id=database.fingerprint,
                 reason="a loopback server without TLS, recorded by an administrator",
                 details={"server": database.address.display})


def _downgrade_recorded(database: ServerDatabase) -> bool:
    with database.read() as session:
        return session.scalar(select(AuditEntry.seq).where(
            AuditEntry.event == "server.tls_downgrade").limit(1)) is not None


def open_server_database(url: str, key_store: KeyStore, *,
                         transport: Transport = Transport()) -> ServerDatabase:
    """Open with the password from the credential store; refuse a schema this program does
    not run (older: an administrator upgrades; newer: install the newer program)."""
    address, _ = ServerAddress.parse(url)
    engine = _connected(address, stored_password(key_store, address), transport)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            current = schema.current_revision(connection)
        if "database_info" not in tables or current is None:
            raise NotALeadDatabase(message("Server", QT_TRANSLATE_NOOP(
                "Server", "{server} is not a LEAD database."), server=address.display))
        if current not in schema.known_revisions():
            raise NewerSchema(_newer(address, current))
        if current != schema.head_revision():
            raise OlderSchema(
                message("Server", QT_TRANSLATE_NOOP(
                    "Server", "{server} has schema {current}; this program needs {head}. "
                    "Nothing was changed."),
                    server=address.display, current=current, head=schema.head_revision()),
                next_step=_next(QT_TRANSLATE_NOOP(
                    "NextSteps", "An administrator runs `lead-admin upgrade` with the owner role "
                          "when no one is connected.")))
        database = ServerDatabase(address, engine)
        database.fingerprint = database.info().fingerprint
        if transport.plaintext_loopback and not _downgrade_recorded(database):
            raise InsecureConnection(message("Server", QT_TRANSLATE_NOOP(
                "Server", "No administrator recorded that {server} is used without TLS."),
                server=address.display))
    except BaseException:
        engine.dispose()
        raise
    return database


def upgrade_server_database(url: str, key_store: KeyStore, *, actor: Actor,
                            password: str | None = None, app_role: str | None = None,
                            transport: Transport = Transport()) -> tuple[str, str]:
    """Bring a server database to this program's schema, as its owner role (`lead-admin
    upgrade`), when no workstation is connected. One transaction: the migrations, the
    application role's grants on the new tables, and the audit entry; any failure leaves
    the schema as it was (PostgreSQL's DDL is transactional). Returns (from, to)."""
    from lead_desktop.db import presence

    address, typed = ServerAddress.parse(url)
    if app_role:
        server_roles.checked_name(app_role)
    password = password or typed or stored_password(key_store, address)
    engine = _connected(address, password, transport)
    try:
        with engine.connect() as connection:
            current = schema.current_revision(connection)
        if current is None:
            raise NotALeadDatabase(message("Server", QT_TRANSLATE_NOOP(
                "Server", "{server} is not a LEAD database."), server=address.display))
        if current not in schema.known_revisions():
            raise NewerSchema(_newer(address, current))
        head = schema.head_revision()
        if current == head:
            return current, head
        database = ServerDatabase(address, engine)
        presence.refuse_if_others(database, "schema upgrade")
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                schema.upgrade(connection)
                change_tracking.install_server_triggers(connection)
                if app_role:
                    server_roles.grant_application_role(connection, app_role)
                with Session(bind=connection) as session:
                    info = session.get(DatabaseInfo, 1)
                    audit.record(session, actor, "database.schema_upgrade",
                                 record_type="database", record_id=info.fingerprint,
                                 details={"from": current, "to": head,
                                          "app_role": app_role or ""})
                    # as on a file: a migration may rewrite rows without the app's notes
                    record_seals.baseline(session, actor, f"schema upgraded from {current}")
                    session.flush()
        except sqlalchemy.exc.SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise UpgradeFailed(message("Server", QT_TRANSLATE_NOOP(
                "Server", "The upgrade of {server} from {current} failed and was rolled back: "
                "the schema is still {current} ({reason})."),
                server=address.display, current=current, reason=reason))
        store_password(key_store, address, password)
    finally:
        engine.dispose()
    return current, head
