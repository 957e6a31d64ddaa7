"""The one way the UI runs work off the UI thread.

`Channel(on_done, on_error).submit(work)` runs `work()` on Qt's thread pool. The work never
touches widgets; its result comes back by signal, on the UI thread. A newer request for the
same `Channel` makes older results arrive nowhere (search as you type).
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from lead_desktop import background_collection


class _Returns(QObject):
    """Where finished jobs report, on the UI thread, for the life of the app. A job's work
    (a closure holding its window), its result and its exception stay in `_held` until the
    UI thread takes them: the last reference to a window is never let go on a pool thread,
    where Qt would delete the window off the UI thread and kill the process (CI, signal 11
    in the UI tests)."""
    arrived = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @Slot(int)
    def _deliver(self, key: int) -> None:
        held = _held.pop(key)
        state, ticket = held["state"], held["ticket"]
        if state["open"] and ticket == state["ticket"]:
            if held["failed"]:
                state["on_error"](held["outcome"])
            else:
                state["on_done"](held["outcome"])


_held: dict[int, dict[str, Any]] = {}
_keys = itertools.count(1)
_returns: list[_Returns] = []


def _returns_here() -> _Returns:
    if not _returns:
        _returns.append(_Returns())  # made on the UI thread: submit runs there
    return _returns[0]


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
    """Holds only a key: what the job works with and what it produces stays in `_held`."""

    def __init__(self, key: int, returns: _Returns) -> None:
        super().__init__()
        self.key, self.returns = key, returns

    def run(self) -> None:  # on a pool thread
        try:
            held = _held[self.key]
            try:
                held["outcome"] = held["work"]()
            except Exception as exc:  # noqa: BLE001 - every failure is shown to the user
                held["failed"], held["outcome"] = True, exc
            del held  # nothing of the job's is let go here after the UI thread takes it
            self.returns.arrived.emit(self.key)
        finally:
            background_collection.release()  # held since submit (background_collection.py)


class Channel(QObject):
    """A stream of requests where only the newest answer matters."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The job may outlive the page that asked (window closed mid-search): a closed
        # channel drops late answers.
        state = {"ticket": 0, "open": True, "on_done": on_done, "on_error": on_error}
        self._state = state
        self.destroyed.connect(lambda *_: state.update(open=False))

    def submit(self, work: Callable[[], Any]) -> None:
        self._state["ticket"] += 1
        key = next(_keys)
        _held[key] = {"work": work, "state": self._state, "ticket": self._state["ticket"],
                      "failed": False, "outcome": None}
        returns = _returns_here()
        background_collection.hold()  # until the job has run and answered (_Job.run)
        QThreadPool.globalInstance().start(_Job(key, returns))
