"""Nothing of a window is let go off the UI thread (lead_desktop/ui/workers.py,
lead_desktop/background_collection.py): neither the cycle collector on a pool thread or the
audit chain check's thread, nor a job letting go of the last reference to its work. Qt must
delete a window on the UI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from lead_desktop.background_collection import no_collection_here
from lead_desktop.ui.workers import Channel

UI_THREAD = threading.main_thread().name


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _freed_on(thing, where: list[str]) -> None:
    weakref.finalize(thing, lambda: where.append(threading.current_thread().name))


def _waiting_work(window, gate):
    return lambda: gate.wait(10) and window.objectName()


def test_a_job_allocating_past_the_threshold_collects_nothing_on_its_thread(qtbot):
    collected_on: list[str] = []
    cycle = _Cycle()
    _freed_on(cycle, collected_on)
    del cycle

    def work():
        [[] for _ in range(50_000)]  # far past the youngest generation's threshold
        return gc.isenabled()

    answers: list[bool] = []
    channel = Channel(answers.append, answers.append)
    channel.submit(work)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [False]                     # automatic collection waited
    qtbot.waitUntil(gc.isenabled, timeout=10_000)  # and resumes once no job runs
    gc.collect()
    assert collected_on == [UI_THREAD]


def test_the_chain_checks_thread_collects_nothing_either():
    """The audit chain check runs on a plain thread (security/audit_watch.py)."""
    collected_on: list[str] = []
    cycle = _Cycle()
    _freed_on(cycle, collected_on)
    del cycle

    def check():
        with no_collection_here():
            [[] for _ in range(50_000)]

    worker = threading.Thread(target=check, name="audit-chain-check")
    worker.start()
    worker.join()
    assert collected_on == [] and gc.isenabled()
    gc.collect()
    assert collected_on == [UI_THREAD]


def test_the_last_reference_to_a_jobs_work_is_let_go_on_the_ui_thread(qtbot):
    """A job's work holds its window; when the window is closed meanwhile, the job holds
    the last reference. The window's wrapper must die here, not on the pool thread."""
    freed_on: list[str] = []
    window = QObject()                              # no parent: Python owns it
    _freed_on(window, freed_on)
    answers: list[object] = []
    channel = Channel(answers.append, answers.append)
    gate = threading.Event()
    channel.submit(_waiting_work(window, gate))
    del window                                      # closed while the job runs
    gate.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [""] and freed_on == [UI_THREAD]


def test_a_failed_jobs_exception_comes_back_and_a_stale_answer_goes_nowhere(qtbot):
    answers: list[object] = []
    channel = Channel(lambda r: answers.append(("done", r)),
                      lambda e: answers.append(("failed", str(e))))
    gate = threading.Event()
    channel.submit(lambda: gate.wait(10) and "stale")
    channel.submit(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    gate.set()
    qtbot.wait(200)
    assert answers == [("failed", "division by zero")]
