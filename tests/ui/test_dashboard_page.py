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


def test_the_dashboard_and_its_exports_are_in_the_user_s_language(qtbot, qapp, db, staff,
                                                                  program, made,  # noqa: F811
                                                                  tmp_path):
    """Issue 15, defect 7: every word of the charts and tables (series, headers, row
    labels, notes, tooltips) goes through the translator, and the PDF and CSV are written
    in the language of the user who saves them: Spanish dates and page furniture, the
    dashboard's words translated (a marking translator stands in for the Spanish words the
    lead fills in)."""
    from PySide6.QtCore import QCoreApplication

    from lead_desktop.ui import translations
    from tests.support.marking import Marking

    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Dashboard"))
    page = page_of(window, DashboardPage)
    spanish = translations.install(qapp, "es")
    marking = Marking(("Dashboard",))  # the Spanish words the lead fills in
    QCoreApplication.installTranslator(marking)
    try:
        page.start.setDate(QDate(2026, 3, 1))
        page.end.setDate(QDate(2026, 4, 30))
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.board is not None, timeout=20000)
        for key, box in page.boxes.items():
            headers = [box.model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(1, box.model.columnCount())]
            if not box.panel.codes:   # coded columns: the code lists' labels (ui/labels.py)
                assert all(h.startswith("«") for h in headers), (key, headers)
            for label in (row[0] for row in _cells(box)):
                assert label.startswith("«") or label[:4].isdigit() \
                    or label == "Case manager", (key, label)
        levels = page.boxes["caseload_levels"]
        assert _cells(levels)[0][0].startswith("«within target (0-"), _cells(levels)
        assert "«cases»" in page.boxes["caseload"].chart.toolTip()
        arrest = QCoreApplication.translate("Labels", "Arrest diversion")
        assert arrest != "Arrest diversion"      # the Spanish label
        page.confirm_unencrypted = lambda: True
        saved = {}
        for kind in ("pdf", "csv"):
            saved[kind] = tmp_path / f"board.{kind}"
            page.choose_path = lambda suggested, k, kind=kind: saved[kind]
            qtbot.mouseClick(page.export_buttons[kind], Qt.MouseButton.LeftButton)
            assert saved[kind].exists(), page.status.text()
    finally:
        QCoreApplication.removeTranslator(marking)
        for translator in spanish:
            QCoreApplication.removeTranslator(translator)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        saved["pdf"].read_bytes())).pages)
    assert "«Program dashboard»" in text and "«Exits by type»" in text, text[:400]
    assert "1 de marzo de 2026" in text and "Página 1 de" in text, text[:400]
    assert "Program dashboard" not in text.replace("«Program dashboard»", "")
    assert "Medida" in text or "Barra" in text   # the tables' own words
    table = saved["csv"].read_text("utf-8-sig")
    assert f"«Referrals per month by type»: 2026-03, {arrest}" in table, table[:400]
    assert "«Intakes within the deadline»: 2026-03, «within the deadline»" in table
