"""The one way the UI runs work off the UI thread.

`run_in_background(work, on_done, on_error)` runs `work()` on Qt's thread pool. The work
never touches widgets; its result comes back by signal, on the UI thread. A newer request
for the same `Channel` makes older results arrive nowhere (search as you type).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


_jobs_running = [0]
_jobs_lock = threading.Lock()


@contextmanager
def _no_collection_off_the_ui_thread():
    """Python's cycle collector runs in whichever thread allocates when a generation
    fills. On a pool thread it may free a cycle holding a window, and Qt then deletes the
    window off the UI thread: the process dies "Garbage-collecting" (seen in the test
    suite). So while any job runs, automatic collection waits; it resumes after."""
    with _jobs_lock:
        if _jobs_running[0] == 0:
            gc.disable()
        _jobs_running[0] += 1
    try:
        yield
    finally:
        with _jobs_lock:
            _jobs_running[0] -= 1
            if _jobs_running[0] == 0:
                gc.enable()


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Carrier(QObject):
    values = Signal(object)


def progress_relay(owner: QObject, receive: Callable[..., None]) -> Callable[..., None]:
    """A function a pool thread calls with a job's progress; `receive` gets the same values
    on the UI thread. The object it emits on is not owned by `owner`: a job may report after
    its window is closed, and emitting on an object Qt has deleted kills the process (seen
    in the test suite). Once `owner` is destroyed, nothing more is delivered."""
    carrier = _Carrier()
    alive = {"open": True}
    carrier.values.connect(lambda values: alive["open"] and receive(*values))
    owner.destroyed.connect(lambda *_: alive.update(open=False))
    return lambda *values: carrier.values.emit(values)


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.ticket, self.work, self.signals = ticket, work, signals

    def run(self) -> None:  # on a pool thread
        with _no_collection_off_the_ui_thread():
            try:
                result = self.work()
            except Exception as exc:  # noqa: BLE001 - every failure is shown to the user
                self.signals.failed.emit(self.ticket, exc)
            else:
                self.signals.done.emit(self.ticket, result)


class Channel(QObject):
    """A stream of requests where only the newest answer matters."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The job may outlive the page that asked (window closed mid-search): the signals
        # object is not owned by the page, and a closed channel drops late answers.
        state = {"ticket": 0, "open": True}
        self._state = state
        self._signals = _Signals()
        self._signals.done.connect(
            lambda t, r: state["open"] and t == state["ticket"] and on_done(r))
        self._signals.failed.connect(
            lambda t, e: state["open"] and t == state["ticket"] and on_error(e))
        self.destroyed.connect(lambda *_: state.update(open=False))

    def submit(self, work: Callable[[], Any]) -> None:
        self._state["ticket"] += 1
        QThreadPool.globalInstance().start(_Job(self._state["ticket"], work, self._signals))
