"""The Reports page through the real main window: a supervisor picks it in the navigation,
sees the figures for the period (computed off the UI thread), drills down to the cases,
and exports the table to CSV (audited); the prosecutor's reviewer sees totals only."""

import csv
import json

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.reports_page import ReportsPage
from tests.support import steps

from .test_courts_and_agencies import page_of, window_for


def _go_to_reports(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Reports"))
    page = page_of(window, ReportsPage)
    assert window.pages.currentWidget() is page
    return page


def _show(qtbot, page):
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 3, 31))
    asked = page.filters()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.filters == asked)
    return {f.key: f for f in page.report.figures}


def test_a_supervisor_sees_drills_down_and_exports(qtbot, db, staff, program, tmp_path):
    a = steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    c = steps.eligible_case(program, staff, "seattle-lead@1", "Doe", "Sam")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    figures = _show(qtbot, page)
    assert figures["referrals.total"].value == 2
    assert figures["active.at_end"].value == 1
    load = [page.model.row(i).key for i in range(page.model.total)].index(
        f"caseload.{staff[Role.CASE_MANAGER].user_id}")
    assert page.model.index(load, 3).data() == "within target"  # 2 cases, target 15
    assert page.model.index(load, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.export_button.isEnabled()

    row = [page.model.row(i).key for i in range(page.model.total)].index("referrals.total")
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.cases.count() == 2)
    listed = [page.cases.item(i) for i in range(page.cases.count())]
    assert [i.text() for i in listed] == ["Doe, Sam · Waiting for intake",
                                          "Rivera, Ana · Active"]
    assert [i.toolTip() for i in listed] == [c.id, a.id]

    page.referral_type.setCurrentIndex(page.referral_type.findData("social_contact"))
    assert _show(qtbot, page)["referrals.total"].value == 0
    page.referral_type.setCurrentIndex(0)
    _show(qtbot, page)
    target = tmp_path / "march.csv"
    asked = []
    page.confirm_unencrypted = lambda: asked.append("warned") or False
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["warned"] and not target.exists()  # said no: nothing written
    page.confirm_unencrypted = lambda: True
    page.choose_path = lambda suggested: asked.append(suggested.name) or target
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked[1] == "lead-report-2026-03-01-2026-03-31.csv"
    assert "not encrypted" in page.status.text()
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == page.model.total
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.username) == ("export.csv", staff[Role.SUPERVISOR].username)
    assert json.loads(last.details)["rows"] == len(rows)


def test_the_prosecutor_sees_totals_and_an_officer_has_no_reports(qtbot, db, staff, program):
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.PROSECUTOR_REVIEWER, program.clock)
    page = _go_to_reports(window)
    figures = _show(qtbot, page)
    assert figures["referrals.total"].value == 1
    page.table.selectRow(0)
    assert page.cases.item(0).text() == "Program totals: no cases listed."
    officer = window_for(qtbot, db, staff, Role.OFFICER, program.clock)
    assert "Reports" not in [officer.nav.item(i).text() for i in range(officer.nav.count())]


def test_a_supervisor_picks_the_evaluation_and_drills_down(qtbot, db, staff, program):
    a = steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    _show(qtbot, page)
    page.kind.setCurrentIndex(page.kind.findData("evaluation"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.kind == "evaluation")
    keys = [page.model.row(i).key for i in range(page.model.total)]
    assert page.report.figure("evaluation.entered").value == 1
    assert "justice.6_months.followed" in keys and "referrals.total" not in keys
    assert page.model.index(keys.index("justice.6_months.followed"), 0).data() == \
        "Justice events"
    page.table.selectRow(keys.index("evaluation.entered"))
    qtbot.waitUntil(lambda: page.cases.count() == 1)
    assert page.cases.item(0).toolTip() == a.id


def test_a_report_shows_its_progress_and_can_be_canceled(qtbot, db, staff, program):
    """The run is held at its first step (the real service, on the pool thread) until the
    user has pressed Cancel: nothing is shown, the page says so, and Show works again."""
    import threading

    from lead_desktop.services.reports.progress import Progress

    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    service, held, release = page._service, threading.Event(), threading.Event()
    real = service.run

    def run_held(actor, filters, kind, progress):
        def step(done, total, what):
            held.set()
            release.wait(30)
            progress.step(done, total, what)  # the page's own: canceled by then
        return real(actor, filters, kind, Progress(step))

    service.run = run_held
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.is_set)
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.status.text() == "The report was canceled.")
    assert page.report is None and page.show_button.isEnabled()
    assert not page.progress.isVisible()
    service.run = real
    figures = _show(qtbot, page)
    assert figures["referrals.total"].value == 1
    assert not page.cancel_button.isVisible()


