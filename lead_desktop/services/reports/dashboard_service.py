"""A role's dashboard (security.md, the Reports row of the matrix): a supervisor's program
view (every case, drill-down), a case manager's own caseload, the prosecutor's program
totals and the evaluator's de-identified view (counts only, cells of 1 to 10 people shown
as <11, no case listed, no case manager named, whole months). Every run and every export is
audited (what, filters, row count, who)."""

from __future__ import annotations

import hashlib
from calendar import monthrange
from dataclasses import replace
from datetime import date
from pathlib import Path

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import DatabaseInfo
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role, Scope, scope
from lead_desktop.services.exports import ExportService, saving_turned_off

from . import dashboard as d
from .evaluation import evaluation
from .evaluation_rows import STEPS as COHORT_STEPS
from .evaluation_rows import load_cohort
from .figures import ReportFilter
from .progress import Progress
from .rows import STEPS as ROWS_STEPS
from .rows import load

DASHBOARD = "dashboard"
STEPS = ROWS_STEPS + COHORT_STEPS + 1
VIEWS = {Scope.ALL: "program", Scope.CASELOAD: "caseload",
         Scope.PROGRAM_TOTALS: "totals", Scope.DEIDENTIFIED: "deidentified"}


class _Later:
    """A part's steps counted after the parts before it (one progress bar for the run)."""

    def __init__(self, progress: Progress, before: int) -> None:
        self.progress, self.before = progress, before

    def step(self, done: int, total: int, what: str) -> None:
        self.progress.step(self.before + done, STEPS, what)


class DashboardService:
    """`reports` is the ReportService: its database, program profiles and clock, and the
    drill-down (cases_behind) and exports it already limits and audits."""

    def __init__(self, reports) -> None:
        self.reports = reports
        self.db = reports.db

    def view(self, actor: Actor) -> str:
        """Which dashboard the role has: "program", "caseload", "totals", "deidentified"."""
        require(self.db, actor, Data.REPORTS, Access.DEIDENTIFIED, record_type="report",
                record_id=DASHBOARD)
        return VIEWS[scope(actor.role, Data.REPORTS)]

    def run(self, actor: Actor, filters: ReportFilter,
            progress: Progress | None = None) -> d.Dashboard:
        view = self.view(actor)
        filters.check()
        if view == "caseload":
            if filters.case_manager_id not in (None, actor.user_id):
                deny(self.db, actor, "A case manager's dashboard covers their own caseload.",
                     record_type="report", reason="outside_caseload")
            filters = replace(filters, case_manager_id=actor.user_id)
        elif view == "deidentified":  # whole months; no case manager singled out
            filters = ReportFilter(filters.start.replace(day=1), _month_end(filters.end),
                                   None, filters.referral_type)
        progress = progress or Progress()
        with self.db.read() as session:
            info = session.get(DatabaseInfo, 1)
            profile = self.reports._profile(info.program_profile if info else None)
            # no summons and no last contact is charted: not read
            loaded = load(session, filters, _Later(progress, 0), detail=False,
                          appointments=True)
            cohort = load_cohort(session, filters, _Later(progress, ROWS_STEPS))
        progress.step(STEPS - 1, STEPS, "charts")
        panels = self.panels(loaded, cohort, filters, profile, view)
        drill = view in ("program", "caseload")
        if not drill:
            panels = [d.suppressed(p) for p in panels]
        with self.db.write() as session:
            audit.record(session, actor, "dashboard.run", record_type="report",
                         record_id=DASHBOARD, details={**filters.describe(), "view": view,
                                                       "charts": len(panels)})
        return d.Dashboard(filters, view, tuple(panels), drill)

    def panels(self, loaded, cohort, filters: ReportFilter, profile, view: str) -> list:
        spans = d.months(filters)
        return [d.referrals_by_month(loaded, spans),
                d.active_against_capacity(loaded, spans, profile.capacity_concurrent),
                d.intake_on_time(loaded, spans),
                d.attendance(loaded, spans),
                d.exits_by_type(loaded, spans),
                d.housing_by_month(evaluation(cohort, self.reports.now().date())),
                *d.caseloads(loaded, filters, profile.caseload_target, profile.caseload_max,
                             by_name=view in ("program", "caseload"))]

    def cases_behind(self, actor: Actor, case_ids) -> list:
        """The people behind a cell: the report's drill-down (its limits, its audit)."""
        return self.reports.cases_behind(actor, case_ids)

    def export(self, actor: Actor, board: d.Dashboard, path: Path, kind: str,
               say=str, language: str = "en") -> int:
        """The dashboard as a PDF (its charts and tables), CSV or XLSX: for every role that
        has a dashboard, its own view only (shared views already suppressed); audited
        as `export.<kind>` with the filters, row count, the file's place and SHA-256.
        Written in the exporting user's language: `say` gives the words (messages, codes)
        in it, `language` its dates (English: str and "en")."""
        from .dashboard_pdf import pdf_bytes
        from .report_service import _write_new, csv_bytes
        from .xlsx import xlsx_bytes

        view = self.view(actor)
        if view != board.view:
            deny(self.db, actor, "This dashboard is another role's.", record_type="report",
                 reason="other_view")
        event = f"export.{kind}"
        details = {**board.filters.describe(), "view": view}
        if not ExportService(self.db, self.reports.now).saving_allowed():
            with self.db.write() as session:
                audit.record(session, actor, event, record_type="report", record_id=DASHBOARD,
                             outcome=audit.FAILURE, reason="saving_turned_off", details=details)
            raise PermissionDenied(saving_turned_off())
        report = board.as_report(say)
        with_ids = actor.role is Role.SUPERVISOR and board.drill_down
        if kind == "pdf":
            data = pdf_bytes(self, actor, board, say, language)
        else:
            data = (xlsx_bytes if kind == "xlsx" else csv_bytes)(report, with_ids)
        _write_new(Path(path), data)
        with self.db.write() as session:
            audit.record(session, actor, event, record_type="report", record_id=DASHBOARD,
                         details={**details, "rows": len(report.figures),
                                  "case_ids": with_ids and kind != "pdf",
                                  "where": str(Path(path).resolve())[:400],
                                  "sha256": hashlib.sha256(data).hexdigest()})
        return len(report.figures)


def _month_end(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])
