"""lead-admin migrate-to and export as IT runs them: real processes, the test server."""

from __future__ import annotations

import hashlib
import os

import psycopg
import pytest

from tests.conftest import isolated_env
from tests.support import lead_admin_process
from tests.support import postgres

pytestmark = pytest.mark.slow

ADMIN_PW = "copper kettle on the stove"


@pytest.fixture
def run(isolated):
    env = {**os.environ, **isolated_env(isolated)}

    def _run(*args, stdin: str = ""):  # a process per command (lead_admin_process.py)
        return lead_admin_process.run(args, stdin=stdin, env=env, timeout=180)
    return _run


@pytest.fixture
def empty_database(postgres_server):
    name = "lead_cli_move"
    with psycopg.connect(postgres_server.url(), autocommit=True) as dba:
        dba.execute(f"CREATE DATABASE {name}")
    yield name
    postgres.drop(postgres_server, name)


def test_migrate_to_then_export_back(run, postgres_server, empty_database, tmp_path):
    source = tmp_path / "lead.db"
    made = run("init", "--db", str(source), "--admin", "ada", "--password-stdin",
               stdin=f"{ADMIN_PW}\n")
    assert made.returncode == 0, made.stderr
    file_bytes = hashlib.sha256(source.read_bytes()).hexdigest()
    url = postgres_server.url(empty_database, password="").replace(":@", "@")

    moved = run("migrate-to", "--db", str(source), "--url", url, "--server-password-stdin",
                "--allow-loopback-without-tls", stdin=f"{postgres_server.password}\n")
    assert moved.returncode == 0, moved.stderr
    assert "Audit chain verified" in moved.stdout and "users" in moved.stdout
    assert postgres_server.password not in moved.stdout + moved.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == file_bytes

    again = run("migrate-to", "--db", str(source), "--url", url,
                "--allow-loopback-without-tls")
    assert again.returncode == 22, again.stderr  # the file is marked moved, to that server
    assert url in again.stderr
    (tmp_path / "lead.db.moved").unlink()  # without the mark: the server is not empty
    again = run("migrate-to", "--db", str(source), "--url", url,
                "--allow-loopback-without-tls")
    assert again.returncode == 12, again.stderr  # not empty any more: left as it was

    back = tmp_path / "back.db"
    exported = run("export", "--url", url, "--to", str(back), "--allow-loopback-without-tls")
    assert exported.returncode == 0, exported.stderr
    assert "Recovery key of the new file" in exported.stdout
    verified = run("verify", "--db", str(back))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    refused = run("export", "--url", url, "--to", str(back), "--allow-loopback-without-tls")
    assert refused.returncode == 12, refused.stderr  # an existing file is never overwritten
