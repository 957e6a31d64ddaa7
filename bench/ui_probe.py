"""The longest stall of the UI thread while something happens: a 5 ms timer records the
gaps between its ticks; a gap much longer than 5 ms is time a user could not type or click."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

TICK_MS = 5


class StallProbe:
    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def run(self, start: Callable[[], object], done: Callable[[], bool],
            timeout_s: float = 120.0) -> float:
        """Start the action on the UI thread, keep the event loop turning until `done()`,
        and return the longest gap (ms), the start itself included."""
        self.longest_ms = 0.0
        self._clock.start()
        self._timer.start()
        start()
        self._tick()  # the start's own time on the UI thread counts
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the action did not finish")
            QCoreApplication.processEvents()
            time.sleep(0.0005)
        QCoreApplication.processEvents()
        self._timer.stop()
        return self.longest_ms
