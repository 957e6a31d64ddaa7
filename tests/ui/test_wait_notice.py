"""The status bar says "waiting for another workstation…" while a save waits its turn."""

import threading

from lead_desktop.db import waiting
from lead_desktop.ui.wait_notice import WaitNotice


def test_the_notice_shows_while_a_save_waits_even_from_a_pool_thread(qtbot):
    notice = WaitNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.hide()
    waiting._tell(True)  # on the UI thread
    assert notice.isVisible()
    assert "another workstation" in notice.text()
    thread = threading.Thread(target=waiting._tell, args=(False,))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: not notice.isVisible())
    notice.detach()


def test_a_notice_deleted_with_its_window_is_forgotten(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    notice = WaitNotice(window)
    hear = notice._hear
    window.deleteLater()
    qtbot.waitUntil(lambda: hear not in waiting._listeners or not _valid(notice))
    waiting._tell(True)  # must not touch the deleted label
    waiting._tell(False)
    assert hear not in waiting._listeners


def _valid(widget):
    from shiboken6 import isValid

    return isValid(widget)
