"""The grant report: the program's template (kept in the database, changed by a supervisor)
and its PDF export, limited by role and audited like every export (security.md)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from lead_desktop.documents import grant_report as grant_pdf
from lead_desktop.documents.page import Stamp
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import DatabaseInfo, ProgramSetting, User
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Scope, scope
from lead_desktop.services.exports import ExportService, saving_turned_off
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

from .caseload import caseload
from .figures import ReportFilter
from .grant import (
    MEASURES,
    TEMPLATE_SETTING,
    GrantReport,
    GrantTemplate,
    grant,
    in_words,
)
from .grant_outcomes import load_outcomes
from .operations import totals
from .progress import Progress
from .providers import count_admissions
from .report_service import ReportService, _write_new
from .rows import load

REPORT = "grant"


class GrantService:
    def __init__(self, reports: ReportService) -> None:
        self.reports = reports
        self.db, self.now = reports.db, reports.now

    def template(self, actor: Actor) -> GrantTemplate:
        require(self.db, actor, Data.REPORTS, Access.READ, record_type="report")
        with self.db.read() as session:
            row = session.get(ProgramSetting, TEMPLATE_SETTING)
            return GrantTemplate.from_json(row.value if row else None)

    def save_template(self, actor: Actor, template: GrantTemplate) -> None:
        """The program's grant template; a supervisor's to set (audited)."""
        self._program_wide(actor, "setting", change=True)
        if not template.title.strip():
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The report needs a title.")))
        unknown = set(template.measures) - set(MEASURES)
        if unknown or not template.measures:
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "Choose one or more measures of the list.")))
        with self.db.write() as session:
            row = session.get(ProgramSetting, TEMPLATE_SETTING)
            if row is None:
                row = ProgramSetting(key=TEMPLATE_SETTING)
                session.add(row)
            row.value, row.updated_at, row.updated_by = (template.to_json(), self.now(),
                                                         actor.user_id)
            audit.record(session, actor, "grant_template.save", record_type="setting",
                         record_id=TEMPLATE_SETTING,
                         details={"measures": list(template.measures)})

    def compute(self, actor: Actor, filters: ReportFilter,
                progress: Progress | None = None) -> GrantReport:
        self._program_wide(actor, "report")
        filters.check()
        progress = progress or Progress()
        template = self.template(actor)
        with self.db.read() as session:
            info = session.get(DatabaseInfo, 1)
            profile = self.reports._profile(info.program_profile if info else None)
            # totals only: no appointment, summons or last contact is read (rows.py), and
            # the admissions are counted by the database
            loaded = load(session, filters, progress, detail=False)
            admissions = count_admissions(session, filters)
            outcomes = load_outcomes(session, filters)
        ops = totals(loaded, filters)
        loads = caseload(loaded, filters, profile.caseload_target, profile.caseload_max)
        return grant(template, loaded, ops, loads, admissions, filters, outcomes)

    def export_pdf(self, actor: Actor, filters: ReportFilter, path: Path,
                   say: Callable[[str], str] = str, language: str = "en") -> int:
        """Write the grant report as a new PDF (program totals only, not encrypted: the
        caller warned) and audit it. Returns the number of measures. In the language of the
        user who saves it: `say` gives each text of grant.WORDS in it, `language` the
        dates and the page's own words (English: str and "en")."""
        self._program_wide(actor, "report")
        if not ExportService(self.db, self.now).saving_allowed():
            with self.db.write() as session:
                audit.record(session, actor, "export.pdf", record_type="report",
                             record_id=REPORT, outcome=audit.FAILURE,
                             reason="saving_turned_off", details=filters.describe())
            raise PermissionDenied(saving_turned_off())
        report = in_words(self.compute(actor, filters), say)
        with self.db.read() as session:
            info = session.get(DatabaseInfo, 1)
            user = session.get(User, actor.user_id) if actor.user_id else None
            program = info.name if info else "LEAD program"
        stamp = Stamp(program=program, document_id=f"GR-{self.now():%Y%m%d-%H%M%S}",
                      template=grant_pdf.TEMPLATE,
                      generated_by=user.display_name if user else actor.username,
                      generated_at=self.now(), language=language)
        data = grant_pdf.build(report, stamp)
        _write_new(Path(path), data)
        with self.db.write() as session:
            audit.record(session, actor, "export.pdf", record_type="report", record_id=REPORT,
                         details={**filters.describe(), "rows": len(report.rows),
                                  "measures": [key for key, _, _ in report.rows],
                                  "where": str(Path(path).resolve())[:400],
                                  "sha256": hashlib.sha256(data).hexdigest()})
        return len(report.rows)

    def _program_wide(self, actor: Actor, record_type: str, change: bool = False) -> None:
        """The grant report counts the whole program: a supervisor's, or the prosecutor's
        reviewer's (totals); a case manager's reports cover one caseload. Only a
        supervisor changes the template."""
        require(self.db, actor, Data.REPORTS, Access.READ, record_type=record_type)
        allowed = (Scope.ALL,) if change else (Scope.ALL, Scope.PROGRAM_TOTALS)
        if scope(actor.role, Data.REPORTS) not in allowed:
            deny(self.db, actor, "The grant report covers the whole program; ask a "
                 "supervisor.", record_type=record_type, reason="program_wide")
