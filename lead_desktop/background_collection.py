"""No automatic garbage collection while work runs off the UI thread.

Python's cycle collector runs in whichever thread allocates when a generation fills. On a
thread-pool job (ui/workers.py) or the audit chain check (security/audit_watch.py) it may
free a cycle holding a window, and Qt then deletes the window off the UI thread: the
process dies ("Garbage-collecting", seen in the test suite). So while any such work runs,
automatic collection waits. A pool job holds it from the moment it is submitted until it
has answered, so its start on the pool thread runs with collection off too (a guard inside
the job left its first allocations exposed: the test saw a cycle freed on the pool
thread)."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_running = [0]
_lock = threading.Lock()


def hold() -> None:
    """Automatic collection off until every `hold` has its `release`."""
    with _lock:
        if _running[0] == 0:
            gc.disable()
        _running[0] += 1


def release() -> None:
    with _lock:
        _running[0] -= 1
        if _running[0] == 0:
            gc.enable()


@contextmanager
def no_collection_here() -> Iterator[None]:
    hold()
    try:
        yield
    finally:
        release()
