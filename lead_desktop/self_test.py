"""`lead-desktop --self-test` and `lead-admin self-test`: does this installation work?

IT runs it after installing (or the installer's smoke test does): in a few seconds it
checks each part a user depends on and prints one line per check. Nothing is left behind:
the database is a temporary one, and the credential store entry is removed again.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lead_desktop

# What the program imports only on some paths (printing, time zones, the OS keyring).
THIRD_PARTY = ["sqlcipher3", "sqlalchemy", "alembic", "keyring", "argon2", "reportlab",
               "pypdfium2", "jellyfish", "platformdirs", "PySide6.QtWidgets",
               "PySide6.QtPrintSupport", "cryptography.hazmat.primitives.ciphers.aead",
               "psycopg"]
if sys.platform == "win32":  # the audit chain's head goes to the Application event log
    THIRD_PARTY += ["win32evtlog", "win32evtlogutil"]
SAMPLE_NAMES = "Nguyễn Thị Minh · O'Brien-Muñoz · Zoë Ødegård"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str
    seconds: float

    def line(self) -> str:
        status = "ok  " if self.passed else "FAIL"
        return f"{status} {self.name:<17} {self.detail} ({self.seconds:.1f} s)"


def check_imports() -> str:
    modules = [name for _, name, _ in pkgutil.walk_packages(lead_desktop.__path__, "lead_desktop.")
               if ".migrations.versions." not in name]  # loaded by alembic from files
    for name in modules + THIRD_PARTY:
        importlib.import_module(name)
    from zoneinfo import ZoneInfo

    ZoneInfo("America/Los_Angeles")  # Windows has no zone files: tzdata must be there
    return f"{len(modules)} program modules and {len(THIRD_PARTY)} libraries"


def check_resources() -> str:
    from lead_desktop.documents import wording
    from lead_desktop.paths import resource_path
    from lead_desktop.security.passwords import banned_passwords
    from lead_desktop.services.program.profile import bundled_profiles

    profiles = bundled_profiles()
    banned = banned_passwords()
    texts = sorted(resource_path("documents").glob("*.toml"))
    for text in texts:
        wording.load(text.name)
    if not texts:
        raise CheckFailed("no document wording files")
    return (f"{len(profiles)} program profiles, {len(banned):,} banned passwords, "
            f"{len(texts)} document wording files, in {resource_path()}")


class _MemoryKeyStore:
    """The temporary database's key never touches the real credential store."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def get(self, fingerprint: str) -> bytes | None:
        return self._keys.get(fingerprint)

    def put(self, fingerprint: str, key: bytes) -> None:
        self._keys[fingerprint] = key

    def delete(self, fingerprint: str) -> None:
        self._keys.pop(fingerprint, None)

    def describe(self) -> str:
        return "self-test memory"


def check_database() -> str:
    from lead_desktop.db.database import create_database, open_database
    from lead_desktop.security.actor import Actor

    folder = Path(tempfile.mkdtemp(prefix="lead-self-test-"))
    try:
        store, path = _MemoryKeyStore(), folder / "self-test.db"
        create_database(path, store, name="self-test", actor=Actor.system("self-test")
                        ).database.close()
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            raise CheckFailed("the database file was written unencrypted")
        with open_database(path, store) as database:
            connection = database.raw_connection()
            try:
                cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
                connection.execute("INSERT INTO person_search (person_id, names) "
                                   "VALUES ('p1', 'muñoz zoe')")
                found = connection.execute("SELECT person_id FROM person_search "
                                           "WHERE person_search MATCH 'zoe'").fetchall()
                connection.rollback()
            finally:
                connection.close()
        if found != [("p1",)]:
            raise CheckFailed(f"full-text search returned {found!r}")
        return f"SQLCipher {cipher}, schema created, full-text search works"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_credential_store() -> str:
    from lead_desktop.security.key_store import KeyringKeyStore

    store = KeyringKeyStore()
    fingerprint, key = f"self-test-{secrets.token_hex(6)}", secrets.token_bytes(32)
    try:
        store.put(fingerprint, key)  # put() reads the key back itself
    finally:
        store.delete(fingerprint)
    if store.get(fingerprint) is not None:
        raise CheckFailed("the test entry could not be removed again")
    return f"{store.describe()} stores and removes a key"


def check_pdf() -> str:
    import pypdfium2
    from reportlab.platypus import Paragraph

    from lead_desktop.documents.page import Stamp, render, styles
    from lead_desktop.models.base import utcnow

    stamp = Stamp(program="Self-test", document_id="SELF-TEST", template="self-test v1",
                  generated_by="self-test", generated_at=utcnow())
    data = render([Paragraph(SAMPLE_NAMES, styles()["body"])], stamp, "Self-test")
    if b"/FontFile2" not in data:
        raise CheckFailed("the bundled font was not embedded")
    document = pypdfium2.PdfDocument(data)
    try:
        text = document[0].get_textpage().get_text_range()
        bitmap = document[0].render(scale=0.5)
        width = bitmap.width
    finally:
        document.close()
    if "Nguyễn" not in text or "Ødegård" not in text:
        raise CheckFailed(f"the names did not come back from the PDF: {text[:80]!r}")
    return f"{len(data):,} bytes, fonts embedded, names read back, page rendered {width} px wide"


