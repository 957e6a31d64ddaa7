"""Composition root of the desktop app: arguments, QApplication, database, first window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lead_desktop import APP_NAME, __version__
from lead_desktop.errors import LeadError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lead-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created with demo accounts on first use)")
    parser.add_argument("--db", type=_database_argument,
                        help="open this database file, or a server database "
                             "(postgresql://role@host:port/database)")
    parser.add_argument("--language", choices=["en", "es"],
                        help="the language of the program's own words (default: as set, "
                             "else as Windows)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works, print one line per check")
    parser.add_argument("--version", action="version", version=f"lead-desktop {__version__}")
    return parser


def _database_argument(text: str) -> Path | str:
    """A file path, or a server URL kept as typed (a Path would fold its "//" into "/").
    No import of lead_desktop.db here: the start shows its window before SQLAlchemy loads."""
    return text if "://" in text else Path(text)


def _open(args: argparse.Namespace):
    """The database to use: the demo, the one named, the one this workstation was set up
    with, or (first run only) whatever the setup wizard creates or opens. A configured
    database that is missing is an error, never a reason to make a new one."""
    from lead_desktop.db.server_address import is_server_url
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services.demo import open_demo
    from lead_desktop.settings import Settings
    from lead_desktop.ui.recovery_key_dialog import open_or_recover

    if args.demo:
        return open_demo().database
    settings = Settings.load()
    if is_server_url(args.db or settings.database_path):  # PostgreSQL mode: no key, no file
        from lead_desktop.db.server import Transport, open_server_database

        return open_server_database(args.db or settings.database_path, KeyringKeyStore(),
                                    transport=Transport(settings.server_plaintext_loopback,
                                                        settings.server_ca_file))
    if args.db:  # a missing or stale key here is offered the recovery-key dialog
        return open_or_recover(args.db, KeyringKeyStore())
    if settings.database_path:
        return open_or_recover(Path(settings.database_path), KeyringKeyStore())
    from lead_desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(KeyringKeyStore())
    if not wizard.exec() or wizard.database is None:
        return None
    settings.database_path = str(wizard.database.path)
    if wizard.server_transport is not None:  # never a password: that is in the credential store
        settings.server_plaintext_loopback = wizard.server_transport.plaintext_loopback
        settings.server_ca_file = wizard.server_transport.ca_file
    settings.save()
    return wizard.database


def _refusal_text(exc: LeadError, args: argparse.Namespace) -> str:
    """Why the database was not opened and what to do; for a damaged file (never opened,
    never written), also which backup to restore."""
    from PySide6.QtCore import QCoreApplication

    from lead_desktop.errors import CorruptDatabase, TruncatedDatabase
    from lead_desktop.services.maintenance import newest_backup_of
    from lead_desktop.settings import Settings

    from lead_desktop.ui.messages import error_words, next_step_words

    text = f"{error_words(exc)}\n\n{next_step_words(exc)}".strip()
    path = args.db or Settings.load().database_path
    if isinstance(exc, (CorruptDatabase, TruncatedDatabase)) and path and not args.demo:
        newest = newest_backup_of(Path(path))
        if newest is not None:
            text += "\n\n" + QCoreApplication.translate(
                "App", "The newest verified backup of this database is %1, made %2.") \
                .replace("%1", str(newest.path)).replace("%2", f"{newest.made_at:%Y-%m-%d %H:%M}")
    return text


def _show_unexpected_error(kind, error, trace) -> None:
    """A bug must not pass silently inside a Qt slot: tell the user where the details are;
    the details go to the rotating log in the data folder, never with record content (no
    message, no values), and nothing is printed."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from lead_desktop import error_log
    from lead_desktop.errors import SessionEnded

    if isinstance(error, SessionEnded):  # not a bug: the app is back at sign-in, saying why
        return
    try:
        where = str(error_log.record(kind, error, trace))
    except OSError:
        where = QCoreApplication.translate("App", "(the log could not be written)")
    text = QCoreApplication.translate(
        "App", "Something went wrong and the last action may not have been saved. "
        "Please check, and tell your administrator (%1). The details are in %2.")
    QMessageBox.critical(None, APP_NAME, text.replace("%1", kind.__name__).replace("%2", where))


