"""Every test runs with fresh temporary folders: LEAD_DESKTOP_HOME, and a real keyring
backend (keyrings.alt's file backend, chosen explicitly through PYTHON_KEYRING_BACKEND as an
IT department would) whose file lives in the test's temporary folder. The user's own keyring
and data folder are never touched."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Test-only knob (lead_desktop/security/passwords.py): real Argon2id with the cheapest
# parameters, in this process and the lead-admin processes tests start; set before the app
# is imported. tests/security/test_password_parameters.py holds the production parameters.
os.environ["LEAD_DESKTOP_TEST_CHEAP_HASHES"] = "1"
TEST_KEYRING = "keyrings.alt.file.PlaintextKeyring"
_crash_trace: list = []


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """tools/dev.py names a file for the stacks of a crash (LEAD_DESKTOP_CRASH_TRACE): a run
    killed by a signal prints it on both outputs, so CI's tail shows where it died."""
    import faulthandler

    path = os.environ.get("LEAD_DESKTOP_CRASH_TRACE")
    if path:
        _crash_trace.append(open(path, "w", encoding="utf-8"))  # noqa: SIM115 - open till exit
        faulthandler.enable(_crash_trace[0], all_threads=True)


def isolated_env(root: Path) -> dict[str, str]:
    """Environment variables that point LEAD Desktop and keyring into `root`."""
    return {
        "LEAD_DESKTOP_HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "xdg-data"),        # keyrings.alt's file on Linux
        "XDG_CONFIG_HOME": str(root / "xdg-config"),    # keyringrc.cfg on Linux
        "LOCALAPPDATA": str(root / "localappdata"),     # both on Windows
        "APPDATA": str(root / "appdata"),
        "PYTHON_KEYRING_BACKEND": TEST_KEYRING,
        "LEAD_DESKTOP_EVENT_LOG": str(root / "event-log" / "lead-desktop.log"),  # not syslog
    }


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, value in isolated_env(tmp_path).items():
        monkeypatch.setenv(name, value)
    keyring.core._keyring_backend = None  # forget any backend chosen for an earlier test
    from lead_desktop.ui import shown_time

    monkeypatch.setattr(shown_time, "_zone", None)  # an earlier test's program time zone
    return tmp_path


@pytest.fixture
def key_store():
    from lead_desktop.security.key_store import KeyringKeyStore

    return KeyringKeyStore()


@pytest.fixture
def system_actor():
    from lead_desktop.security.actor import Actor

    return Actor.system("tests")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--postgres-only", action="store_true",
                     help="run every test that uses the `db`/`created` fixtures on PostgreSQL "
                          "only, marked or not (to see what does not pass there yet)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `postgres` that use a database run on both back ends: the encrypted
    file, and a PostgreSQL server (slow: a server per run, a database per test)."""
    if "db_backend" not in metafunc.fixturenames:
        return
    if metafunc.config.getoption("--postgres-only"):
        metafunc.parametrize("db_backend", ["postgresql"], indirect=True)
    elif metafunc.definition.get_closest_marker("postgres"):
        metafunc.parametrize("db_backend", ["sqlite", pytest.param("postgresql",
                                                                marks=pytest.mark.slow)],
                             indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """Which back end `created` and `db` use: "sqlite" unless the test is marked postgres."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def created(request: pytest.FixtureRequest, db_backend: str, tmp_path: Path, key_store,
            system_actor):
    """A new database (and its recovery key), closed after the test: an encrypted file, or
    for `db_backend` "postgresql" a copy of the migrated template on the test server (no
    recovery key: the server holds the data)."""
    if db_backend == "postgresql":
        yield from _created_on_server(request, key_store)
        return
    template = request.getfixturevalue("sqlite_template")
    result = template.copy_to(tmp_path / "data" / "lead.db", key_store)
    yield result
    _wait_for_background_jobs()
    result.database.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory):
    """One database made by create_database for the whole run, copied file by file for each
    test (a copy opens in 0.02 s of CPU; creating one, through every migration, took 0.3 s,
    paid by some 850 tests). The copies share the template's key and fingerprint; each test
    still has its own credential store, which receives the key as enrolment would."""
    from tests.support.template import SqliteTemplate

    root = tmp_path_factory.mktemp("sqlite-template")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in isolated_env(root).items():
            patch.setenv(name, value)
        keyring.core._keyring_backend = None
        try:
            return SqliteTemplate.make(root / "data" / "lead.db", name="Test program")
        finally:
            keyring.core._keyring_backend = None


