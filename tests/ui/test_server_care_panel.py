"""The administration page in PostgreSQL mode: backups are the DBA's, and what the app can
check of the server is shown, problems named (tests/support/postgres.py's server)."""

from __future__ import annotations

import psycopg
import pytest

from lead_desktop.db import server_roles
from lead_desktop.db.server import create_server_database, open_server_database, store_password
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.maintenance import MaintenanceService
from lead_desktop.services.server_checks import server_checks
from lead_desktop.ui.pages.server_care_panel import ServerCarePanel
from tests.support import postgres

pytestmark = pytest.mark.slow

OWNER_PASSWORD, APP_PASSWORD = "care-owner-secret-1", "care-app-secret-2"
ADMIN_PASSWORD = "violet tractor sings at dawn"


def _as_dba(server, statements, database="postgres"):  # noqa: ANN001, ANN202
    with psycopg.connect(server.url(database), autocommit=True) as dba:
        for statement in statements:
            dba.execute(statement)


@pytest.fixture
def department(postgres_server, key_store, system_actor):
    """Set up as SERVER.md says: the DBA's SQL, init as the owner, workstations as the app."""
    on_server, in_database = server_roles.setup_statements("lead_care", "care_owner",
                                                           "care_app")
    _as_dba(postgres_server, on_server)
    _as_dba(postgres_server, in_database, "lead_care")
    _as_dba(postgres_server, [f"ALTER ROLE care_owner PASSWORD '{OWNER_PASSWORD}'",
                              f"ALTER ROLE care_app PASSWORD '{APP_PASSWORD}'"])
    owner_url = postgres_server.url("lead_care", user="care_owner", password=OWNER_PASSWORD)
    created = create_server_database(owner_url, key_store, name="Care", actor=system_actor,
                                     app_role="care_app", transport=postgres.loopback())
    with created:
        AccountService(created).create_user(system_actor, "ada", "Ada Admin",
                                            Role.ADMINISTRATOR, ADMIN_PASSWORD)
    yield postgres_server
    _as_dba(postgres_server, ["DROP DATABASE lead_care WITH (FORCE)",
                              "DROP ROLE care_app", "DROP ROLE care_owner"])


def _open_as(server, key_store, user: str, password: str):  # noqa: ANN001, ANN202
    address, _ = ServerAddress.parse(server.url("lead_care", user=user))
    store_password(key_store, address, password)
    return open_server_database(address.display, key_store, transport=postgres.loopback())


def test_the_page_says_backups_are_the_dbas_and_every_check_passes(qtbot, department,
                                                                   key_store):
    with _open_as(department, key_store, "care_app", APP_PASSWORD) as database:
        admin = AccountService(database).sign_in("ada", ADMIN_PASSWORD).actor
        service = MaintenanceService(database)
        assert service.on_server
        panel = ServerCarePanel(service, admin)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: panel.summary.property("failed") is not None, timeout=20000)
        assert "pg_dump" in panel.backup_note.text()
        assert panel.summary.text() == "Every check passed."
        found = {panel.checks.row(i).name: panel.checks.row(i)
                 for i in range(panel.checks.rowCount())}
        assert set(found) == {"connection", "encryption", "rights", "audit protection",
                              "audit chain", "records"}
        assert "match their seals" in found["records"].detail
        assert "care_app may only add to and read the audit log" in found["rights"].detail
        assert "recorded" in found["encryption"].detail


def test_a_role_that_could_rewrite_the_audit_log_is_named(department, key_store, capsys):
    with _open_as(department, key_store, "care_owner", OWNER_PASSWORD) as database:
        admin = AccountService(database).sign_in("ada", ADMIN_PASSWORD).actor
        checks = {c.name: c for c in server_checks(database, admin)}
    assert not checks["rights"].ok and "UPDATE on audit_log" in checks["rights"].detail
    assert checks["audit chain"].ok and checks["audit protection"].ok
    with _open_as(department, key_store, postgres.SUPERUSER, department.password) as database:
        admin = AccountService(database).sign_in("ada", ADMIN_PASSWORD).actor
        _as_dba(department, ["ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"],
                "lead_care")
        checks = {c.name: c for c in server_checks(database, admin)}
    assert "a superuser" in checks["rights"].detail
    assert not checks["audit protection"].ok and "disabled" in checks["audit protection"].detail
    # a record changed outside the app (psql, as the owner) no longer matches its seal
    _as_dba(department, ["UPDATE profile_versions SET note = 'quietly changed' WHERE id = "
                         "(SELECT min(id) FROM profile_versions)"], "lead_care")
    with _open_as(department, key_store, "care_app", APP_PASSWORD) as database:
        admin = AccountService(database).sign_in("ada", ADMIN_PASSWORD).actor
        checks = {c.name: c for c in server_checks(database, admin)}
    assert not checks["records"].ok and "changed outside the app" in checks["records"].detail

    from lead_desktop.cli.main import main  # IT's view of the same, at the command line

    assert main(["server-check", "--url", department.url("lead_care", user="care_app",
                                                         password="").replace(":@", "@"),
                 "--allow-loopback-without-tls"]) == 10
    out = capsys.readouterr().out
    assert "records:           PROBLEM" in out and "rights:            ok" in out