def freeze_start_up_objects() -> None:
    """After sign-in, the modules, models and windows built so far live as long as the app:
    moved out of the garbage collector's reach, a full collection (triggered on a background
    thread by a county-sized work queue, and stalling the UI thread meanwhile) no longer
    walks them every time."""
    import gc

    gc.collect()
    gc.freeze()


def _note_start() -> None:
    """The start's line in the error log. An error before it is still logged: the
    excepthook (set before any window) writes through error_log.record."""
    from lead_desktop import error_log

    try:
        error_log.note_start("lead-desktop")
    except OSError:  # a full or read-only data folder must not stop the app
        pass


def _start_application(language: str | None):
    """The QApplication with our name, icon and translations."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from lead_desktop.paths import resource_path
    from lead_desktop.settings import Settings
    from lead_desktop.ui import translations
    from lead_desktop.ui.theme import FUSION

    if sys.platform == "win32":  # taskbar shows our icon, not pythonw's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("LEADDesktop.App")
    app = QApplication.instance()
    styled = app is None  # made here with the Fusion style from the start (theme.py)
    if styled:
        app = QApplication(sys.argv[:1] + ["-style", FUSION])
    sys.excepthook = _show_unexpected_error
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "lead-desktop.png"))))
    from lead_desktop.ui.theme import apply_theme

    apply_theme(app, style_set=styled)  # resources/theme/lead.qss
    chosen = translations.language_for(language or Settings.load().ui_language)
    translations.install(app, chosen)
    translations.use_number_locale(chosen)  # 1,4 g and 20.000 where Spanish writes them so
    return app


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from lead_desktop import self_test

        return self_test.main()
    from PySide6.QtCore import QThreadPool

    from lead_desktop.ui.pyside_imports import stop_source_caching

    stop_source_caching()  # before the app's own imports: 32 MB of source lines otherwise
    from lead_desktop import error_log, running
    from lead_desktop.ui import early_sign_in

    running.hold()  # the installer waits for this app to close (installer/lead-desktop.nsi)
    try:
        error_log.trace_crashes()
    except OSError:  # a full or read-only data folder must not stop the app
        pass
    app = _start_application(args.language)
    path = early_sign_in.known_path(args.db, args.demo)
    shown = early_sign_in.show(path) if path is not None else None
    if shown is not None:  # the start's log line waits for the window (logging's imports)
        early_sign_in.after_first_paint(shown, _note_start)
    else:
        _note_start()
    try:
        database = early_sign_in.open_behind(path, shown) if shown is not None else _open(args)
    except LeadError as exc:
        from PySide6.QtWidgets import QMessageBox

        if shown is not None:
            shown.close()
        QMessageBox.critical(None, APP_NAME, _refusal_text(exc, args))
        print(f"lead-desktop: {exc.message}", file=sys.stderr)
        return exc.exit_code
    if database is None:  # setup was cancelled; nothing was created
        return 0
    if shown is not None and not shown.isVisible():  # sign-in closed while opening
        database.close()
        return 0
    with database:
        from lead_desktop.services.maintenance import WorkstationPresence
        from lead_desktop.ui.chain_alert import watch_chain

        try:
            watch = watch_chain(database, args.demo, start=False)
        except LeadError as exc:
            from PySide6.QtWidgets import QMessageBox

            if shown is not None:
                shown.close()
            from lead_desktop.ui.messages import error_words, next_step_words

            QMessageBox.critical(None, APP_NAME,
                                 f"{error_words(exc)}\n\n{next_step_words(exc)}".strip())
            return exc.exit_code
        here = WorkstationPresence(database)  # in the presence list until we close
        try:
            return _run_signed_in(app, args, database, here, watch, shown)
        finally:
            QThreadPool.globalInstance().waitForDone()  # no job may outlive the database
            here.leave()
            watch.close()  # the chain check ends before the database closes


def _start_upkeep(database, signed_in, here, window):
    """Every minute a heartbeat in the presence list; now, the day's backup if none was made
    today (both off the UI thread). Returns the timer, kept alive by the window."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from lead_desktop.services.maintenance import MaintenanceService
    from lead_desktop.ui.workers import Channel

    username = signed_in.user.username
    beats = Channel(lambda _: None, lambda _error: None, window)  # a missed beat is harmless
    here.beat(username)
    timer = QTimer(window, interval=60_000)
    timer.timeout.connect(lambda: beats.submit(lambda: here.beat(username)))
    timer.start()

    def told(path) -> None:
        if path is not None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "App", "Today's backup is made and verified."), 10_000)

    def failed(error) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Today's automatic backup failed: %1").replace(
                "%1", getattr(error, "message", type(error).__name__)))

    if getattr(database, "backend", "sqlite") != "sqlite":
        return timer  # PostgreSQL mode: backups are the DBA's (pg_dump), docs/SERVER.md
    daily = Channel(told, failed, window)
    service = MaintenanceService(database)
    daily.submit(lambda: service.daily_backup(signed_in.actor))
    return timer


