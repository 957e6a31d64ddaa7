"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up. On
one of the pool's threads (a search, a person window loading) it may free a cycle that
holds a Qt widget, and Qt then deletes that widget off the UI thread: the process dies
with a segmentation fault "Garbage-collecting" (seen in the test suite). So the automatic
collector is turned off, and the same thresholds are checked from a timer on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


def collect_if_due() -> None:
    """What the automatic collector would have done by now: the youngest generation when
    it is over its threshold, an older one when that one is too."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if counts[0] <= thresholds[0]:
        return
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] else 1
    gc.collect(generation)


class UiThreadCollector(QObject):
    """Turns the automatic collector off while it lives, and collects on its timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start(CHECK_EVERY_MS)
        self.destroyed.connect(lambda *_: gc.enable())


_installed: list[UiThreadCollector] = []


def install(app: QObject) -> None:
    """Once per application (the app at start, the tests when one first makes it)."""
    if not _installed:
        _installed.append(UiThreadCollector(app))
