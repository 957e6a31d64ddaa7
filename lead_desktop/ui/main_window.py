"""The main window: a thin shell. Navigation on the left, one page at a time, and a status
bar with the user, role, database and lock countdown. Locking hides every page; "Lock now"
(Ctrl+L) locks at once, "Sign out" (Ctrl+Shift+L) returns to sign-in without quitting, and a
session ended by a change to the account (disabled, reset, role changed) returns there too."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lead_desktop import APP_NAME, __version__
from lead_desktop.security.accounts import SignedIn
from lead_desktop.ui.go_menu import add_go_menu
from lead_desktop.ui.idle_lock import IdleWatcher, LockScreen
from lead_desktop.ui.language_menu import add_language_menu
from lead_desktop.ui.nav_icons import fit_nav_width, set_nav_icons
from lead_desktop.ui.role_names import role_name
from lead_desktop.ui.wait_notice import WaitNotice


@dataclass
class Page:
    title: str
    widget: QWidget


class MainWindow(QMainWindow):
    #: The session is over (signed out, or ended by a change to the account); the text says
    #: why when it was not the user's choice. The app shows sign-in again.
    signed_out = Signal(str)
    #: The user closed the window: the app quits.
    closed = Signal()
    #: From any thread: the services refused this session (security/session_check.py).
    session_ended = Signal(str)

    def __init__(self, signed_in: SignedIn, pages: list[Page], *, database_label: str,
                 demo: bool, unlock, on_lock=None, idle_minutes: float = 15,
                 geometry: str | None = None, on_close=None, on_sign_out=None) -> None:
        super().__init__()
        self._on_close = on_close
        self._on_sign_out = on_sign_out
        self._over = False  # signed out or ended: no second farewell
        self.setObjectName("mainWindow")
        self._title = APP_NAME + (self.tr(" — DEMO (synthetic data)") if demo else "")
        self.setWindowTitle(self._title)
        self._on_lock = on_lock

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(180)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in pages:
            self.nav.addItem(page.title)
            self.pages.addWidget(page.widget)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(signed_in.user.username, unlock)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_button.clicked.connect(lambda: self.sign_out())
        self.root = QStackedWidget()
        self.root.addWidget(self.workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        user = signed_in.user
        status = f"{user.username} · {role_name(user.role)} · {database_label}"
        self.status_label = QLabel(status + (" · " + self.tr("DEMO") if demo else ""))
        self.status_label.setObjectName("statusUser")
        self.countdown = QLabel()
        self.countdown.setObjectName("lockCountdown")
        self.statusBar().addWidget(self.status_label, 1)
        self.wait_notice = WaitNotice()
        self.statusBar().addPermanentWidget(self.wait_notice)
        self.statusBar().addPermanentWidget(self.countdown)

        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setObjectName("lockNow")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("signOut")
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out)
        for action in (self.lock_action, self.sign_out_action):
            session_menu.addAction(action)
            self.addAction(action)  # the shortcut works wherever the focus is in the window
        self.session_ended.connect(self.end_session)

        self.go_actions = add_go_menu(self)  # Ctrl+F, Ctrl+N, Alt+Home (ui/go_menu.py)
        set_nav_icons(self)
        fit_nav_width(self.nav)
        self.language_actions = add_language_menu(self)  # View → Language (next start)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About LEAD Desktop"), self.show_about)

        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_countdown)
        self._tick.start()
        self.nav.setCurrentRow(0)
        self.resize(1100, 700)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))

    def show_page(self, widget) -> None:
        """Select the section that shows this page (a page linking to another)."""
        index = self.pages.indexOf(widget)
        if index >= 0:
            self.nav.setCurrentRow(index)

    def closeEvent(self, event) -> None:  # noqa: N802
        """Ask before closing over input not yet saved (a half-typed referral); remember
        where the window was, for next time."""
        for index in range(self.pages.count()):
            unsaved = getattr(self.pages.widget(index), "unsaved", None)
            if not self._over and unsaved is not None and not unsaved.allows_leaving():
                self.nav.setCurrentRow(index)  # show what would be lost
                event.ignore()
                return
        if self._on_close:
            self._on_close(bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self.wait_notice.detach()
        self.idle.stop()  # no application-wide input filter outlives the window
        super().closeEvent(event)
        if not self._over:  # the user quit: that is a sign-out too
            self._over = True
            self._farewell()
            self.closed.emit()

    # --- the end of a session ---

    def sign_out(self) -> None:
        """Back to sign-in, without quitting (also from the lock screen: another person
        may use this workstation). Asks first over input not yet saved."""
        if self._over:
            return
        for index in range(self.pages.count()):
            unsaved = getattr(self.pages.widget(index), "unsaved", None)
            if unsaved is not None and not unsaved.allows_leaving():
                self.nav.setCurrentRow(index)
                return
        self._leave("")

    def end_session(self, message: str) -> None:
        """The account changed (disabled, reset, role): nothing more is done in its name."""
        if not self._over:
            self._leave(message)

    def _leave(self, message: str) -> None:
        self._over = True
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():  # a person's window, a form
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._farewell()
        self.signed_out.emit(message)
        self.close()

    def _farewell(self) -> None:
        # A page's background read may still be running; it is audited in this user's
        # name, so it ends before the sign-out is recorded, never after it.
        QThreadPool.globalInstance().waitForDone(15000)
        if self._on_sign_out is None:
            return
        try:
            self._on_sign_out()
        except Exception:  # noqa: BLE001 - leaving must never fail; the audit is best effort
            pass

    def about_text(self) -> str:
        from PySide6.QtCore import qVersion

        from lead_desktop import error_log

        try:
            log = str(error_log.log_path())
        except OSError:
            log = "-"
        return self.tr("%1 version %2\n\nCase management for pre-booking diversion programs.\n"
                       "Qt %3. Fonts: DejaVu Sans (free license, bundled).\n"
                       "Apache License 2.0.\n\nLog file for IT (no participant data):\n%4") \
            .replace("%1", APP_NAME).replace("%2", __version__).replace("%3", qVersion()) \
            .replace("%4", log)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME), self.about_text())

    @property
    def locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.locked or self._over:
            return
        self.root.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(APP_NAME)  # no names, no case numbers in the title while locked
        self.statusBar().hide()
        self._desk_reachable(False)
        self.lock_screen.password.setFocus()
        if self._on_lock:
            from lead_desktop.errors import LeadError

            try:
                self._on_lock()
            except LeadError:  # an ended session is handled by end_session; stay locked
                pass

    def _desk_reachable(self, reachable: bool) -> None:
        """While locked, only the password and sign-out work: a shortcut (Ctrl+F) would
        otherwise move the focus to the hidden desk and search as the user types."""
        self.workspace.setEnabled(reachable)
        self.menuBar().setEnabled(reachable)
        for action in self.actions():
            if action is not self.sign_out_action:
                action.setEnabled(reachable)

    def unlock(self) -> None:
        self._desk_reachable(True)
        self.root.setCurrentWidget(self.workspace)
        self.setWindowTitle(self._title)
        self.statusBar().show()
        self.idle.reset()

    def _show_countdown(self) -> None:
        left = self.idle.seconds_left()
        self.countdown.setText(self.tr("Locks in %1:%2").replace("%1", str(left // 60))
                               .replace("%2", f"{left % 60:02d}"))
