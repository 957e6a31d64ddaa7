"""A department's server as SERVER.md has the DBA prepare it, on the test run's PostgreSQL:
the two roles (owner, application) with their passwords and an empty database, before
`lead-admin init --url` or `migrate-to`. Names are per test module, so modules never meet."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from lead_desktop.db import server_roles


@dataclass(frozen=True)
class Department:
    server: object  # tests.support.postgres.TestServer
    database: str
    owner: str
    app_role: str
    owner_password: str
    app_password: str

    def url(self, role: str) -> str:
        """The address IT types: no password (it is asked for, or read from stdin)."""
        return f"postgresql://{role}@127.0.0.1:{self.server.port}/{self.database}"

    @property
    def owner_url(self) -> str:
        return self.url(self.owner)

    @property
    def app_url(self) -> str:
        return self.url(self.app_role)

    def as_dba(self, statements: list[str], database: str | None = None) -> None:
        with psycopg.connect(self.server.url(database or self.database),
                             autocommit=True) as dba:
            for statement in statements:
                dba.execute(statement)


def prepare(server, database: str, owner: str, app_role: str) -> Department:  # noqa: ANN001
    department = Department(server, database, owner, app_role,
                            f"{owner}-secret-1", f"{app_role}-secret-2")
    on_server, in_database = server_roles.setup_statements(database, owner, app_role)
    department.as_dba(on_server, "postgres")
    department.as_dba(in_database)
    department.as_dba([f"ALTER ROLE {owner} PASSWORD '{department.owner_password}'",
                       f"ALTER ROLE {app_role} PASSWORD '{department.app_password}'"],
                      "postgres")
    return department


def tear_down(department: Department) -> None:
    department.as_dba([f"DROP DATABASE IF EXISTS {department.database} WITH (FORCE)",
                       f"DROP ROLE IF EXISTS {department.app_role}",
                       f"DROP ROLE IF EXISTS {department.owner}"], "postgres")
