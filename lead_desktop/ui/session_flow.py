"""Sign-in, the main window, and back: the life of the app between start and quit.

Signing out, or a session ended by a change to the account (security/session_check.py),
closes the window and shows sign-in again; the app quits only when the user closes the main
window or cancels sign-in. Nothing here blocks: the sign-in dialog is opened, not exec'd.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from lead_desktop.security.accounts import AccountService, SignedIn
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.sign_in_dialog import SignInDialog


class SessionFlow(QObject):
    #: The user is done: the main window was closed or sign-in was cancelled.
    finished = Signal()

    def __init__(self, database, accounts: AccountService, *, database_label: str,
                 build_window: Callable[[SignedIn], MainWindow],
                 choose_password: Callable[[SignInDialog], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database, self._accounts = database, accounts
        self._label, self._build = database_label, build_window
        self._choose_password = choose_password
        self.dialog: SignInDialog | None = None
        self.window: MainWindow | None = None
        self._listener = None
        #: Windows of ended sessions, deleted only once the next sign-in is answered: the
        #: session may end inside one of their slots (a person's window open), whose stack
        #: must unwind before the window goes.
        self._retired: list[MainWindow] = []

    def start(self, message: str = "", shown: SignInDialog | None = None) -> None:
        """Show sign-in (with why the last session ended, if it was not the user's choice).
        `shown`: the dialog app.py showed while the database was being opened."""
        if shown is not None:
            shown.ready(self._accounts.sign_in, self._label)
            shown.finished.connect(lambda result: self._after_sign_in(shown, result))
            self.dialog = shown
            return
        dialog = SignInDialog(self._accounts.sign_in, database_label=self._label)
        if message:
            dialog.message.setText(message)
            dialog.fit_height()  # room for the reason
        dialog.finished.connect(lambda result: self._after_sign_in(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _after_sign_in(self, dialog: SignInDialog, result: int) -> None:
        self.dialog = None
        for window in self._retired:
            window.deleteLater()
        self._retired.clear()
        signed_in = dialog.signed_in
        chosen = signed_in is not None and (not signed_in.user.must_change_password or bool(
            self._choose_password and self._choose_password(dialog)))
        dialog.last_password = ""
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or signed_in is None:
            self.finished.emit()
            return
        if not chosen:
            self._accounts.sign_out(signed_in.actor)
            self.finished.emit()  # no work with a temporary password
            return
        window = self._build(signed_in)
        window.signed_out.connect(self._after_sign_out)
        window.closed.connect(self.finished)

        def listener(error: Exception, window=window) -> None:  # from any thread
            try:
                window.session_ended.emit(error_words(error))
            except RuntimeError:  # the window is already gone
                pass

        self._listener = listener
        self._database.session_listeners.append(listener)
        self.window = window
        window.show()

    def _after_sign_out(self, message: str) -> None:
        if self._listener in self._database.session_listeners:
            self._database.session_listeners.remove(self._listener)
        self._listener = None
        if self.window is not None:
            upkeep = getattr(self.window, "upkeep", None)  # the app's heartbeat timer
            if upkeep is not None:
                upkeep.stop()
            self._retired.append(self.window)
            self.window = None
        self.start(message)
