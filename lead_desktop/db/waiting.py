"""Waiting for another workstation, instead of failing at once.

On a shared file only one workstation writes at a time, and a writer's commit waits for
readers. A save that finds the file busy tries again with growing pauses (with jitter, so
two waiting workstations do not retry in step) for up to `WAIT_BUDGET_S` before it gives up
with `DatabaseBusy`; the user's input stays in the form. Listeners (the main window's status
bar) hear when waiting starts and ends, to show "waiting for another workstation…".
"""

from __future__ import annotations

import random
import threading
import time
from typing import Callable, TypeVar

import sqlcipher3.dbapi2 as sqlcipher

from lead_desktop.errors import DatabaseBusy
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

# What was waiting or refused, in words a message shows in the user's language.
_OPERATIONS = {
    "save": QT_TRANSLATE_NOOP("Database", "save"),
    "open": QT_TRANSLATE_NOOP("Database", "open"),
    "backup": QT_TRANSLATE_NOOP("Database", "backup"),
    "verification": QT_TRANSLATE_NOOP("Database", "verification"),
    "restore": QT_TRANSLATE_NOOP("Database", "restore"),
    "rekey": QT_TRANSLATE_NOOP("Database", "rekey"),
    "schema upgrade": QT_TRANSLATE_NOOP("Database", "schema upgrade"),
    "migration to a server": QT_TRANSLATE_NOOP("Database", "migration to a server"),
}


def operation(what: str) -> Message | str:
    """An operation's name inside a message: translated when known, else as written."""
    return Message("Database", _OPERATIONS[what]) if what in _OPERATIONS else what

T = TypeVar("T")

WAIT_BUDGET_S = 60.0
#: SQLite's own busy wait within one attempt; short, so the user hears of waiting early.
ATTEMPT_TIMEOUT_MS = 1000
_FIRST_PAUSE_S, _LONGEST_PAUSE_S = 0.05, 2.0

_listeners: list[Callable[[bool], None]] = []
_lock = threading.Lock()


def add_listener(listener: Callable[[bool], None]) -> None:
    """`listener(True)` when a save starts waiting, `listener(False)` when it goes on."""
    with _lock:
        _listeners.append(listener)


def remove_listener(listener: Callable[[bool], None]) -> None:
    with _lock:
        if listener in _listeners:
            _listeners.remove(listener)


def _tell(waiting: bool) -> None:
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(waiting)


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlcipher.OperationalError) and ("locked" in text or "busy" in text)


def retry_while_busy(attempt: Callable[[], T], *, what: str = "save",
                     budget_s: float | None = None,
                     sleep: Callable[[float], None] = time.sleep) -> T:
    """Run `attempt` until it does not fail with "database is locked", pausing longer each
    time, for up to `budget_s`; then raise DatabaseBusy. `attempt` must be safe to repeat
    (a BEGIN or a COMMIT: SQLite keeps the transaction when a COMMIT finds the file busy)."""
    budget_s = WAIT_BUDGET_S if budget_s is None else budget_s
    deadline = time.monotonic() + budget_s
    pause, waiting = _FIRST_PAUSE_S, False
    try:
        while True:
            try:
                return attempt()
            except sqlcipher.OperationalError as exc:
                if not is_busy(exc):
                    raise
                if time.monotonic() + pause > deadline:
                    raise DatabaseBusy(message("Database", QT_TRANSLATE_NOOP(
                        "Database", "The {what} waited {seconds} s for another workstation "
                        "and was not done."), what=operation(what),
                        seconds=f"{budget_s:.0f}")) from exc
                if not waiting:
                    waiting = True
                    _tell(True)
                sleep(pause * random.uniform(0.5, 1.5))
                pause = min(pause * 2, _LONGEST_PAUSE_S)
    finally:
        if waiting:
            _tell(False)
