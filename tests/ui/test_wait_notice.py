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
