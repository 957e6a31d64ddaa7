"""The workflow timers, run by the app itself: at start, then every few minutes, off the
UI thread (workers.Channel). The lease in the database (services/cases/timer_lease.py)
lets only one workstation apply them at a time; the others' runs come back `ran=False`."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from lead_desktop.services.cases.timers import TimerRun
from lead_desktop.ui.workers import Channel

log = logging.getLogger(__name__)
EVERY_MINUTES = 5


class TimerRunner(QObject):
    """`ran` carries each TimerRun (the moves made, or who holds the lease)."""

    ran = Signal(object)
    failed = Signal(object)

    def __init__(self, run: Callable[[], TimerRun], *, every_ms: int = EVERY_MINUTES * 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run, self._busy = run, False
        self._channel = Channel(self._done, self._error, self)
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run_now)  # at start, once the window is up

    def run_now(self) -> None:
        if self._busy:  # a slow run is still going: never two from one desk
            return
        self._busy = True
        self._channel.submit(self._run)

    def _done(self, run: TimerRun) -> None:
        self._busy = False
        self.ran.emit(run)

    def _error(self, error: Exception) -> None:
        self._busy = False
        log.error("the timers could not run: %s", error)  # the next run tries again
        self.failed.emit(error)
