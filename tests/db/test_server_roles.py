"""On PostgreSQL the server holds the rights: the application role appends to the audit
log and never changes it; schema changes belong to the owner role (server_roles.py)."""

import psycopg
import pytest
from sqlalchemy import text

from lead_desktop.db import server_roles
from lead_desktop.db.server import create_server_database, open_server_database, store_password
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from tests.support import postgres

pytestmark = pytest.mark.slow

OWNER_PASSWORD, APP_PASSWORD = "owner-secret-1", "app-secret-2"


def _as_dba(server, statements, database="postgres"):  # noqa: ANN001, ANN202
    with psycopg.connect(server.url(database), autocommit=True) as dba:
        for statement in statements:
            dba.execute(statement)


@pytest.fixture
def department(postgres_server, key_store, system_actor):
    """What server-setup prints, run by the DBA; then `lead-admin init` as the owner."""
    on_server, in_database = server_roles.setup_statements("lead_roles", "lead_owner",
                                                           "lead_app")
    _as_dba(postgres_server, on_server)
    _as_dba(postgres_server, in_database, "lead_roles")
    _as_dba(postgres_server, [f"ALTER ROLE lead_owner PASSWORD '{OWNER_PASSWORD}'",
                              f"ALTER ROLE lead_app PASSWORD '{APP_PASSWORD}'"])
    owner_url = postgres_server.url("lead_roles", user="lead_owner", password=OWNER_PASSWORD)
    created = create_server_database(owner_url, key_store, name="Roles", actor=system_actor,
                                     app_role="lead_app", transport=postgres.loopback())
    created.close()
    app_address, _ = ServerAddress.parse(postgres_server.url("lead_roles", user="lead_app"))
    store_password(key_store, app_address, APP_PASSWORD)
    database = open_server_database(app_address.display, key_store,
                                    transport=postgres.loopback())
    yield database
    database.close()
    _as_dba(postgres_server, ["DROP DATABASE lead_roles WITH (FORCE)",
                              "DROP ROLE lead_app", "DROP ROLE lead_owner"])


def test_the_application_role_appends_to_the_audit_log_and_cannot_change_it(
        department, system_actor, postgres_server):
    AccountService(department).create_user(system_actor, "ada", "Ada Admin",
                                           Role.ADMINISTRATOR, "violet tractor sings at dawn")
    with department.read() as session:
        entries = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert entries >= 2  # database.create, then the new account: the app role inserted it

    app_url = postgres_server.url("lead_roles", user="lead_app", password=APP_PASSWORD)
    for statement in ("UPDATE audit_log SET event = 'nothing happened'",
                      "DELETE FROM audit_log",
                      "TRUNCATE audit_log",
                      "DROP TABLE audit_log",
                      "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
                      "UPDATE alembic_version SET version_num = 'x'",
                      "CREATE TABLE sneaky (id int)"):
        with psycopg.connect(app_url) as app:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                app.execute(statement)

    with psycopg.connect(app_url) as app:  # everyday writes still work for the app role
        app.execute("UPDATE users SET display_name = 'Ada A.' WHERE username = 'ada'")

    owner_url = postgres_server.url("lead_roles", user="lead_owner", password=OWNER_PASSWORD)
    with psycopg.connect(owner_url) as owner:  # even the owner meets the append-only trigger
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            owner.execute("DELETE FROM audit_log")
    with department.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == entries


def test_server_setup_names_only_safe_identifiers():
    with pytest.raises(Exception, match="not usable"):
        server_roles.setup_sql("lead; DROP DATABASE x", "lead_owner", "lead_app")
