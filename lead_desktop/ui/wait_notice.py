"""The status bar's "waiting for another workstation…" while a save waits its turn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from lead_desktop.db import waiting


class WaitNotice(QLabel):
    """Shown while any save of this process waits for the file (db/waiting.py tells us)."""

    _changed = Signal(bool)  # queued across threads: a save may wait on a pool thread

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("waitNotice")
        self.setText(self.tr("Waiting for another workstation…"))
        self.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.hide()
        self._changed.connect(self.setVisible)
        waiting.add_listener(self._hear)
        self.destroyed.connect(lambda *_: waiting.remove_listener(self._hear))

    def _hear(self, is_waiting: bool) -> None:
        if not isValid(self):  # the window went without closing (its parent deleted it)
            waiting.remove_listener(self._hear)
            return
        self._changed.emit(is_waiting)
        if QThread.currentThread() is QCoreApplication.instance().thread():
            # The save waits on the UI thread: paint the notice now, take no input meanwhile.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def detach(self) -> None:
        waiting.remove_listener(self._hear)
