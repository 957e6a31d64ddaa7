"""Which records a unit of work changed, noted by the database itself on the app's
connections (SQLite: TEMP triggers; PostgreSQL: row triggers into a session's table).

Each write connection of the app gets TEMP triggers (they live in that connection only:
they are not in the file, and another program opening the file has none) that note the
table and primary key of every row inserted, updated or deleted in the sealed tables, in
`temp.lead_changed`. ORM saves, Core bulk inserts and plain SQL are all seen alike.
`security/record_seals.py` turns the noted rows into content hashes in the audit chain; a
row changed by a SQLite tool is noted by nobody, so its hash no longer matches.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import sqlcipher3.dbapi2 as sqlcipher

#: Tables whose rows are not sealed: the log itself and its head, machine state that every
#: workstation rewrites (presence, leases), and person_name_keys, which is derived from
#: persons and rewritten with it (the person's own row is sealed).
NOT_SEALED = frozenset({"audit_log", "database_info", "workstation_presence", "leases",
                        "person_name_keys", "alembic_version"})
CHANGED_TABLE = "temp.lead_changed"


def sealed_tables() -> dict[str, str]:
    """{table: primary-key column} for every sealed table of the current schema."""
    return dict(_sealed_tables())


@lru_cache(maxsize=1)
def _sealed_tables() -> tuple[tuple[str, str], ...]:
    import lead_desktop.models  # noqa: F401  (registers every table)
    from lead_desktop.models.base import Base

    tables = {}
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if table.name not in NOT_SEALED and len(keys) == 1:
            tables[table.name] = keys[0].name
    return tuple(tables.items())


def _existing_tables(dbapi: sqlcipher.Connection) -> set[str]:
    return {name for (name,) in dbapi.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'")}


def prepare(dbapi: sqlcipher.Connection, info: dict) -> None:
    """Make sure this connection notes changes; called before each write transaction
    begins (outside it, so a rolled-back unit of work cannot take the triggers with it).
    Redone when the schema changed (a migration may have rebuilt a table, which drops its
    triggers); otherwise one PRAGMA."""
    version = dbapi.execute("PRAGMA main.schema_version").fetchone()[0]
    if info.get("lead_tracking_schema") == version:
        return
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS lead_changed "
                  "(tbl TEXT NOT NULL, pk TEXT NOT NULL, PRIMARY KEY (tbl, pk))")
    existing = _existing_tables(dbapi)
    for table, pk in sealed_tables().items():
        if table in existing:
            for statement in _triggers(table, pk):
                dbapi.execute(statement)
    info["lead_tracking_schema"] = version


def _triggers(table: str, pk: str) -> Iterable[str]:
    def note(row: str) -> str:
        return (f"INSERT OR IGNORE INTO {CHANGED_TABLE} (tbl, pk) "
                f"VALUES ('{table}', CAST({row}.\"{pk}\" AS TEXT));")
    yield (f"CREATE TEMP TRIGGER IF NOT EXISTS lead_track_{table}_i AFTER INSERT ON "
           f"main.\"{table}\" BEGIN {note('NEW')} END")
    yield (f"CREATE TEMP TRIGGER IF NOT EXISTS lead_track_{table}_u AFTER UPDATE ON "
           f"main.\"{table}\" BEGIN {note('OLD')} {note('NEW')} END")
    yield (f"CREATE TEMP TRIGGER IF NOT EXISTS lead_track_{table}_d AFTER DELETE ON "
           f"main.\"{table}\" BEGIN {note('OLD')} END")


# --- PostgreSQL: the same notes, by triggers in the schema writing to a session's table ---
# A server has no TEMP triggers, so each sealed table has a row trigger (installed by init,
# upgrade and migrate-to as the owner) that notes the row in `pg_temp.lead_changed` when
# the session has that table: the app's write units of work make it (prepare_server); a
# session that did not (psql, another program) notes nothing, so its changes show.

SERVER_FUNCTION = """CREATE OR REPLACE FUNCTION lead_note_change() RETURNS trigger AS $$
BEGIN
  IF to_regclass('pg_temp.lead_changed') IS NOT NULL THEN
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO pg_temp.lead_changed VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> TG_ARGV[0])
        ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO pg_temp.lead_changed VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0])
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql"""


def install_server_triggers(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """The row triggers on every sealed table the server database has (idempotent: run
    after every schema change, as the owner)."""
    from sqlalchemy import inspect

    existing = set(inspect(connection).get_table_names())
    connection.exec_driver_sql(SERVER_FUNCTION)
    for table, pk in sealed_tables().items():
        if table in existing:
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS lead_track ON "{table}"')
            connection.exec_driver_sql(
                f'CREATE TRIGGER lead_track AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION lead_note_change('{pk}')")


def prepare_server(dbapi) -> None:  # noqa: ANN001 - a psycopg connection
    """At the start of an app's write unit of work on a server: notes on, and empty."""
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS lead_changed "
                  "(tbl TEXT NOT NULL, pk TEXT NOT NULL, PRIMARY KEY (tbl, pk))")
    dbapi.execute("DELETE FROM pg_temp.lead_changed")


def _take_server(dbapi) -> list[tuple[str, str]]:  # noqa: ANN001
    found = dbapi.execute("SELECT to_regclass('pg_temp.lead_changed')").fetchone()
    if found is None or found[0] is None:
        return []  # a session that does not track (a migration's, a copy's)
    rows = dbapi.execute("SELECT tbl, pk FROM pg_temp.lead_changed ORDER BY tbl, pk"
                         ).fetchall()
    if rows:
        dbapi.execute("DELETE FROM pg_temp.lead_changed")
    return rows


def clear(dbapi: sqlcipher.Connection) -> None:
    dbapi.execute(f"DELETE FROM {CHANGED_TABLE}")


def take(dbapi: sqlcipher.Connection) -> dict[str, list[str]]:
    """The rows noted since the last take, by table; the notes are cleared."""
    if not isinstance(dbapi, sqlcipher.Connection):
        rows = _take_server(dbapi)
    else:
        try:
            rows = dbapi.execute(f"SELECT tbl, pk FROM {CHANGED_TABLE} ORDER BY tbl, pk"
                                 ).fetchall()
        except sqlcipher.OperationalError:
            return {}  # a connection that does not track (a migration's)
        if rows:
            dbapi.execute(f"DELETE FROM {CHANGED_TABLE}")
    if not rows:
        return {}
    changed: dict[str, list[str]] = {}
    for table, pk in rows:
        changed.setdefault(table, []).append(pk)
    return changed
