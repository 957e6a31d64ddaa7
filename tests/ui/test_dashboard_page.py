"""Each role's dashboard through the real main window (the data set of
tests/services/reports/test_operations_report.py, March and April 2026): the supervisor's
program view with a chart and its table per measure, a number drilled down to the people
behind it, saved as a PDF (audited); the prosecutor's totals and the evaluator's
de-identified view with small cells hidden and no one listed."""

import io
import json

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.dashboard_page import DashboardPage
from tests.services.reports.test_operations_report import made  # noqa: F401 - the data set

from .test_courts_and_agencies import page_of, window_for


def _dashboard(qtbot, db, staff, role, clock):
    window = window_for(qtbot, db, staff, role, clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Dashboard"))
    page = page_of(window, DashboardPage)
    assert window.pages.currentWidget() is page
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 4, 30))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.board is not None, timeout=20000)
    return window, page


def _cells(box):
    return [[box.model.index(r, c).data() for c in range(box.model.columnCount())]
            for r in range(box.model.rowCount())]


def test_the_supervisor_looks_drills_down_and_saves_a_pdf(qtbot, db, staff, program,
                                                          made, tmp_path):  # noqa: F811
    _, ids = made
    window, page = _dashboard(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    assert list(page.boxes) == ["referrals_by_month", "active_capacity", "intake_on_time",
                                "attendance", "exits_by_type", "housing_by_month",
                                "caseload_levels", "caseload"]
    referrals = page.boxes["referrals_by_month"]
    assert _cells(referrals) == [["2026-03", "4", "0", "0"], ["2026-04", "1", "0", "0"]]
    assert referrals.chart.bar_count() == 2  # a bar for each month's arrest diversions
    assert _cells(page.boxes["caseload"]) == [["Case manager", "3", "within target"]]
    exits = page.boxes["exits_by_type"]
    exits.table.clicked.emit(exits.cell(0, 2))  # March, removed
    qtbot.waitUntil(lambda: page.cases.count() == 1 and "Okafor" in page.cases.item(0).text())
    assert page.cases.item(0).text() == "Okafor, Lee · Removed"  # the state in words
    assert page.cases.item(0).toolTip() == ids["B"]

    target = tmp_path / "spring.pdf"
    page.confirm_unencrypted = lambda: True
    page.choose_path = lambda suggested, kind: target
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert "not encrypted" in page.status.text(), page.status.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Program dashboard" in text and "Exits by type" in text
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.username) == ("export.pdf", staff[Role.SUPERVISOR].username)
    assert json.loads(last.details)["view"] == "program"


def test_a_case_manager_the_prosecutor_and_the_evaluator(qtbot, db, staff, program,
                                                     made):  # noqa: F811
    _, mine = _dashboard(qtbot, db, staff, Role.CASE_MANAGER, program.clock)
    assert mine.heading.text() == "My caseload at a glance" and mine.manager.isHidden()
    assert _cells(mine.boxes["caseload"]) == [["Case manager", "3", "within target"]]
    assert mine.drills  # her own cases are listed
    _, prosecutor = _dashboard(qtbot, db, staff, Role.PROSECUTOR_REVIEWER, program.clock)
    assert _cells(prosecutor.boxes["referrals_by_month"]) == [
        ["2026-03", "<11", "0", "0"], ["2026-04", "<11", "0", "0"]]
    assert "caseload" not in prosecutor.boxes and not prosecutor.drills
    assert prosecutor.cases.parent() is None  # no list of people on the page
    window, evaluator = _dashboard(qtbot, db, staff, Role.EVALUATOR, program.clock)
    assert window.nav.item(0).text() == "Dashboard"  # the evaluator's first page
    assert evaluator.manager.isHidden()
    # the test database's program profile has a capacity of 60
    assert _cells(evaluator.boxes["active_capacity"]) == [["2026-03", "<11", "60"],
                                                          ["2026-04", "<11", "60"]]
    assert "De-identified" in evaluator.heading.text()
