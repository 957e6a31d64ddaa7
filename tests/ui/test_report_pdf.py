"""Export PDF… on the Reports page: the report shown, with its charts, saved off the UI
thread after the unencrypted warning, and read back."""

import io

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.reports_page import ReportsPage
from tests.support import steps

from .test_courts_and_agencies import page_of, window_for


def test_the_shown_report_is_saved_as_a_pdf_with_its_charts(qtbot, db, staff, program,
                                                            tmp_path):
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Reports"))
    page = page_of(window, ReportsPage)
    assert not page.pdf.button.isEnabled()          # nothing shown yet
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None)
    target, asked = tmp_path / "march.pdf", []
    page.confirm_unencrypted = lambda: asked.append("warned") or True
    page.pdf.choose_path = lambda suggested: asked.append(suggested.name) or target
    qtbot.mouseClick(page.pdf.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the report with its charts" in page.status.text())
    assert asked == ["warned", "lead-operations-caseload-2026-03-01-2026-03-31.pdf"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Operations and caseload" in text and "arrest diversion" in text
    assert page.pdf.button.isEnabled()
