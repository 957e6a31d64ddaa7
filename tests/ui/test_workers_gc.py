"""No automatic garbage collection on a pool thread (lead_desktop/ui/workers.py): there it
could free a window, which Qt must delete on the UI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from lead_desktop.ui.workers import Channel


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_job_allocating_past_the_threshold_collects_nothing_on_its_thread(qtbot):
    collected_on: list[str] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: collected_on.append(threading.current_thread().name))
    del cycle

    def work():
        enabled_during = gc.isenabled()
        [[] for _ in range(50_000)]  # far past the youngest generation's threshold
        return enabled_during

    answers: list[bool] = []
    channel = Channel(answers.append, lambda exc: answers.append(exc))
    channel.submit(work)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [False]
    qtbot.waitUntil(gc.isenabled, timeout=10_000)  # resumes once no job runs
    gc.collect()
    assert collected_on == [threading.main_thread().name]  # freed here, not on the pool's
