"""Any report of the Reports page as a PDF: its charts each beside the table of its bars,
then every figure; read back with pypdf; disparity cells suppressed in the file; audited;
limited as the report is.

seattle-lead; the clock starts Mon 2 March 2026 15:00 UTC.
  A  Rivera  arrest diversion, active 2 Mar; snapshots: March emergency shelter, April
             temporary housing
  B  Okafor  arrest diversion, active 2 Mar, removed 17 Mar
March: 2 referrals (both arrest diversion), 1 active at the end, 1 removal.
"""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.report_service import DISPARITY, EVALUATION, ReportService
from lead_desktop.services.reports.series import charts
from tests.support import steps
from tests.support.pdf_tools import render_page, structure_problems

PROFILE = "seattle-lead@1"
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def reports(program, staff, db):
    from lead_desktop.services.care.outcome_service import OutcomeService

    sup = staff[Role.SUPERVISOR]
    a = steps.active_case(program, staff, PROFILE, "Rivera", "Ana")
    outcomes = OutcomeService(db, program.clock)
    outcomes.record_snapshot(staff[Role.CASE_MANAGER], a.id, date(2026, 3, 1),
                             "emergency_shelter", "none", ("SNAP",))
    b = steps.active_case(program, staff, PROFILE, "Okafor", "Lee")
    program.clock.advance(days=15)
    program.cases.transition(sup, b.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-16", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.clock.advance(days=20)
    outcomes.record_snapshot(staff[Role.CASE_MANAGER], a.id, date(2026, 4, 1), "temporary",
                             "none", ("SNAP",))
    return ReportService(db, program.cases.profiles, program.clock)


def text_of(path):
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_operations_dashboard_as_a_pdf(reports, staff, db, tmp_path):
    sup = staff[Role.SUPERVISOR]
    report = reports.run(sup, MARCH)
    path = tmp_path / "march.pdf"
    assert reports.export_pdf(sup, report, path) == len(report.figures)
    assert structure_problems(path) == []
    text = text_of(path)
    assert "Operations and caseload" in text and "2026-03-01 to 2026-03-31" in text
    assert "Case manager: every case manager" in text
    assert "Operations" in text and "Caseload" in text
    # every figure of the report is in the file's tables, with its value
    for f in report.figures:
        assert " ".join(f.label.split()) in " ".join(text.split()), f.key
    assert report.figure("referrals.total").value == 2      # by hand: A and B
    # every chart the report has is drawn, titled
    drawn = charts(report.figures)
    assert drawn, "the operations report has breakdowns to chart"
    for _, title, _ in drawn:
        assert " ".join(title.split()) in " ".join(text.split())
    assert "Rivera" not in text and "Okafor" not in text
    render_page(path, 0, dpi=60).save(tmp_path / "page1.png")
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.record_id) == ("export.pdf", "operations_caseload")
    assert json.loads(last.details)["rows"] == len(report.figures)


def test_the_evaluation_and_the_disparity_as_pdfs(reports, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    evaluation = reports.run(sup, MARCH, EVALUATION)
    reports.export_pdf(sup, evaluation, tmp_path / "evaluation.pdf")
    text = text_of(tmp_path / "evaluation.pdf")
    assert "Evaluation: the people who entered in the period" in text
    # by hand: A's one snapshot a month: shelter 100% in month 0, temporary 100% in month 1
    assert "housing emergency shelter, %, by month since entry" in " ".join(text.split())
    assert "housing temporary, %, by month since entry" in " ".join(text.split())
    assert "housing unsheltered, %, by month since entry" not in " ".join(text.split())
    render_page(tmp_path / "evaluation.pdf", 0, dpi=60).save(tmp_path / "evaluation.png")
    disparity = reports.run(sup, MARCH, DISPARITY)
    assert any(f.value == 2 for f in disparity.figures)     # the supervisor sees the counts
    reports.export_pdf(sup, disparity, tmp_path / "disparity.pdf")
    text = text_of(tmp_path / "disparity.pdf")
    assert "<11" in text                                      # the file shares no small cell


def test_a_pdf_is_the_roles_own_report(reports, staff, tmp_path):
    cm = staff[Role.CASE_MANAGER]
    own = reports.run(cm, MARCH)
    assert own.filters.case_manager_id == cm.user_id
    reports.export_pdf(cm, own, tmp_path / "own.pdf")
    assert "Case manager: Case manager" in text_of(tmp_path / "own.pdf")
    with pytest.raises(PermissionDenied):
        reports.export_pdf(staff[Role.OFFICER], own, tmp_path / "officer.pdf")
