"""At start, the sign-in window first: a bare window process shows in a tenth of a second,
while opening the database (its checks, an upgrade when due, SQLAlchemy's models and their
first-query set-up) took half a second more. So when the database is known before any window
(named with --db, or this workstation's), sign-in is shown at once and the database is
opened off the UI thread while the user reads the banner and types; "Sign in" is enabled
when it is open. The demo and the first run's wizard open the usual way (app._open).
"""

from __future__ import annotations

from pathlib import Path

from lead_desktop.db.server_address import is_server_url
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
    if not named or is_server_url(str(named)):
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


def open_behind(path: Path, dialog):
    """Open the database (checks, upgrade when due, the ORM configured) off the UI thread
    while the sign-in window is up; a missing or stale key then offers the recovery-key
    dialog on the UI thread, as app._open does."""
    from PySide6.QtCore import QEventLoop

    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services import setup
    from lead_desktop.ui.recovery_key_dialog import open_or_recover
    from lead_desktop.ui.workers import Channel

    def open_and_configure():
        from sqlalchemy.orm import configure_mappers

        from lead_desktop.db.database import open_database

        database = open_database(path, KeyringKeyStore())
        configure_mappers()  # the first query's set-up, done while the user types
        return database

    loop, outcome = QEventLoop(), {}
    channel = Channel(lambda database: (outcome.update(database=database), loop.quit()),
                      lambda error: (outcome.update(error=error), loop.quit()), dialog)
    channel.submit(open_and_configure)
    loop.exec()
    error = outcome.get("error")
    if error is None:
        return outcome["database"]
    if isinstance(error, LeadError) and setup.needs_recovery_key(error):
        return open_or_recover(path, KeyringKeyStore())
    raise error
