"""`lead-desktop` on a department's PostgreSQL server, started as a user starts it
(`app.main`, its sign-in window and main window), after IT followed
SERVER.md (the DBA's roles, `init --url` as the owner, `server-password` as the application
role): from the settings and from `--db postgresql://...`, signing in, the workstation's
row in the presence list, and `lead-admin upgrade --url` refused while it is there."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from lead_desktop import app
from lead_desktop.db import schema
from lead_desktop.settings import Settings
from lead_desktop.ui.main_window import MainWindow
from tests.support import department as departments

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_look_kept")]

ADMIN_PW = "lantern over the quiet harbor"
PREVIOUS = schema.known_revisions()[-2]


def lead_admin(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """As IT runs it: a process on this workstation's data folder and credential store."""
    return subprocess.run([sys.executable, "-m", "lead_desktop.cli.main", *args], input=stdin,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture
def department(postgres_server):
    prepared = departments.prepare(postgres_server, "lead_desk", "desk_owner", "desk_app")
    made = lead_admin("init", "--url", prepared.owner_url, "--app-role", prepared.app_role,
                      "--admin", "ada", "--password-stdin", "--server-password-stdin",
                      "--allow-loopback-without-tls",
                      stdin=f"{ADMIN_PW}\n{prepared.owner_password}\n")
    assert made.returncode == 0, made.stderr
    stored = lead_admin("server-password", "--url", prepared.app_url, "--password-stdin",
                        "--allow-loopback-without-tls", stdin=prepared.app_password + "\n")
    assert stored.returncode == 0, stored.stderr
    yield prepared
    departments.tear_down(prepared)


def present(department) -> list[tuple[str, str]]:  # noqa: ANN001
    with psycopg.connect(department.server.url(department.database)) as dba:
        return dba.execute("SELECT username, program FROM workstation_presence").fetchall()


def start_and_sign_in(qapp, monkeypatch, argv: list[str], while_signed_in) -> dict:
    """`app.main(argv)` as the user meets it: type into the sign-in window once it can be
    used, do `while_signed_in(window)` in the main window, then close it (the app ends).
    A refusal (a message box) is noted and closed, so the test fails on its words."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main sets its own
    seen: dict = {"ticks": 0}

    def step() -> None:
        seen["ticks"] += 1
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            seen["refused"] = modal.text()
            modal.done(0)
            return
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = next((w for w in visible if w.objectName() == "signInDialog"), None)
        window = next((w for w in visible if isinstance(w, MainWindow)), None)
        if window is not None:
            poll.stop()
            try:
                while_signed_in(window)
            except BaseException as exc:  # noqa: BLE001 - re-raised once the app ended
                seen["error"] = exc
            window.close()
        elif dialog is not None and dialog._authenticate is not None and "typed" not in seen:
            seen["typed"] = dialog.database_label.text()
            dialog.acknowledge.setChecked(True)
            dialog.username.setText("ada")
            dialog.password.setText(ADMIN_PW)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        elif seen["ticks"] > 1000:  # about 50 s: end the app and say what was on screen
            poll.stop()
            seen["stuck"] = dialog.message.text() if dialog is not None else "no window"
            if dialog is not None:
                dialog.reject()

    poll = QTimer(interval=50)
    poll.timeout.connect(step)
    poll.start()
    try:
        seen["code"] = app.main(argv)
    finally:
        poll.stop()
        qapp.setQuitOnLastWindowClosed(True)
    if "error" in seen:
        raise seen["error"]
    assert "refused" not in seen and "stuck" not in seen, seen
    return seen


def test_the_app_opens_the_server_from_the_settings_and_from_db(qapp, monkeypatch, department):
    assert Settings.load().database_path == department.app_url  # what IT's steps left

    def upgrade_refused_while_here(window) -> None:  # noqa: ANN001
        assert present(department) == [("ada", "lead-desktop")]
        # a newer program is installed on IT's workstation: to it, this schema is older
        department.as_dba([f"UPDATE alembic_version SET version_num = '{PREVIOUS}'"])
        try:
            refused = lead_admin("upgrade", "--url", department.owner_url, "--app-role",
                                 department.app_role, "--server-password-stdin",
                                 "--allow-loopback-without-tls",
                                 stdin=department.owner_password + "\n")
        finally:
            department.as_dba([f"UPDATE alembic_version SET version_num = "
                               f"'{schema.head_revision()}'"])
        assert refused.returncode == 18, refused.stdout + refused.stderr
        assert "1 workstation is connected: ada on" in refused.stderr

    seen = start_and_sign_in(qapp, monkeypatch, [], upgrade_refused_while_here)
    assert seen["code"] == 0 and seen["typed"].startswith("LEAD program (")  # its fingerprint
    assert present(department) == []  # left the presence list on closing

    settings = Settings.load()  # a workstation told the server on the command line
    settings.database_path = None
    settings.save()
    rows = []
    seen = start_and_sign_in(qapp, monkeypatch, ["--db", department.app_url],
                             lambda window: rows.extend(present(department)))
    assert seen["code"] == 0 and rows == [("ada", "lead-desktop")]
    assert present(department) == []
