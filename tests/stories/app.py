"""The app as its users meet it, for the story tests: IT creates the database with
`lead-admin init` (a subprocess), then each person signs in through the real sign-in
dialog (a temporary password is changed in the real dialog) and works in the real main
window `desk_assembly.open_main_window` opens (its pages, and the timers the app runs by itself at
start), on the app's clock. Nothing here writes a row or
calls a service the screens would not call: it only types, clicks and reads widgets.

Modal windows (the person window, the eligibility form, step dialogs) run their own event
loop; `while_open` does its work inside that loop, as a user would, then closes it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from lead_desktop.db.database import open_database
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.ui.change_password_dialog import ChangePasswordDialog
from lead_desktop.ui.desk_assembly import open_main_window
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.sign_in_dialog import SignInDialog
from tests.support.program import Clock

ADMIN, ADMIN_PASSWORD = "it.admin", "copper lantern hums at midnight"
OWN_PASSWORD = "quiet harbor lamps number {n} glow"


def lead_admin(*args: str, stdin: str = "", home: Path | None = None) -> str:
    """`lead-admin` as IT runs it: a separate process on the same data folder (or, with
    `home`, on IT's own workstation: its own settings and credential store there)."""
    env = None
    if home is not None:
        from tests.conftest import isolated_env

        env = {**os.environ, **isolated_env(home)}
    done = subprocess.run([sys.executable, "-m", "lead_desktop.cli.main", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def lead_admin_here(*args: str, stdin: str = "") -> str:
    """A `lead-admin` command of this workstation, run in the test's own process (the same
    code as the command line: starting a process costs seconds on a loaded machine)."""
    import contextlib

    from lead_desktop.cli.main import main

    said, complaints = io.StringIO(), io.StringIO()
    typed, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(said), contextlib.redirect_stderr(complaints):
            code = main(list(args))
    finally:
        sys.stdin = typed
    assert code == 0, complaints.getvalue()
    return said.getvalue()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def while_open(qtbot, kind: type, work, trigger) -> None:
    """Run `trigger` (which opens a modal `kind`), do `work(window)` inside its event loop,
    then close it; `work`'s own assertions fail the test."""
    seen, tries = [], [250]   # about five seconds for the window to open

    def act() -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, act)
            return
        seen.append(window)
        try:  # a window that reads off the UI thread (the person window) is used once loaded
            qtbot.waitUntil(lambda: getattr(window, "loaded", True), timeout=10000)
            work(window)
        finally:
            if window.isVisible():  # work that accepted the window has closed it already
                window.done(0)

    QTimer.singleShot(0, act)
    trigger()
    assert seen, f"no {kind.__name__} opened"


class App:
    """One program's installation: the database IT made, and the app's clock. With `server`
    (tests/support/department_server.py) the database is on PostgreSQL, made as a department
    makes it; else an encrypted file."""

    def __init__(self, qtbot, folder: Path, profile_key: str, program_name: str,
                 server=None) -> None:  # noqa: ANN001
        self.qtbot, self.folder = qtbot, folder
        if server is not None:
            self.database = self._made_on_server(server, profile_key, program_name)
        else:
            self.path = folder / "data" / "lead.db"
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lead_admin("init", "--db", str(self.path), "--admin", ADMIN, "--name",
                       program_name, "--profile", profile_key, "--password-stdin",
                       stdin=ADMIN_PASSWORD + "\n")
            self.database = open_database(self.path, KeyringKeyStore())
        self.clock = Clock(datetime.now(timezone.utc).replace(microsecond=0))
        self.accounts = AccountService(self.database, now=self.clock)
        self.passwords = {ADMIN: ADMIN_PASSWORD}
        self.printed: list[bytes] = []

    def _made_on_server(self, server, profile_key: str, program_name: str):  # noqa: ANN001, ANN202
        """The DBA's empty database; IT's `lead-admin init --url` as the owner role, from IT's
        own workstation; then this workstation's password for the application role
        (`lead-admin server-password`) and the app opening what its settings name."""
        from lead_desktop.app import _open, build_parser
        from tests.support.department_server import APP_ROLE, OWNER

        name = f"story_{uuid.uuid4().hex[:10]}"
        server.new_database(name)
        lead_admin("init", "--url", server.url(name, OWNER), "--app-role", APP_ROLE,
                   "--admin", ADMIN, "--name", program_name, "--profile", profile_key,
                   "--password-stdin", "--server-password-stdin", "--allow-loopback-without-tls",
                   stdin=f"{ADMIN_PASSWORD}\n{server.owner_password}\n",
                   home=self.folder / "it-desk")
        self.path = server.url(name, APP_ROLE)
        lead_admin_here("server-password", "--url", self.path, "--password-stdin",
                        "--allow-loopback-without-tls", stdin=server.app_password + "\n")
        database = _open(build_parser().parse_args([]))
        assert database.backend == "postgresql"
        return database

    def lead_admin_as_it(self, *args: str) -> str:
        """A `lead-admin` command IT runs on this database as its administrator."""
        return lead_admin(*args, "--db", str(self.path), "--as", ADMIN, "--password-stdin",
                          stdin=ADMIN_PASSWORD + "\n")

    def close(self) -> None:
        QThreadPool.globalInstance().waitForDone(10000)
        QApplication.processEvents()
        self.database.close()

    # --- signing in, as app.main does ---

    def sign_in(self, username: str) -> MainWindow:
        dialog = SignInDialog(self.accounts.sign_in, database_label=self.database.info().name)
        self.qtbot.addWidget(dialog)
        dialog.acknowledge.setChecked(True)
        self.qtbot.keyClicks(dialog.username, username)
        self.qtbot.keyClicks(dialog.password, self.passwords[username])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.signed_in is not None, dialog.message.text()
        signed_in = dialog.signed_in
        if signed_in.user.must_change_password:
            change = ChangePasswordDialog(self.accounts, signed_in.actor,
                                          current=dialog.last_password,
                                          reason="Your password is temporary: choose your own.")
            self.qtbot.addWidget(change)
            own = OWN_PASSWORD.format(n=len(self.passwords))
            self.qtbot.keyClicks(change.new, own)
            self.qtbot.keyClicks(change.repeat, own)
            change.save()
            assert change.result() == change.DialogCode.Accepted, change.message.text()
            self.passwords[username] = own
        window = open_main_window(self.database, signed_in, self.accounts, now=self.clock,
                                  print_pdf=self._printer)
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        # the timers run by themselves when the app starts: wait for that first run
        status = window.findChild(QLabel, "timerStatus")
        self.qtbot.waitUntil(lambda: status.text().startswith("Timers"), timeout=10000)
        return window

    def sign_out(self, window: MainWindow, discard: bool = False) -> None:
        """Close the window as the user does (answering "discard" when the app asks about
        input not saved); first let its background reads finish, as the app does before it
        exits (no late answer reaches a closed page)."""
        QThreadPool.globalInstance().waitForDone(10000)
        QApplication.processEvents()
        if discard:
            while_open(self.qtbot, QMessageBox, lambda box: box.button(
                QMessageBox.StandardButton.Yes).click(), window.close)
        else:
            window.close()
        assert not window.isVisible(), "the window asks before closing"

    def _printer(self, pdf: bytes, title: str) -> bool:
        """The clerk's printer: the PDF that went to it is kept to be read back."""
        self.printed.append(pdf)
        return True

    def add_accounts(self, accounts: list[tuple[str, str, object]],
                     courts: tuple[dict, ...] = ()) -> None:
        """The administrator adds the staff on the Administration page, and the program's
        courts on the Courts and agencies page."""
        window = self.sign_in(ADMIN)
        page = section(window, "Administration")
        for username, name, role in accounts:
            temporary = page.add(username, name, role)
            assert temporary, page.status.text()
            self.passwords[username] = temporary
        if courts:
            directory = section(window, "Courts and agencies")
            for court in courts:
                for key, text in court.items():
                    field = getattr(directory, f"court_{key}")
                    (field.setPlainText if hasattr(field, "setPlainText") else field.setText)(text)
                directory.court_active.setChecked(True)
                assert directory.save_court(), court
        self.sign_out(window)


# --- reading and working the main window ---

def section(window: MainWindow, title: str):
    """Go to a section by its navigation title; returns its page."""
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert title in titles, f"{title!r} not in {titles}"
    window.nav.setCurrentRow(titles.index(title))
    return window.pages.currentWidget()


def queue_rows(qtbot, window: MainWindow):
    page = section(window, "Work queue")
    page.refresh()
    qtbot.waitUntil(lambda: page.status.text() not in ("", "Loading…"), timeout=10000)
    return page, [page.model.row(i) for i in range(page.model.rowCount())]


def open_queue_item(qtbot, window: MainWindow, kind: type, work, match) -> None:
    """Open the first work-queue row `match` accepts (Enter on the row) and work the
    window it opens."""
    page, rows = queue_rows(qtbot, window)
    index = next((i for i, row in enumerate(rows) if match(row)), None)
    assert index is not None, [str(r.message) for r in rows]
    page.table.setCurrentIndex(page.model.index(index, 0))

    def press_enter() -> None:
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Return)

    while_open(qtbot, kind, work, press_enter)


def find_person(qtbot, window: MainWindow, query: str, kind: type, work) -> None:
    """People: search by name, open the first hit, work its window."""
    page = section(window, "People")
    type_into(qtbot, page.query, query)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and query.casefold() in
                    page.model.row(0).last_name.casefold(), timeout=10000)  # not the last search
    page.results.setCurrentIndex(page.model.index(0, 0))

    def press_enter() -> None:
        page.results.setFocus()
        qtbot.keyClick(page.results, Qt.Key.Key_Return)

    while_open(qtbot, kind, work, press_enter)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def tab(window, title: str):
    """A tab of a window with tabs (the person window), by its title."""
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert title in titles, f"{title!r} not in {titles}"
    window.tabs.setCurrentIndex(titles.index(title))
    return window.tabs.currentWidget()


def type_into(qtbot, field, text: str) -> None:
    """Type as a user does; letters QTest cannot send as key presses (ñ, á) are entered as
    an input method would, into the same field."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def choose_text(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def enter_birth(form, born) -> None:
    """The date of birth as the officer knows it: a QDate, a year (estimated) or None."""
    if born is None:
        choose(form.dob.kind, "unknown")
    elif isinstance(born, int):
        choose(form.dob.kind, "estimated")
        form.dob.year.setValue(born)
    else:
        form.dob.setDate(born)


def form_says(form) -> str:
    """The form's message with every field's own error, for a failed check to show."""
    marked = {key: label.text() for key, label in form.errors._labels.items() if label.text()}
    return f"{form.message.text()} {marked or ''}".strip()
