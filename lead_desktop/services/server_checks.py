"""What the app can check of a PostgreSQL database, for the administration page (backups in
this mode are the DBA's, pg_dump and point-in-time recovery: the app makes none).

Each check says what it found in words an administrator can pass to IT: the connection, its
encryption, the rights of the role the app connects as (the audit log append-only), the
audit log's protecting trigger, the audit chain, and the records against their seals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from time import perf_counter

from sqlalchemy import text
from sqlalchemy.orm import Session

from lead_desktop.security import audit, record_seals
from lead_desktop.security.audit_protection import normalized_sql
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data

#: Rights the application role must not have on the audit log and the schema's version.
FORBIDDEN = (("audit_log", "UPDATE"), ("audit_log", "DELETE"), ("audit_log", "TRUNCATE"),
             ("alembic_version", "UPDATE"))


@dataclass(frozen=True)
class ServerCheck:
    name: str
    ok: bool
    detail: str


def _connection(session: Session) -> ServerCheck:
    started = perf_counter()
    version = session.execute(text("SHOW server_version")).scalar()
    elapsed = (perf_counter() - started) * 1000
    return ServerCheck("connection", True, f"PostgreSQL {version}, answered in {elapsed:.0f} ms")


def _tls(session: Session) -> ServerCheck:
    row = session.execute(text("SELECT ssl, version, cipher FROM pg_stat_ssl "
                               "WHERE pid = pg_backend_pid()")).first()
    if row is not None and row.ssl:
        return ServerCheck("encryption", True, f"TLS {row.version} ({row.cipher}), the "
                                               "server's certificate verified")
    recorded = session.execute(text("SELECT 1 FROM audit_log WHERE event = "
                                    "'server.tls_downgrade' LIMIT 1")).first() is not None
    if recorded:
        return ServerCheck("encryption", True, "not encrypted: a server on this computer, "
                                               "as an administrator recorded")
    return ServerCheck("encryption", False, "not encrypted, and no administrator recorded it")


def _rights(session: Session) -> ServerCheck:
    role, superuser = session.execute(text(
        "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")).one()
    if superuser:
        return ServerCheck("rights", False, f"the app connects as {role}, a superuser: it "
                                            "should use the application role")
    held = [f"{right} on {table}" for table, right in FORBIDDEN
            if session.execute(text("SELECT has_table_privilege(current_user, :t, :r)"),
                               {"t": table, "r": right}).scalar()]
    if held:
        return ServerCheck("rights", False, f"the role {role} may {', '.join(held)}: the "
                                            "app should connect with the application role")
    return ServerCheck("rights", True, f"the role {role} may only add to and read the audit "
                                       "log, and only read the schema version")


#: The trigger and function of migration 0001 as PostgreSQL shows them (schema aside).
EXPECTED_TRIGGER = ("create trigger audit_log_append_only before delete or update on "
                    "audit_log for each row execute function audit_log_append_only()")
EXPECTED_FUNCTION = "begin raise exception 'the audit log is append-only'; end"


def _trigger(session: Session) -> ServerCheck:
    """The append-only trigger by what it does, not by its name: someone with the owner's
    password could keep the name and replace the function with one that lets changes
    through (audit_protection.py does the same for the file's triggers)."""
    rows = session.execute(text(
        "SELECT t.tgname, pg_get_triggerdef(t.oid), p.prosrc, t.tgenabled FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 'audit_log'::regclass "
        "AND NOT t.tgisinternal")).all()
    found = {name: (definition, source, enabled) for name, definition, source, enabled in rows}
    if "audit_log_append_only" not in found:
        return ServerCheck("audit protection", False, "the audit log's append-only trigger "
                                                      "is missing")
    definition, source, enabled = found.pop("audit_log_append_only")
    if enabled == "D":
        return ServerCheck("audit protection", False, "the audit log's append-only trigger "
                                                      "is disabled")
    # the table and function as the server names them, with or without their schema
    shown = re.sub(r"\b\w+\.(audit_log\w*)", r"\1", normalized_sql(definition))
    if shown != EXPECTED_TRIGGER or normalized_sql(source) != EXPECTED_FUNCTION:
        return ServerCheck("audit protection", False, "the audit log's append-only trigger "
                                                      "was replaced by one that does "
                                                      "something else")
    if found:
        return ServerCheck("audit protection", False, "unknown triggers were added to the "
                                                      f"audit log ({', '.join(sorted(found))})")
    return ServerCheck("audit protection", True, "the append-only trigger is in place")


def _chain(session: Session) -> ServerCheck:
    report = audit.verify_chain(session)
    return ServerCheck("audit chain", report.ok, report.describe())


def _records(session: Session) -> ServerCheck:
    """Every record against its newest seal: a row changed outside the app (psql, a tool
    with the owner's password) no longer matches."""
    report = record_seals.check(session)
    return ServerCheck("records", report.ok, "; ".join(report.lines(limit=3)))


def server_checks(database, actor: Actor) -> list[ServerCheck]:  # noqa: ANN001 - a ServerDatabase
    """Every check, for a signed-in administrator or auditor (the administration page)."""
    require(database, actor, Data.CONFIGURATION, Access.READ, record_type="server")
    return run_checks(database)


#: What `lead-admin verify --url` checks besides the chain and the records (its own walk).
STORAGE_CHECKS = (_connection, _tls, _rights, _trigger)
ALL_CHECKS = (*STORAGE_CHECKS, _chain, _records)


def run_checks(database, checks: tuple = ALL_CHECKS,  # noqa: ANN001 - a ServerDatabase
               ) -> list[ServerCheck]:
    """Every check, in order (`lead-admin server-check` runs them as IT); a check that
    cannot run is reported as failed, never raised."""
    results = []
    with database.read() as session:
        for check in checks:
            try:
                with session.begin_nested():
                    results.append(check(session))
            except Exception as exc:  # noqa: BLE001 - shown as a failed check
                name = check.__name__.strip("_")
                results.append(ServerCheck(name, False, f"could not be checked "
                                                        f"({type(exc).__name__})"))
    return results
