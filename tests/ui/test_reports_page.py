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
    assert [i.text() for i in listed] == ["Doe, Sam · intake pending", "Rivera, Ana · active"]
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
