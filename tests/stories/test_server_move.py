"""A program outgrows its shared file: IT moves it onto the department's PostgreSQL server
with `lead-admin migrate-to`, the workstations open the server, the administrator sees that
backups are now the DBA's and what the app checks, and the case manager finds the officer's referral.
Played through the app against the test run's server (tests/support/postgres.py)."""

import psycopg
import pytest
from PySide6.QtCore import QDate

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.server_care_panel import ServerCarePanel
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import ADMIN, App, find_person, lead_admin, section
from tests.stories.test_seattle import social_contact
from tests.support import postgres

pytestmark = pytest.mark.slow
STAFF = [("lin", "Avery Lin", Role.OFFICER), ("okafor", "Chris Okafor", Role.CASE_MANAGER)]


@pytest.fixture
def server_database(postgres_server):
    name = "lead_story_move"
    with psycopg.connect(postgres_server.url(), autocommit=True) as dba:
        dba.execute(f"CREATE DATABASE {name}")
    yield postgres_server.url(name, password="").replace(":@", "@")
    postgres.drop(postgres_server, name)


def test_the_program_moves_to_the_server_and_carries_on_there(qtbot, tmp_path, postgres_server,
                                                              server_database):
    app = App(qtbot, tmp_path, "seattle-lead@1", "Harbor LEAD")
    app.add_accounts(STAFF)
    officer = app.sign_in("lin")
    form = social_contact(qtbot, app, officer, "Rivera", "Ana", QDate(1991, 6, 2))
    assert form.message.text() == "Referral saved. Status: Referred."
    app.sign_out(officer)
    app.close()

    # IT, after everyone closed LEAD Desktop: the move, then this workstation's password
    moved = lead_admin("migrate-to", "--db", str(app.path), "--url", server_database,
                       "--server-password-stdin", "--allow-loopback-without-tls",
                       stdin=postgres_server.password + "\n")
    assert "Audit chain verified" in moved
    lead_admin("server-password", "--url", server_database, "--password-stdin",
               "--allow-loopback-without-tls", stdin=postgres_server.password + "\n")

    from lead_desktop.app import _open, build_parser

    app.database = _open(build_parser().parse_args([]))  # the workstation's settings
    assert app.database.backend == "postgresql"
    app.accounts = AccountService(app.database, now=app.clock)

    admin = app.sign_in(ADMIN)
    page = section(admin, "Administration")
    care = page.findChild(ServerCarePanel)
    assert care is not None and "pg_dump" in care.backup_note.text()
    qtbot.waitUntil(lambda: care.summary.property("failed") is not None, timeout=20000)
    checks = {care.checks.row(i).name: care.checks.row(i) for i in range(care.checks.rowCount())}
    assert checks["audit chain"].ok and checks["records"].ok and checks["encryption"].ok
    # this test's server role is a superuser: the page tells IT to use the application role
    assert not checks["rights"].ok and "superuser" in checks["rights"].detail
    app.sign_out(admin)

    desk = app.sign_in("okafor")  # a first sign-in, now on the server
    find_person(qtbot, desk, "Rivera", PersonWindow,
                lambda window: None)  # found by the server's own search terms
    app.sign_out(desk)
    app.close()