def check_window() -> str:
    """In a child process: with no display Qt aborts the whole process (qFatal), which must
    become this check's failure line, not the end of the report."""
    import subprocess

    child = subprocess.run(
        [sys.executable, "-c",
         "from lead_desktop.self_test import show_a_window; print(show_a_window())"],
        capture_output=True, text=True, timeout=120, check=False)
    if child.returncode != 0:
        said = [line.strip() for line in child.stderr.splitlines() if line.strip()]
        first = next((line for line in said if "display" in line or "platform plugin" in line),
                     None)
        if first:
            raise CheckFailed(f"no display for a window here (Qt: {first})")
        raise CheckFailed(said[-1] if said else f"the window check ended with "
                          f"exit code {child.returncode}")
    return child.stdout.strip()


def show_a_window() -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "lead-desktop"])
    window = QMainWindow()
    window.setCentralWidget(QLabel(SAMPLE_NAMES))
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    QPrinter(QPrinter.PrinterMode.HighResolution)  # the print support plugin loads
    if not shown:
        raise CheckFailed("the window did not show")
    return f"Qt {qVersion()} on the '{app.platformName()}' platform"


def check_server(url: str, plaintext_loopback: bool = False, ca_file: str | None = None,
                 ) -> str:
    """A workstation in PostgreSQL mode: its server opens with the password in this
    workstation's credential store, over TLS (or the recorded loopback downgrade), at this
    program's schema; the role's rights and the audit trigger hold; the search's terms
    table answers. Only reads: nothing is written to the server."""
    from sqlalchemy import text

    from lead_desktop.db import schema
    from lead_desktop.db.server import Transport, open_server_database
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services.people import search
    from lead_desktop.services.server_checks import STORAGE_CHECKS, run_checks

    transport = Transport(plaintext_loopback=plaintext_loopback, ca_file=ca_file)
    database = open_server_database(url, KeyringKeyStore(), transport=transport)
    try:
        failed = [f"{check.name}: {check.detail}"
                  for check in run_checks(database, STORAGE_CHECKS) if not check.ok]
        with database.read() as session:
            version = session.execute(text("SHOW server_version")).scalar()
            search.search(session, "self test")  # the terms table and its query
    finally:
        database.engine.dispose()  # not close(): a read-only check settles no audit entry
    if failed:
        raise CheckFailed("; ".join(failed))
    return (f"PostgreSQL {version} at {database.path}, schema {schema.head_revision()}, "
            "rights and audit trigger in place, search answers")


def server_to_check(url: str | None = None, plaintext_loopback: bool = False,
                    ca_file: str | None = None) -> tuple[str, Callable[[], str]] | None:
    """The server check for `url`, else for the server this workstation's settings name
    (None when it works on a file)."""
    from functools import partial

    from lead_desktop.db.server_address import is_server_url

    if url is None:
        from lead_desktop.settings import Settings

        settings = Settings.load()
        if not is_server_url(settings.database_path):
            return None
        url, plaintext_loopback, ca_file = (settings.database_path,
                                            settings.server_plaintext_loopback,
                                            settings.server_ca_file)
    return ("server", partial(check_server, url, plaintext_loopback, ca_file))


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("imports", check_imports),
    ("resources", check_resources),
    ("database", check_database),
    ("credential store", check_credential_store),
    ("pdf", check_pdf),
    ("window", check_window),
]


def run_checks(checks: list[tuple[str, Callable[[], str]]] = CHECKS) -> list[CheckResult]:
    results = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail, passed = check(), True
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the rest
            detail, passed = f"{type(exc).__name__}: {exc}", False
            if os.environ.get("LEAD_SELF_TEST_TRACE"):
                traceback.print_exc()
        results.append(CheckResult(name, passed, detail, time.perf_counter() - started))
    return results


def _log_place() -> str:
    """Where the app logs its start and unexpected errors (error_log.py), for IT."""
    from lead_desktop import error_log

    try:
        return str(error_log.log_path())
    except OSError as exc:
        return f"cannot be created ({type(exc).__name__})"


def report(results: list[CheckResult]) -> str:
    lines = [f"LEAD Desktop {lead_desktop.__version__} self-test "
             f"(Python {sys.version.split()[0]}, {sys.platform}, {sys.prefix})",
             f"Log file: {_log_place()}"]
    lines += [result.line() for result in results]
    failed = [result.name for result in results if not result.passed]
    lines.append(f"FAILED: {', '.join(failed)}" if failed else "All checks passed.")
    return "\n".join(lines)


def main(server: tuple[str, Callable[[], str]] | None = None) -> int:
    """Print the report; exit 0 when every check passed, 1 otherwise. A workstation in
    PostgreSQL mode also checks its server (`server`, else the one its settings name)."""
    try:
        server = server or server_to_check()
    except Exception:  # noqa: BLE001 - unreadable settings: the other checks still run
        server = None
    results = run_checks(CHECKS + ([server] if server else []))
    text = report(results)
    if sys.stdout is not None:
        print(text, flush=True)
    else:  # pythonw.exe has no console: show the report instead
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, f"{lead_desktop.APP_NAME} self-test", text)
    return 0 if all(result.passed for result in results) else 1
