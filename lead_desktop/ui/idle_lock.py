"""Session lock after idle time (security.md: 15 minutes by default, never more than 30).

`IdleWatcher` notices any keyboard or mouse input anywhere in the application and says
when the user has been idle too long. `LockScreen` is what the window shows then: no data,
only a password field.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lead_desktop.errors import AuthenticationFailed
from lead_desktop.ui.messages import error_words

DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 30
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if minutes > MAX_IDLE_MINUTES:
            raise ValueError(f"the idle lock cannot be set above {MAX_IDLE_MINUTES} minutes")
        self.seconds = minutes * 60
        self._last_input = time.monotonic()
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def seconds_left(self) -> int:
        return max(0, int(self.seconds - (time.monotonic() - self._last_input)))

    def stop(self) -> None:
        """The session is over: no more locking, no more watching input."""
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    def reset(self) -> None:
        self._last_input = time.monotonic()

    def _check(self) -> None:
        if self.seconds_left() == 0:
            self.idle.emit()


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, username: str, unlock: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._unlock = unlock
        title = QLabel(self.tr("LEAD Desktop is locked"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        who = QLabel(self.tr("Signed in as %s. Enter your password to continue.") % username)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet("color: #b00020;")
        button = QPushButton(self.tr("&Unlock"))
        button.setObjectName("unlockButton")
        button.clicked.connect(self._try)
        self.password.returnPressed.connect(self._try)
        #: Someone else needs this workstation: the main window signs out.
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setObjectName("lockSignOut")
        form = QWidget()
        form.setMaximumWidth(440)
        column = QVBoxLayout(form)
        for widget in (title, who, self.password, self.message, button, self.sign_out_button):
            column.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _try(self) -> None:
        try:
            self._unlock(self.password.text())
        except AuthenticationFailed as exc:
            self.message.setText(error_words(exc))
            self.password.clear()
            return
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
