"""At start, the sign-in window first: a bare window process shows in a tenth of a second,
while opening the database (its checks, an upgrade when due, SQLAlchemy's models and their
first-query set-up) took half a second more. So when the database is known before any window
(named with --db, or this workstation's), sign-in is shown at once and the database is
opened off the UI thread while the user reads the banner and types; "Sign in" is enabled
when it is open. The demo and the first run's wizard open the usual way (app._open).

The opening starts once the window has been painted (`after_first_paint`): begun at once,
its imports (SQLAlchemy, the models) held Python's lock while the window waited for it to
paint itself, so the window appeared but stayed blank for most of a second.
"""

from __future__ import annotations

from pathlib import Path

from lead_desktop.errors import LeadError


def known_path(named: Path | str | None, demo: bool) -> Path | None:
    """The database file when it is known before any window: named, or this workstation's
    (the demo, the first run's wizard and a server database are opened the usual way:
    a server address is no file to open here)."""
    if demo:
        return None
    if not named:
        from lead_desktop.settings import Settings

        named = Settings.load().database_path
    if not named or "://" in str(named):  # a server's address (app._open opens it)
        return None
    return Path(named)


def show(path: Path):
    """The sign-in window, shown before the database is opened: the user reads the banner
    and types while the file is checked (its "Sign in" waits for the database)."""
    from PySide6.QtCore import QCoreApplication

    from lead_desktop.ui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(None, database_label=QCoreApplication.translate(
        "App", "Opening %1…").replace("%1", path.name))
    dialog.open()
    return dialog


#: If the window is never painted (minimized at start, no screen), the work starts anyway.
PAINT_WAIT_MS = 500


def after_first_paint(dialog, action) -> None:
    """Run `action` once, on the UI thread, after the sign-in window's first paint (or
    after PAINT_WAIT_MS if it is not painted by then)."""
    from PySide6.QtCore import QTimer

    pending = [action]

    def run_once() -> None:
        if pending:
            pending.pop()()

    dialog.first_painted.connect(run_once)
    QTimer.singleShot(PAINT_WAIT_MS, dialog, run_once)


def open_behind(path: Path, dialog):
    """Open the database (checks, upgrade when due, the ORM configured) off the UI thread
    while the sign-in window is up; a missing or stale key then offers the recovery-key
    dialog on the UI thread, as app._open does."""
    from PySide6.QtCore import QEventLoop

    def open_and_configure():  # its imports too run here, not before the window's paint
        from sqlalchemy.orm import configure_mappers

        from lead_desktop.db.database import open_database
        from lead_desktop.security.key_store import KeyringKeyStore

        database = open_database(path, KeyringKeyStore())
        configure_mappers()  # the first query's set-up, done while the user types
        return database

    loop, outcome = QEventLoop(), {}

    def start() -> None:
        from lead_desktop.ui.workers import Channel

        channel = Channel(lambda database: (outcome.update(database=database), loop.quit()),
                          lambda error: (outcome.update(error=error), loop.quit()), dialog)
        outcome["channel"] = channel  # kept alive until the answer comes
        channel.submit(open_and_configure)

    after_first_paint(dialog, start)
    loop.exec()
    error = outcome.get("error")
    if error is None:
        return outcome["database"]
    from lead_desktop.services import setup

    if isinstance(error, LeadError) and setup.needs_recovery_key(error):
        from lead_desktop.security.key_store import KeyringKeyStore
        from lead_desktop.ui.recovery_key_dialog import open_or_recover

        return open_or_recover(path, KeyringKeyStore())
    raise error
