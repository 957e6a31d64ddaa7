"""Following SERVER.md, a workstation ends up working as the application role, never as the
schema owner; and after `migrate-to` no workstation goes on writing into the file the
program left. lead-admin as IT runs it (processes), against the test run's server."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from lead_desktop import self_test
from lead_desktop.db.database import open_database
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import DatabaseMoved
from lead_desktop.settings import Settings
from tests.conftest import isolated_env
from tests.support import department as departments

pytestmark = pytest.mark.slow

ADMIN_PW = "copper kettle on the stove"


@pytest.fixture
def run(isolated):
    env = {**os.environ, **isolated_env(isolated)}

    def _run(*args, stdin: str = ""):
        return subprocess.run([sys.executable, "-m", "lead_desktop.cli.main", *args],
                              input=stdin, capture_output=True, text=True, env=env, timeout=180)
    return _run


@pytest.fixture
def department(postgres_server):
    prepared = departments.prepare(postgres_server, "lead_ws", "ws_owner", "ws_app")
    yield prepared
    departments.tear_down(prepared)


def _settings(isolated) -> dict:  # noqa: ANN001
    return json.loads((isolated / "home" / "settings.json").read_text())


def _owner_account(department) -> str:  # noqa: ANN001
    return ServerAddress.parse(department.owner_url)[0].credential_account


def test_init_then_server_password_leave_the_workstation_on_the_application_role(
        run, department, isolated, key_store):
    made = run("init", "--url", department.owner_url, "--app-role", department.app_role,
               "--admin", "ada", "--password-stdin", "--server-password-stdin",
               "--allow-loopback-without-tls",
               stdin=f"{ADMIN_PW}\n{department.owner_password}\n")
    assert made.returncode == 0, made.stderr
    assert _settings(isolated)["database_path"] == department.app_url
    assert key_store.get(_owner_account(department)) is None  # the owner's: not kept
    assert f"server-password --url {department.app_url}" in made.stdout
    # the owner's password stored for `upgrade` only: the settings stay on the app role
    kept = run("server-password", "--url", department.owner_url, "--password-stdin",
               "--password-only", "--allow-loopback-without-tls",
               stdin=department.owner_password + "\n")
    assert kept.returncode == 0, kept.stderr
    assert _settings(isolated)["database_path"] == department.app_url
    key_store.delete(_owner_account(department))

    stored = run("server-password", "--url", department.app_url, "--password-stdin",
                 "--allow-loopback-without-tls", stdin=department.app_password + "\n")
    assert stored.returncode == 0, stored.stderr
    assert _settings(isolated)["database_path"] == department.app_url
    assert department.app_password not in json.dumps(_settings(isolated))
    # the self-test's server line: the settings' server, as the role with the app's rights
    [server] = self_test.run_checks([self_test.server_to_check()])
    assert server.passed, server.detail


def test_the_owner_password_is_kept_only_when_asked(run, department, key_store):
    made = run("init", "--url", department.owner_url, "--app-role", department.app_role,
               "--admin", "ada", "--password-stdin", "--server-password-stdin",
               "--allow-loopback-without-tls", "--keep-owner-password",
               stdin=f"{ADMIN_PW}\n{department.owner_password}\n")
    assert made.returncode == 0, made.stderr
    assert key_store.get(_owner_account(department)) == department.owner_password.encode()
    # and `upgrade` on this administrator's workstation needs no password typed
    upgraded = run("upgrade", "--url", department.owner_url, "--app-role",
                   department.app_role, "--allow-loopback-without-tls")
    assert upgraded.returncode == 0 and "nothing to do" in upgraded.stdout, upgraded.stderr


def test_after_migrate_to_the_file_is_marked_moved_and_workstations_follow_the_server(
        run, department, isolated, key_store, tmp_path):
    source = tmp_path / "county.db"
    made = run("init", "--db", str(source), "--admin", "ada", "--password-stdin",
               stdin=f"{ADMIN_PW}\n")
    assert made.returncode == 0, made.stderr
    settings = Settings.load()  # this workstation works on the file
    settings.database_path = str(source)
    settings.save()
    before = hashlib.sha256(source.read_bytes()).hexdigest()

    moved = run("migrate-to", "--db", str(source), "--url", department.owner_url,
                "--app-role", department.app_role, "--server-password-stdin",
                "--allow-loopback-without-tls", stdin=department.owner_password + "\n")
    assert moved.returncode == 0, moved.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before  # not a byte changed
    assert "marked moved" in moved.stdout
    assert key_store.get(_owner_account(department)) is None
    assert _settings(isolated)["database_path"] == department.app_url

    # a workstation whose settings still name the file: refused, told where the program is
    settings = Settings.load()
    settings.database_path = str(source)
    settings.save()
    from lead_desktop.app import _open, build_parser

    with pytest.raises(DatabaseMoved) as refused:
        _open(build_parser().parse_args([]))
    assert department.app_url in refused.value.message
    assert f"server-password --url {department.app_url}" in refused.value.next_step
    upgrade = run("upgrade", "--db", str(source))
    assert upgrade.returncode == 22 and department.app_url in upgrade.stderr, upgrade.stderr
    verified = run("verify", "--db", str(source))  # even verify: it audits itself there
    assert verified.returncode == 22, verified.stdout + verified.stderr
    with pytest.raises(DatabaseMoved):
        open_database(source, key_store, upgrade=False)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before

    followed = run("server-password", "--url", department.app_url, "--password-stdin",
                   "--allow-loopback-without-tls", stdin=department.app_password + "\n")
    assert followed.returncode == 0, followed.stderr
    assert f"now opens {department.app_url} (its settings named {source} before)" in \
        followed.stdout
    assert _settings(isolated)["database_path"] == department.app_url
    with _open(build_parser().parse_args([])) as opened:
        assert opened.backend == "postgresql"
