"""The append-only protection of the audit log, checked by what the triggers do.

A trigger found by name proves nothing: someone holding the key can replace it with one of
the same name that does nothing. So the SQL of every trigger on the log is compared with
the SQL the schema created (migration 0001), and a trigger nobody created is reported too.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

#: The triggers of migration 0001, as SQLite keeps them (whitespace aside).
EXPECTED_SQLITE_TRIGGERS = {
    "audit_log_no_update": """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    "audit_log_no_delete": """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
}


def normalized_sql(sql: str | None) -> str:
    """Case and whitespace do not change what a trigger does; everything else may."""
    return re.sub(r"\s+", " ", (sql or "").strip()).casefold()


def protection_problem(session: Session) -> str | None:
    """What is wrong with the log's protection, or None when it is exactly as created."""
    if session.get_bind().dialect.name != "sqlite":
        return None  # PostgreSQL: the server holds the rights (docs/SECURITY.md)
    rows = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))
    found = {name: sql for name, sql in rows}
    missing = sorted(set(EXPECTED_SQLITE_TRIGGERS) - set(found))
    if missing:
        return f"the append-only protection of the log was removed ({', '.join(missing)})"
    changed = sorted(name for name, sql in EXPECTED_SQLITE_TRIGGERS.items()
                     if normalized_sql(found[name]) != normalized_sql(sql))
    if changed:
        return ("the append-only protection of the log was replaced by triggers that do "
                f"something else ({', '.join(changed)})")
    extra = sorted(set(found) - set(EXPECTED_SQLITE_TRIGGERS))
    if extra:
        return f"unknown triggers were added to the log ({', '.join(extra)})"
    return None