def _run_signed_in(app, args, database, here, watch, shown=None) -> int:
    """Sign-in, the main window, and back to sign-in after signing out (ui/session_flow.py),
    until the user closes the window or cancels sign-in."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QDialog

    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.actor import Actor
    from lead_desktop.settings import Settings
    from lead_desktop.ui.chain_alert import alert_when_checked
    from lead_desktop.ui.desk_assembly import open_main_window
    from lead_desktop.ui.main_window import MainWindow
    from lead_desktop.ui.session_flow import SessionFlow

    accounts = AccountService(database)
    name = database.info().name
    label = f"{name} ({database.fingerprint})"
    if args.demo:
        from lead_desktop.services.demo import DEMO_PASSWORD
        label += "\n" + QCoreApplication.translate(
            "App", "DEMO: sign in as casey, sam, officer, clerk, admin ... with the "
            "password “%1”.").replace("%1", DEMO_PASSWORD)

    def remember(geometry: str) -> None:
        current = Settings.load()  # keep what changed meanwhile (the backup folder)
        current.window_geometry = geometry
        current.save()

    def choose_password(dialog) -> bool:
        from lead_desktop.ui.change_password_dialog import ChangePasswordDialog

        change = ChangePasswordDialog(accounts, dialog.signed_in.actor,
                                      current=dialog.last_password,
                                      temporary=True)
        return change.exec() == QDialog.DialogCode.Accepted

    signed: list[Actor] = []  # who is signed in, for the audit head written at quit

    def sign_out(actor: Actor) -> None:
        accounts.sign_out(actor)
        watch.signed_out(actor)
        if actor in signed:
            signed.remove(actor)

    def build_window(signed_in) -> MainWindow:
        actor = signed_in.actor
        watch.signed_in(actor)
        signed.append(actor)
        window = open_main_window(database, signed_in, accounts, demo=args.demo,
                                  on_close=remember, watch=watch,
                                  on_sign_out=lambda: sign_out(actor))
        window.upkeep = _start_upkeep(database, signed_in, here, window)
        freeze_start_up_objects()
        alert_when_checked(watch, signed_in.user.role, window)  # from ui/chain_alert.py
        return window

    app.setQuitOnLastWindowClosed(False)  # signing out closes the window, not the app
    flow = SessionFlow(database, accounts, database_label=label, build_window=build_window,
                       choose_password=choose_password)
    flow.finished.connect(app.quit)
    flow.start(shown=shown)
    # the chain check starts once the sign-in window is up, so it never delays it
    QTimer.singleShot(0, lambda: watch.start_check(Actor.system("lead-desktop")))
    code = app.exec()
    for actor in signed:  # the app ended without a sign-out (a session ended by an account change)
        watch.signed_out(actor)
    return code


if __name__ == "__main__":
    sys.exit(main())
