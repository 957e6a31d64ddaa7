"""A modal window nobody answers would stop the whole test run (its event loop waits for a
user). The watchdog turns that hang into a clear failure: a modal left open longer than
its patience during a test is closed and the test fails naming it; a modal that appears
while pytest-qt closes a test's windows (for example "Discard your changes?" after a test
failed with a form half-filled) is dismissed at once, since no user is left to answer it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

CALL_PATIENCE_S = 60.0


class ModalWatchdog:
    def __init__(self) -> None:
        self.in_teardown = False
        self.left_open: list[str] = []
        self._seen: QWidget | None = None
        self._since = 0.0
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def start_test(self) -> None:
        self.in_teardown = False
        self.left_open.clear()

    def _check(self) -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            self._seen = None
            return
        if window is not self._seen:
            self._seen, self._since = window, time.monotonic()
        if self.in_teardown:
            self._dismiss(window)
        elif time.monotonic() - self._since >= CALL_PATIENCE_S:
            self.left_open.append(f"{type(window).__name__} {window.windowTitle()!r}")
            self._dismiss(window)

    def _dismiss(self, window: QWidget) -> None:
        self._seen = None
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()


_watchdog: ModalWatchdog | None = None


def watchdog() -> ModalWatchdog | None:
    """The run's watchdog, made once a QApplication exists (None before)."""
    global _watchdog
    if _watchdog is None and QApplication.instance() is not None:
        _watchdog = ModalWatchdog()
    return _watchdog
