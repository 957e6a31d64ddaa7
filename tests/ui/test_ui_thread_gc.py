"""Python's cycle collector runs on the UI thread only (lead_desktop/ui/ui_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from lead_desktop.ui import ui_thread_gc


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_automatic_collector_is_off_and_the_ui_threads_timer_collects(qtbot, qapp):
    ui_thread_gc.install(qapp)
    assert not gc.isenabled()
    collected_on: list[str] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: collected_on.append(threading.current_thread().name))
    del cycle
    # A pool thread allocating far past the threshold no longer collects there.
    worker = threading.Thread(target=lambda: [[] for _ in range(50_000)], name="pool")
    worker.start()
    worker.join()
    assert collected_on == []
    thresholds = gc.get_threshold()
    gc.set_threshold(1, *thresholds[1:])  # due at the next tick
    try:
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5000)
    finally:
        gc.set_threshold(*thresholds)
    assert collected_on == [threading.main_thread().name]


def test_an_older_generation_is_collected_when_it_is_over_its_threshold(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(gc, "collect", lambda generation: calls.append(generation))
    for counts, expected in [((100, 50, 50), []), ((800, 3, 3), [0]),
                             ((800, 11, 3), [1]), ((800, 11, 11), [2])]:
        monkeypatch.setattr(gc, "get_count", lambda counts=counts: counts)
        calls.clear()
        ui_thread_gc.collect_if_due()
        assert calls == expected
