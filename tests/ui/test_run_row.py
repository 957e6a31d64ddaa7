"""The filter row's run part the Reports and Dashboard pages share (ui/pages/run_row.py):
the referral types in words, Show starts a run on a pool thread, its steps move the bar,
Cancel stops it, and a refusal is said in the user's language."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lead_desktop.errors import InvalidInput
from lead_desktop.services.labels import label
from lead_desktop.services.program.vocabulary import ReferralType
from lead_desktop.services.reports.progress import ReportCanceled
from lead_desktop.ui.pages.run_row import RunRow


def test_a_run_from_show_to_cancel(qtbot):
    status, runs = QLabel(), []
    row = RunRow("report", status, lambda: row.start(runs.append))
    qtbot.addWidget(row)
    row.show()
    assert [row.referral_type.itemData(i) for i in range(1, row.referral_type.count())] == [
        t.value for t in ReferralType]
    assert row.referral_type.itemText(3) == label("referral_type", "community")
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    assert len(runs) == 1 and not row.show_button.isEnabled()
    assert row.cancel_button.isVisible() and status.text() == "Computing…"
    worker = threading.Thread(target=runs[0].step, args=(1, 3, "caseloads"))
    worker.start()   # a step from the pool thread reaches the bar on this one
    worker.join()
    qtbot.waitUntil(lambda: row.progress.value() == 1)
    assert (row.progress.maximum(), status.text()) == (3, "Computing… (2 of 3)")
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert runs[0].canceled and status.text() == "Canceling…"
    row.failed(ReportCanceled("canceled"), "The report was canceled.", "broken")
    assert status.text() == "The report was canceled."
    assert row.show_button.isEnabled() and not row.cancel_button.isVisible()


def test_a_refused_run_says_why(qtbot):
    status = QLabel()
    row = RunRow("dashboard", status, lambda: None)
    qtbot.addWidget(row)
    row.start(lambda progress: None)
    row.failed(InvalidInput("Choose a start before the end."), "canceled", "broken")
    assert status.text() == "Choose a start before the end."
    row.start(lambda progress: None)
    row.failed(RuntimeError("a bug"), "canceled", "The dashboard could not be computed.")
    assert status.text() == "The dashboard could not be computed."
