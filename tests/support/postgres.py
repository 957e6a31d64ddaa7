"""A throwaway PostgreSQL server for the tests, from the `pgserver` wheel's binaries.

The server listens on loopback TCP (a free port) with password (SCRAM) authentication, so the
tests exercise what a workstation does: a password from the credential store, a host name.
initdb refuses to run as root: as root the server runs as an unprivileged system user
("lead-pgtest", made once with useradd). It is started once per test run and stopped after.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "lead_test_admin"
RUN_AS_WHEN_ROOT = "lead-pgtest"


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    # Found, not imported: importing pgserver starts its own machinery (and warns).
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:  # the `test` extra installs it
        raise PostgresUnavailable("the pgserver wheel is not installed "
                                  "(python3 tools/dev.py test installs the test extra)")
    return Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _system_user() -> str | None:
    if os.name == "nt" or os.geteuid() != 0:
        return None
    import pwd
    try:
        pwd.getpwnam(RUN_AS_WHEN_ROOT)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        RUN_AS_WHEN_ROOT], check=True, capture_output=True)
    return RUN_AS_WHEN_ROOT


@dataclass
class TestServer:
    data_dir: Path
    port: int
    password: str
    user: str | None
    bin_dir: Path

    def url(self, database: str = "postgres", *, user: str = SUPERUSER,
            password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop",
                  check=False)
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([str(self.bin_dir / tool), *args], capture_output=True, text=True,
                              user=self.user, cwd=self.data_dir.parent)
        if check and done.returncode != 0:
            raise PostgresUnavailable(f"{tool} failed ({done.returncode}): "
                                      f"{done.stderr.strip() or done.stdout.strip()}")
        return done


def start() -> TestServer:
    """Initialize and start a server in a new temporary folder; raise PostgresUnavailable."""
    bin_dir = _bin_dir()
    user = _system_user()
    root = Path(tempfile.mkdtemp(prefix="lead-pg-"))
    root.chmod(0o755)
    data_dir, password = root / "data", secrets.token_urlsafe(16)
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if user is not None:
        shutil.chown(root, user)
        shutil.chown(pwfile, user)
    server = TestServer(data_dir, _free_port(), password, user, bin_dir)
    try:
        server._run("initdb", "-D", str(data_dir), "-U", SUPERUSER, f"--pwfile={pwfile}",
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C")
        pwfile.unlink()
        options = (f"-h 127.0.0.1 -p {server.port} -k {root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        server._run("pg_ctl", "-D", str(data_dir), "-o", options, "-l", str(root / "log"),
                    "-w", "-t", "60", "start")
    except BaseException:
        log = root / "log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        if detail:
            raise PostgresUnavailable(f"PostgreSQL did not start: {detail}") from None
        raise
    return server


# --- LEAD databases on the test server: one migrated template, a copy per test ---

TEMPLATE = "lead_template"


class _TemplateKeys:
    """The template is made once per run, before any test's own credential store exists:
    its password is kept here, never in the user's keyring. Each test stores the password
    in its own (real, temporary) credential store and opens its copy through it."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def get(self, fingerprint: str) -> bytes | None:
        return self._keys.get(fingerprint)

    def put(self, fingerprint: str, key: bytes) -> None:
        self._keys[fingerprint] = key

    def delete(self, fingerprint: str) -> None:
        self._keys.pop(fingerprint, None)

    def describe(self) -> str:
        return "the test run's template keys"


def create_template(server: TestServer, actor) -> None:  # noqa: ANN001
    """A LEAD database made the way `lead-admin init --url` makes one, used as the template
    every test's database is copied from (CREATE DATABASE ... TEMPLATE: a file copy,
    instead of running every migration per test)."""
    import psycopg

    from lead_desktop.db.server import create_server_database

    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {TEMPLATE}")
    database = create_server_database(server.url(TEMPLATE), _TemplateKeys(), name="Test program",
                                      actor=actor, transport=loopback())
    database.close()


def copy_of_template(server: TestServer, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    return server.url(name)


def drop(server: TestServer, name: str) -> None:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def loopback():  # noqa: ANN201
    """The test server has no certificate: plaintext on loopback, as an administrator may record."""
    from lead_desktop.db.server import Transport

    return Transport(plaintext_loopback=True)

