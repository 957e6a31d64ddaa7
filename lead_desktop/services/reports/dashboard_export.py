"""A report as a PDF with its charts and tables (documents/dashboard_report.py): limited
and audited as the report's CSV export is (report_service._export): the role's own report
only, disparity cells under 11 suppressed in the file, refused while the program keeps
files off disk, `export.pdf` with the filters, row count and the file's SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from lead_desktop.documents import dashboard_report as pdf
from lead_desktop.documents.page import Stamp
from lead_desktop.errors import PermissionDenied
from lead_desktop.models import DatabaseInfo, User
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.exports import ExportService, saving_turned_off

from . import caseload_summary
from .disparity import suppress
from .figures import Report
from .series import charts

TITLES = {"operations_caseload": "Operations and caseload",
          "evaluation": "Evaluation: the people who entered in the period",
          "providers": "Providers: capacity and waits",
          "disparity": "Disparity: by race, ethnicity, sex and age band"}
SECTIONS = {"operations": "Operations", "caseload": "Caseload", "evaluation": "Evaluation",
            "justice": "Justice events", "providers": "Providers", "disparity": "Disparity"}
LEVELS = {"ok": "within target", "above_target": "above target", "over_max": "over maximum"}


def dashboard(report: Report, manager_name: str | None) -> pdf.Dashboard:
    """What the PDF shows, in words: built from the report's figures only."""
    figures = report.figures
    drawn = charts(figures)
    sections = []
    for section in dict.fromkeys(f.section for f in figures):
        if section == "caseload" and caseload_summary.is_many(figures):
            shown, rows = caseload_summary.summary(figures)
            sections.append(pdf.Section(
                "Caseload: the case managers above target by name; every one is on the "
                "Reports page and in the CSV and XLSX exports",
                tuple((title, tuple(bars)) for title, bars in shown),
                tuple((label, pdf.value_text(value), LEVELS.get(level, level))
                      for label, value, level in rows)))
            continue
        sections.append(pdf.Section(
            SECTIONS.get(section, section.title()),
            tuple((title, tuple(bars)) for s, title, bars in drawn if s == section),
            tuple((f.label, pdf.value_text(f.value), LEVELS.get(f.level, f.level))
                  for f in figures if f.section == section)))
    f = report.filters
    filters = (f"Case manager: {manager_name or 'every case manager'}",
               f"Referral type: {(f.referral_type or 'every type').replace('_', ' ')}")
    notes = () if report.drill_down else (
        "Program totals: counts from 1 to 10 are shown as <11.",)
    return pdf.Dashboard(TITLES.get(report.kind, report.kind),
                         f"{f.start.isoformat()} to {f.end.isoformat()}", filters,
                         tuple(sections), notes + tuple(report.notes))


def export_pdf(service, actor: Actor, report: Report, path: Path) -> int:
    """Write the report as a new PDF (not encrypted: the caller warned); the number of
    figures. `service` is the ReportService (its database and clock)."""
    from .report_service import DISPARITY, _write_new

    db, now = service.db, service.now
    require(db, actor, Data.REPORTS, Access.READ, record_type="report")
    if not ExportService(db, now).saving_allowed():
        with db.write() as session:
            audit.record(session, actor, "export.pdf", record_type="report",
                         record_id=report.kind, outcome=audit.FAILURE,
                         reason="saving_turned_off", details=report.filters.describe())
        raise PermissionDenied(saving_turned_off())
    if report.kind == DISPARITY:   # a file is shared: small cells never leave the app
        report = replace(report, figures=tuple(suppress(report.figures)))
    with db.read() as session:
        info = session.get(DatabaseInfo, 1)
        user = session.get(User, actor.user_id) if actor.user_id else None
        manager = session.get(User, report.filters.case_manager_id) \
            if report.filters.case_manager_id else None
        program = info.name if info else "LEAD program"
        manager_name = manager.display_name if manager else None
    stamp = Stamp(program=program, document_id=f"RP-{now():%Y%m%d-%H%M%S}",
                  template=pdf.TEMPLATE, generated_by=user.display_name if user
                  else actor.username, generated_at=now())
    data = pdf.build(dashboard(report, manager_name), stamp)
    _write_new(Path(path), data)
    with db.write() as session:
        audit.record(session, actor, "export.pdf", record_type="report", record_id=report.kind,
                     details={**report.filters.describe(), "rows": len(report.figures),
                              "case_ids": False, "where": str(Path(path).resolve())[:400],
                              "sha256": hashlib.sha256(data).hexdigest()})
    return len(report.figures)
