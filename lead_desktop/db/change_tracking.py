"""Which records a unit of work changed, noted by SQLite itself on the app's connections.

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
    from lead_desktop.models.base import Base
    import lead_desktop.models  # noqa: F401  (registers every table)

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


def clear(dbapi: sqlcipher.Connection) -> None:
    dbapi.execute(f"DELETE FROM {CHANGED_TABLE}")


def take(dbapi: sqlcipher.Connection) -> dict[str, list[str]]:
    """The rows noted since the last take, by table; the notes are cleared."""
    try:
        rows = dbapi.execute(f"SELECT tbl, pk FROM {CHANGED_TABLE} ORDER BY tbl, pk").fetchall()
    except sqlcipher.OperationalError:
        return {}  # a connection that does not track (a migration's)
    if not rows:
        return {}
    dbapi.execute(f"DELETE FROM {CHANGED_TABLE}")
    changed: dict[str, list[str]] = {}
    for table, pk in rows:
        changed.setdefault(table, []).append(pk)
    return changed
