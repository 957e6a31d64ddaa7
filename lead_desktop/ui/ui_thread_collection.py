"""Python's cycle collector runs only on the UI thread, from a timer.

Left automatic, the collector runs in whichever thread allocates when a generation fills:
a thread-pool job (ui/workers.py) or the audit chain check (security/audit_watch.py). There
it may free a cycle holding a window, and Qt then deletes the window off the UI thread: the
process dies (seen in the test suite, "Garbage-collecting", and as a bare signal 11 on CI).
So once a QApplication runs, automatic collection is off, and a timer on the UI thread
collects the generations that are due, by the thresholds Python itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: How often the UI thread looks at the collector's counts. Between two looks a busy
#: worker may allocate past the threshold; its garbage simply waits for the next look.
INTERVAL_MS = 500

_collector: list["_Collector"] = []


class _Collector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (each older
        generation counts the collections of the one below). Returns what was freed."""
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds)):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        return gc.collect(due) if due >= 0 else 0


def install() -> bool:
    """Move collection to the UI thread of the running QApplication (once; later calls do
    nothing). Call it on the UI thread. False when there is no application yet."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    if not _collector:
        if QThread.currentThread() is not app.thread():
            raise RuntimeError("collection moves to the UI thread from the UI thread only")
        _collector.append(_Collector(app))
    return True


def collect_due() -> int:
    """What the timer does, for a caller that knows it is a good moment (between tests)."""
    return _collector[0].collect_due() if _collector else 0