def _created_on_server(request: pytest.FixtureRequest, key_store):  # noqa: ANN202
    import uuid

    from lead_desktop.db.database import CreatedDatabase
    from lead_desktop.db.server import open_server_database, store_password
    from lead_desktop.db.server_address import ServerAddress
    from tests.support import postgres

    server = request.getfixturevalue("postgres_template")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres.copy_of_template(server, name)
    address, password = ServerAddress.parse(url)
    store_password(key_store, address, password)
    database = open_server_database(address.display, key_store, transport=postgres.loopback())
    yield CreatedDatabase(database, recovery_key="")
    _wait_for_background_jobs()
    database.close()
    postgres.drop(server, name)


def _wait_for_background_jobs() -> None:
    """As the app does before it closes a database: no job a window started on Qt's thread
    pool may still be using the database's connections when it is closed (closing them
    under a running query crashes SQLCipher)."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def db(created):
    return created.database


ADMIN_PASSWORD = "violet tractor sings at dawn"


@pytest.fixture
def admin(db, system_actor):
    """The first administrator, signed in."""
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.roles import Role

    accounts = AccountService(db)
    accounts.create_user(system_actor, "admin", "Ada Admin", Role.ADMINISTRATOR, ADMIN_PASSWORD)
    return accounts.sign_in("admin", ADMIN_PASSWORD).actor


STAFF_PASSWORD = "staff password for tests"


@pytest.fixture(scope="session")
def _staff_hash():
    from lead_desktop.security.passwords import hash_password

    return hash_password(STAFF_PASSWORD)  # once: Argon2id is slow on purpose (in production)


@pytest.fixture
def staff(db, _staff_hash):
    """One real account per role (inserted directly, sharing one password hash), as actors."""
    from lead_desktop.models import User
    from lead_desktop.security.actor import Actor
    from lead_desktop.security.roles import Role

    actors = {}
    with db.write() as session:
        for role in Role:
            user = User(username=role.value.replace("_", "."), display_name=role.label,
                        role=role.value, password_hash=_staff_hash)
            session.add(user)
            session.flush()
            actors[role] = Actor(user.id, user.username, role, "test-ws")
    return actors


@pytest.fixture
def program(db):
    """Every service wired on the test database, sharing a clock the test can advance."""
    from tests.support.program import build_program

    return build_program(db)


@pytest.fixture
def clock():
    """A clock services read through their `now` argument; tests set or advance it."""
    from datetime import datetime, timezone

    from tests.support.program import Clock

    return Clock(datetime(2026, 5, 1, 12, tzinfo=timezone.utc))



# --- PostgreSQL mode: one throwaway server per test run (tests/support/postgres.py) ---

@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server on loopback, started on first use and stopped at the end of the
    run. A server that cannot start fails the tests that need it: never a silent skip."""
    from tests.support import postgres

    try:
        server = postgres.start()
    except postgres.PostgresUnavailable as exc:
        pytest.fail(f"the test PostgreSQL server could not start: {exc}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server):
    """The server, holding a LEAD database made by create_server_database, to copy."""
    from lead_desktop.security.actor import Actor
    from tests.support import postgres

    postgres.create_template(postgres_server, Actor.system("tests"))
    return postgres_server


@pytest.fixture(scope="session")
def postgres_url(postgres_server) -> str:
    """The server's administrative URL (superuser, with its password)."""
    return postgres_server.url()


# --- no test run waits forever on a modal window (see tests/support/modal_watchdog.py) ---

def _modal_watchdog():
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from tests.support.modal_watchdog import watchdog

    return watchdog()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item):
    guard = _modal_watchdog()
    if guard is not None:
        guard.start_test()
    result = yield
    if guard is not None and guard.left_open:
        pytest.fail("a modal window was left open with nobody to answer it: "
                    + "; ".join(guard.left_open), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    guard = _modal_watchdog()
    if guard is not None:
        guard.in_teardown = True
    return (yield)


_run_result: list[int] = []  # what pytest decided, for pytest_unconfigure


def pytest_sessionfinish(session, exitstatus):
    """Leave Qt tidy before the interpreter tears down: no job still running on the
    thread pool, no window left for Python's garbage collector to delete after the
    QApplication (both have crashed the process at exit, after every test had passed)."""
    _run_result.append(int(exitstatus))
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(30000)
    if QApplication.instance() is None:
        return
    QApplication.clipboard().clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """PySide6 6.12 on CPython 3.11 can abort in the interpreter's own finalization
    ("bool_dealloc" while garbage-collecting, seen after a few hundred UI tests), after
    every test has run and pytest has reported. The run's result is what pytest decided:
    the process ends with it here, before that finalization, once Qt has been loaded."""
    import os
    import sys

    if "PySide6.QtWidgets" in sys.modules and _run_result:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_run_result[-1])
