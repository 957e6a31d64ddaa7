"""Sign-in: the logon banner (acknowledged before every sign-in), user name and password.

At start the dialog is shown before the database is open (app.py opens it meanwhile, off the
UI thread): the user reads the banner and types while the file is checked; "Sign in" is
enabled once `ready()` hands over the database's sign-in.

The window is built from few widget classes and touches none of Qt's namespace enums
before it is painted: PySide6 creates every enum of the `Qt` namespace (94 of them) on its
first use, which is paid after the window is up (`first_painted`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.errors import AuthenticationFailed

if TYPE_CHECKING:  # the accounts module brings the ORM: not needed to show the window
    from lead_desktop.security.accounts import SignedIn

# marked so lupdate finds it: `self.tr(BANNER)` alone is invisible to it (the banner
# stayed English on the Spanish sign-in window)
BANNER = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "This system holds criminal-justice information and confidential substance-use "
    "treatment records (42 CFR Part 2). Use is monitored and recorded. Unauthorized use "
    "or disclosure is prohibited and may be punished under state and federal law.")


class SignInDialog(QDialog):
    #: Once, when the window has been painted for the first time: the start opens the
    #: database after it (ui/early_sign_in.py), so that work never delays the first paint.
    first_painted = Signal()

    def __init__(self, authenticate: Callable[[str, str], SignedIn] | None, *,
                 database_label: str, parent=None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.signed_in: SignedIn | None = None
        #: Kept only until a temporary password has been replaced, then cleared.
        self.last_password = ""
        self.setWindowTitle(self.tr("Sign in to LEAD Desktop"))
        self.setObjectName("signInDialog")

        banner = QLabel(self.tr(BANNER))
        banner.setWordWrap(True)
        banner.setObjectName("logonBanner")
        self.acknowledge = QCheckBox(self.tr("I understand and agree"))
        self.acknowledge.setObjectName("acknowledgeBanner")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons = QDialogButtonBox()  # the constructor with buttons reads Qt.Orientation
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.acknowledge.toggled.connect(self._update_enabled)

        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.acknowledge)
        database = QLabel(database_label)
        database.setObjectName("databaseLabel")
        self.database_label = database
        layout.addWidget(database)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_enabled()
        self.resize(480, 0)
        self.fit_height()
        self._painted = False
        self.first_painted.connect(self._after_first_paint)

    def fit_height(self) -> None:
        """As tall as the wrapped texts need at the window's width: the size hint is for
        unwrapped lines, and the Spanish banner was cut at 480 pixels."""
        needed = self.layout().totalHeightForWidth(self.width())
        self.resize(self.width(), max(needed, self.sizeHint().height()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:  # told after this paint has reached the screen
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def _after_first_paint(self) -> None:
        from PySide6.QtCore import Qt  # creates the Qt namespace's enums: after the paint

        self.database_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

    def ready(self, authenticate: Callable[[str, str], SignedIn], database_label: str) -> None:
        """The database is open: signing in is possible now."""
        self._authenticate = authenticate
        self.database_label.setText(database_label)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.acknowledge.isChecked() and self._authenticate is not None)

    def _try_sign_in(self) -> None:
        if self._authenticate is None:  # the database is still being opened
            return
        try:
            self.signed_in = self._authenticate(self.username.text(), self.password.text())
        except AuthenticationFailed as exc:
            # ui.messages reads the services' words (and with them SQLAlchemy): imported
            # here, not before the window (tests/ui/test_start_up_order.py)
            from lead_desktop.ui.messages import error_words

            self.message.setText(error_words(exc))
            self.password.clear()
            self.password.setFocus()
            return
        if self.signed_in.user.must_change_password:
            self.last_password = self.password.text()
        self.password.clear()
        self.accept()
