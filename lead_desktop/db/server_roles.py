"""The rights on a PostgreSQL server: an owner role for schema changes, an application role
for the program's daily work, and an audit log the application role can only append to.

`lead-admin server-setup` prints this SQL for a department's DBA; `lead-admin init --url`
and the schema upgrade apply the grants (`grant_application_role`) after the migrations, so
every table the owner creates is reachable by the application role, the audit log only by
INSERT and SELECT. The append-only trigger of migration 0001 refuses UPDATE and DELETE even
to the owner; the grants make the refusal the server's, whatever a workstation runs.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, inspect, text

from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

AUDIT_TABLE = "audit_log"
#: Tables the application role reads but never writes (the schema's version).
READ_ONLY_TABLES = {"alembic_version"}
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def checked_name(name: str, what: str = "role") -> str:
    """A role or database name used in SQL as an identifier: lower-case letters, digits and
    underscores only, so it never needs quoting and cannot carry SQL."""
    if not _ROLE_NAME.match(name or ""):
        if what == "database":
            raise InvalidInput(message("Server", QT_TRANSLATE_NOOP(
                "Server", "The database name {name} is not usable: lower-case letters, "
                "digits and _ only, starting with a letter (at most 63)."), name=repr(name)))
        raise InvalidInput(message("Server", QT_TRANSLATE_NOOP(
            "Server", "The role name {name} is not usable: lower-case letters, digits and _ "
            "only, starting with a letter (at most 63)."), name=repr(name)))
    return name


def setup_statements(database: str, owner: str, app_role: str,
                     ) -> tuple[list[str], list[str]]:
    """The DBA's statements: those run on the server (any database), then those run inside
    the new database. Roles get no password here: the DBA sets each one interactively."""
    database, owner = checked_name(database, "database"), checked_name(owner)
    app_role = checked_name(app_role)
    on_server = [
        f"CREATE ROLE {owner} LOGIN",
        f"CREATE ROLE {app_role} LOGIN",
        f"CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0",
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {app_role}",
    ]
    in_database = [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"ALTER SCHEMA public OWNER TO {owner}",
        f"GRANT USAGE ON SCHEMA public TO {app_role}",
    ]
    return on_server, in_database


def setup_sql(database: str, owner: str, app_role: str) -> str:
    """What a DBA runs once (as a superuser, in psql) before `lead-admin init --url`."""
    on_server, in_database = setup_statements(database, owner, app_role)
    return "\n".join([
        "-- LEAD Desktop on PostgreSQL: roles and database (run once, as a superuser, in psql).",
        f"-- {owner}: schema changes only (lead-admin init, lead-admin upgrade).",
        f"-- {app_role}: the program's daily work, on every workstation.",
        *[f"{statement};" for statement in on_server],
        f"\\connect {database}",
        *[f"{statement};" for statement in in_database],
        f"-- Set each password interactively (\\password {owner}, \\password {app_role}):",
        "-- they never appear in a script, a shell history or the program's settings.",
        "-- The server needs ssl = on with the department's certificate, and in pg_hba.conf:",
        f"--   hostssl {database} {owner},{app_role} <workstations' network> scram-sha-256",
        "-- Then, from an administrator's workstation:",
        f"--   lead-admin init --url postgresql://{owner}@<server>/{database} "
        f"--app-role {app_role} --admin <name>",
        f"-- creates the schema as {owner}, then applies these grants itself (as does",
        "-- lead-admin upgrade after a schema change); shown so the DBA knows them:",
        _commented(grants_sql(app_role)),
    ])


def _commented(sql: str) -> str:
    return "".join(line if line.startswith("--") else f"--   {line}"
                   for line in sql.splitlines(keepends=True))


def grants_sql(app_role: str, tables: list[str] | None = None) -> str:
    """The application role's rights on every table: read and write, except the audit log
    (append and read only) and the schema version (read only)."""
    app_role = checked_name(app_role)
    lines = ["-- The application role's rights (applied by lead-admin init and upgrade):"]
    if tables is None:
        lines += [f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                  f"TO {app_role};",
                  f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app_role};"]
    else:
        for table in sorted(tables):
            if table not in READ_ONLY_TABLES | {AUDIT_TABLE}:
                lines.append(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" '
                             f"TO {app_role};")
        lines.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app_role};")
    lines += [f"REVOKE ALL ON {', '.join(sorted(READ_ONLY_TABLES))} FROM {app_role};",
              f"GRANT SELECT ON {', '.join(sorted(READ_ONLY_TABLES))} TO {app_role};",
              f"REVOKE ALL ON {AUDIT_TABLE} FROM {app_role};",
              f"GRANT SELECT, INSERT ON {AUDIT_TABLE} TO {app_role};"]
    return "\n".join(lines) + "\n"


def grant_application_role(connection: Connection, app_role: str) -> None:
    """Apply `grants_sql` to the tables that exist now (run as the owner, after the
    migrations)."""
    tables = inspect(connection).get_table_names()
    for statement in grants_sql(app_role, tables).splitlines():
        if statement and not statement.startswith("--"):
            connection.execute(text(statement))
