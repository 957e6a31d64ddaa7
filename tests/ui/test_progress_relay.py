"""Progress from a pool thread reaches its window on the UI thread, and a window closed
while its job still runs neither hears it nor takes the process down."""

import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from lead_desktop.ui.workers import progress_relay


def test_steps_arrive_on_the_ui_thread_while_the_window_lives(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    heard = []
    report = progress_relay(window, lambda done, total: heard.append(
        (done, total, threading.current_thread() is threading.main_thread())))
    worker = threading.Thread(target=lambda: [report(i, 3) for i in range(3)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert heard == [(0, 3, True), (1, 3, True), (2, 3, True)]


def test_a_window_deleted_mid_job_hears_nothing_more(qtbot):
    window = QObject()
    heard = []
    report = progress_relay(window, lambda done, total: heard.append(done))
    started, deleted = threading.Event(), threading.Event()

    def job() -> None:  # keeps reporting after the window is gone, as a long scan does
        report(0, 2)
        started.set()
        deleted.wait(10)
        report(1, 2)

    worker = threading.Thread(target=job)
    worker.start()
    started.wait(10)
    qtbot.waitUntil(lambda: heard == [0])
    window.deleteLater()
    qtbot.waitSignal(window.destroyed, timeout=5000).wait()
    deleted.set()
    worker.join()
    qtbot.wait(50)  # a late step would be delivered by now
    assert heard == [0]
