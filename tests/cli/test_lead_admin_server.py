"""lead-admin in PostgreSQL mode, as IT runs it: a real process against the test server."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg
import pytest
from sqlalchemy import select, text

from lead_desktop.db.server import open_server_database
from lead_desktop.models import AuditEntry, User
from tests.conftest import isolated_env
from tests.support import lead_admin_process
from tests.support import postgres

pytestmark = pytest.mark.slow

ADMIN_PW = "copper kettle on the stove"


@pytest.fixture
def run(isolated):
    env = {**os.environ, **isolated_env(isolated)}

    def _run(*args, stdin: str = ""):  # a process per command (lead_admin_process.py)
        return lead_admin_process.run(args, stdin=stdin, env=env, timeout=120)
    return _run


@pytest.fixture
def empty_database(postgres_server):
    name = "lead_cli"
    with psycopg.connect(postgres_server.url(), autocommit=True) as dba:
        dba.execute(f"CREATE DATABASE {name}")
    yield name
    postgres.drop(postgres_server, name)


def test_init_url_creates_the_schema_and_administrator_with_the_password_kept_aside(
        run, postgres_server, empty_database, key_store, isolated):
    url = postgres_server.url(empty_database, password="")
    url = url.replace(":@", "@")  # the address without a password: it comes on stdin
    result = run("init", "--url", url, "--admin", "ada", "--display-name", "Ada Admin",
                 "--password-stdin", "--server-password-stdin", "--allow-loopback-without-tls",
                 stdin=f"{ADMIN_PW}\n{postgres_server.password}\n")
    assert result.returncode == 0, result.stderr
    assert "Recorded (audit log and settings)" in result.stdout
    assert postgres_server.password not in result.stdout + result.stderr

    settings = json.loads((isolated / "home" / "settings.json").read_text())
    assert settings["server_plaintext_loopback"] is True
    assert settings["database_path"] == url
    assert postgres_server.password not in json.dumps(settings)

    # the password is in this workstation's credential store: opening needs nothing else
    database = open_server_database(url, key_store, transport=postgres.loopback())
    with database, database.read() as session:
        admin = session.scalars(select(User).where(User.username == "ada")).one()
        assert admin.role == "administrator"
        events = session.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)).all()
    assert events[:2] == ["database.create", "server.tls_downgrade"]

    # the desktop app opens the server this workstation was set up with (settings)
    from lead_desktop.app import _open, build_parser

    with _open(build_parser().parse_args([])) as opened:
        assert opened.backend == "postgresql" and opened.info().name == "LEAD program"

    again = run("init", "--url", url, "--admin", "bob", "--password-stdin",
                "--allow-loopback-without-tls", stdin=f"{ADMIN_PW}\n")
    assert again.returncode == 12, again.stderr  # tables there: left as it was
    assert "left as it was" in again.stderr


def test_tls_is_required_unless_recorded_and_never_off_loopback(run, postgres_server,
                                                                empty_database):
    url = postgres_server.url(empty_database)
    plain = run("init", "--url", url, "--admin", "ada", "--password-stdin",
                stdin=f"{ADMIN_PW}\n")
    assert plain.returncode == 19, plain.stderr  # verify-full: this server offers no TLS
    remote = url.replace("127.0.0.1", "db.example.org")
    refused = run("init", "--url", remote, "--admin", "ada", "--password-stdin",
                  "--allow-loopback-without-tls", stdin=f"{ADMIN_PW}\n")
    assert refused.returncode == 20, refused.stderr
    assert "verified TLS" in refused.stderr
    with psycopg.connect(url) as connection:  # nothing was created
        assert connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                  ).fetchone()[0] == 0


def test_server_setup_prints_the_dbas_sql():
    result = subprocess.run([sys.executable, "-m", "lead_desktop.cli.main", "server-setup",
                             "--database", "lead", "--owner", "lead_owner", "--app-role",
                             "lead_app"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "CREATE ROLE lead_app LOGIN;" in result.stdout
    assert "GRANT SELECT, INSERT ON audit_log TO lead_app;" in result.stdout


def test_a_downgrade_nobody_recorded_is_refused(postgres_server, empty_database, key_store,
                                                system_actor):
    """Plaintext on loopback needs the administrator's audited record, not just a setting."""
    from lead_desktop.db.server import Transport, create_server_database
    from lead_desktop.errors import InsecureConnection

    url = postgres_server.url(empty_database)
    with pytest.raises(Exception):  # verified TLS: this test server has no certificate
        create_server_database(url, key_store, name="x", actor=system_actor)
    created = create_server_database(url, key_store, name="x", actor=system_actor,
                                     transport=postgres.loopback())
    with created, created.write() as session:
        # a superuser (this test's role) can bypass the append-only trigger; the app role
        # cannot (test_server_roles.py): here it stands for a record that was never made
        session.execute(text("SET LOCAL session_replication_role = replica"))
        session.execute(text("DELETE FROM audit_log WHERE event = 'server.tls_downgrade'"))
    with pytest.raises(InsecureConnection):
        open_server_database(url, key_store, transport=Transport(plaintext_loopback=True))
