"""A department's PostgreSQL server for the story tests, set up as `lead-admin server-setup`
tells a DBA: an owner role for schema changes and an application role for the workstations,
each with its own password, and per story an empty database the owner holds. IT then runs
`lead-admin init --url` as the owner (tests/stories/app.py) and the workstations connect as
the application role, so a story on the server meets the rights a department's server gives.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from lead_desktop.db import server_roles
from tests.support.postgres import TestServer

OWNER, APP_ROLE = "story_owner", "story_app"


@dataclass
class DepartmentServer:
    server: TestServer
    owner_password: str
    app_password: str
    made: list[str] = field(default_factory=list)

    def new_database(self, name: str) -> None:
        """The DBA's part for one program: the database, owned by the owner role, and the
        application role allowed to connect (server_roles.setup_statements, less the roles
        made once per run)."""
        import psycopg

        self.made.append(name)
        on_server, in_database = server_roles.setup_statements(name, OWNER, APP_ROLE)
        with psycopg.connect(self.server.url(), autocommit=True) as dba:
            for statement in on_server:
                if not statement.startswith("CREATE ROLE"):
                    dba.execute(statement)
        with psycopg.connect(self.server.url(name), autocommit=True) as dba:
            for statement in in_database:
                dba.execute(statement)

    def drop_made(self) -> None:
        from tests.support.postgres import drop

        while self.made:
            drop(self.server, self.made.pop())

    def url(self, name: str, role: str) -> str:
        """The address IT types: the role and database, never the password."""
        return f"postgresql://{role}@127.0.0.1:{self.server.port}/{name}"


def prepare(server: TestServer) -> DepartmentServer:
    """The two roles, each with a password of its own (once per test run)."""
    import psycopg
    from psycopg import sql

    passwords = {OWNER: secrets.token_urlsafe(12), APP_ROLE: secrets.token_urlsafe(12)}
    with psycopg.connect(server.url(), autocommit=True) as dba:
        for role, password in passwords.items():
            dba.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)))
    return DepartmentServer(server, passwords[OWNER], passwords[APP_ROLE])