def test_the_grant_report_pdf_from_the_reports_page(qtbot, db, staff, program, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 3, 31))
    target, asked = tmp_path / "grant.pdf", []
    page.confirm_unencrypted = lambda: True
    page.choose_pdf_path = lambda suggested: asked.append(suggested.name) or target
    qtbot.mouseClick(page.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the grant report" in page.status.text(), timeout=20000)
    assert asked == ["lead-grant-report-2026-03-01-2026-03-31.pdf"]
    text = PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "Grant report" in text and "Rivera" not in text
    manager = window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)
    assert not _go_to_reports(manager).grant_button.isVisibleTo(manager)


def test_a_supervisor_sets_the_grant_template(qtbot, db, staff, program):
    from lead_desktop.services.reports.grant_service import GrantService
    from lead_desktop.ui.grant_template_dialog import GrantTemplateDialog
    from tests.stories.app import while_open

    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)

    def fill(dialog):
        dialog.funder.setText("Massachusetts EOPSS")
        for key, box in dialog.measures.items():
            box.setChecked(False)
        dialog.accept()
        assert dialog.isVisible() and "one or more measures" in dialog.problem.text()
        dialog.measures["completions"].setChecked(True)
        dialog.accept()

    while_open(qtbot, GrantTemplateDialog, fill,
               lambda: qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton))
    assert page.status.text() == "The grant report template is saved."
    saved = GrantService(page._service).template(staff[Role.SUPERVISOR])
    assert (saved.funder, saved.measures) == ("Massachusetts EOPSS", ("completions",))
    reviewer = window_for(qtbot, db, staff, Role.PROSECUTOR_REVIEWER, program.clock)
    assert not _go_to_reports(reviewer).template_button.isVisibleTo(reviewer)


def test_the_chart_beside_the_table_shows_the_chosen_breakdown(qtbot, db, staff, program,
                                                               tmp_path):
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    steps.eligible_case(program, staff, "seattle-lead@1", "Doe", "Sam", agency="Seattle PD")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    _show(qtbot, page)
    keys = [page.model.row(i).key for i in range(page.model.total)]
    page.table.selectRow(keys.index("referrals.agency.Seattle PD"))
    assert page.chart.title == "Referrals from"
    assert page.chart.bars == [("Seattle PD", 1), ("Worcester PD", 1)]
    window.resize(1200, 700)
    page.grab().save(str(tmp_path / "reports.png"))  # painted without error


def test_the_evaluator_exports_the_extract_from_their_page(qtbot, db, staff, program,
                                                           tmp_path):
    from lead_desktop.ui.pages.extract_page import ExtractPage

    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.EVALUATOR, program.clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Evaluation extract"))
    page = page_of(window, ExtractPage)
    folder, asked = tmp_path / "extract", []
    page.confirm_unencrypted = lambda: asked.append("warned") or True
    page.choose_folder = lambda suggested: asked.append(suggested.name) or folder
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 1 person rows" in page.status.text())
    assert asked == ["warned", "lead-evaluator-extract-2026-03-02"]
    assert "Rivera" not in (folder / "persons.csv").read_text(encoding="utf-8-sig")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # the same folder
    qtbot.waitUntil(lambda: "already exists" in page.status.text())


def test_the_shown_table_exports_as_xlsx(qtbot, db, staff, program, tmp_path):
    from openpyxl import load_workbook

    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    _show(qtbot, page)
    target, asked = tmp_path / "march.xlsx", []
    page.confirm_unencrypted = lambda: True
    page.choose_xlsx_path = lambda suggested: asked.append(suggested.name) or target
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert asked == ["lead-operations-caseload-2026-03-01-2026-03-31.xlsx"]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == page.model.total + 1
    assert ("operations", "referrals.total", "Referrals in the period", 1) == rows[1][:4]


def test_the_prosecutor_exports_the_disparity_report(qtbot, db, staff, program, tmp_path):
    """Program totals come suppressed ("<11"); the export no longer suppresses them again
    (it crashed comparing "<11" with numbers, and nothing was saved)."""
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.PROSECUTOR_REVIEWER, program.clock)
    page = _go_to_reports(window)
    page.kind.setCurrentIndex(page.kind.findText(
        "Disparity: by race, ethnicity, sex and age band"))
    figures = _show(qtbot, page)
    assert figures and {f.value for f in figures.values()} == {"<11"}
    target = tmp_path / "disparity.csv"
    assert page.export_to(target), page.status.text()
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(figures) and {r["value"] for r in rows} == {"<11"}
