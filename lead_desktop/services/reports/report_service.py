"""Running a report and exporting it: the role's limits (security.md), and an audit entry
for every run and every export (what, filters, row count, who)."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping, Sequence

from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import Case, DatabaseInfo, Person, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role, Scope, scope
from lead_desktop.services.exports import ExportService, saving_turned_off
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.saving import already_there, not_saved

from .caseload import caseload
from .disparity import disparity, load_demographics, suppress
from .evaluation import evaluation
from .evaluation_rows import STEPS as EVALUATION_STEPS
from .evaluation_rows import load_cohort
from .figures import Report, ReportFilter
from .operations import operations
from .progress import Progress
from .providers import STEPS as PROVIDER_STEPS
from .providers import load_providers, providers
from .rows import STEPS as OPERATIONS_STEPS
from .rows import load
from .xlsx import xlsx_bytes

REPORT = "operations_caseload"
EVALUATION = "evaluation"  # outcomes.md §1: snapshots, contacts, justice events
PROVIDERS = "providers"    # outcomes.md §4: vacancies, waits, declines, waitlist
DISPARITY = "disparity"    # outcomes.md §5: by race, ethnicity, sex, age band
KINDS = (REPORT, EVALUATION, PROVIDERS, DISPARITY)


@dataclass(frozen=True)
class CaseLine:
    case_id: str
    person_id: str
    name: str
    state: str
CSV_COLUMNS = ("section", "measure", "label", "value", "level", "case_ids")


class ReportService:
    def __init__(self, db, profiles: Mapping[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profiles, self.now = db, profiles, now

    def run(self, actor: Actor, filters: ReportFilter, kind: str = REPORT,
            progress: Progress | None = None) -> Report:
        """The figures of one report for the period: the operations and caseload figures,
        the evaluation measures of the people who entered in the period, or the providers'
        capacity and waits. A case manager
        sees only their own caseload; the prosecutor's reviewer sees program totals (no
        case ids). `progress` hears how far it has got and may cancel it (ReportCanceled)."""
        if kind not in KINDS:
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "No such report: {kind}."), kind=kind))
        progress = progress or Progress()
        filters = self._limit(actor, filters)
        with self.db.read() as session:
            if kind == EVALUATION:
                cohort = load_cohort(session, filters, progress)
            elif kind == PROVIDERS:
                rows = load_providers(session, filters, progress)
            else:
                info = session.get(DatabaseInfo, 1)
                profile = self._profile(info.program_profile if info else None)
                loaded = load(session, filters, progress)
                if kind == DISPARITY:
                    people = load_demographics(session, loaded)
        if kind == EVALUATION:
            progress.step(EVALUATION_STEPS - 1, EVALUATION_STEPS, "figures")
            figures = evaluation(cohort, self.now().date())
        elif kind == PROVIDERS:
            progress.step(PROVIDER_STEPS - 1, PROVIDER_STEPS, "figures")
            figures = providers(rows, filters)
        else:
            progress.step(OPERATIONS_STEPS - 1, OPERATIONS_STEPS, "figures")
            figures = operations(loaded, filters, profile.timers.handoff_target_minutes)
            if kind == DISPARITY:
                figures = disparity(figures, people)
            else:
                figures += caseload(loaded, filters, profile.caseload_target,
                                    profile.caseload_max)
        drill = scope(actor.role, Data.REPORTS) is not Scope.PROGRAM_TOTALS
        if not drill:  # program totals are shared figures: small cells suppressed
            figures = [f.without_cases() for f in suppress(figures)]
        with self.db.write() as session:
            audit.record(session, actor, "report.run", record_type="report", record_id=kind,
                         details={**filters.describe(), "figures": len(figures)})
        return Report(filters, tuple(figures), drill, kind=kind)

    def cases_behind(self, actor: Actor, case_ids: Sequence[str]) -> list[CaseLine]:
        """Who the cases behind a figure are (the drill-down): for the roles that may read
        case status across their scope; audited as a view of those cases."""
        require(self.db, actor, Data.CASE_STATUS, Access.READ, record_type="report")
        if scope(actor.role, Data.REPORTS) is Scope.PROGRAM_TOTALS:
            deny(self.db, actor, "Program totals do not list cases.", record_type="report",
                 reason="program_totals")
        wanted = list(dict.fromkeys(case_ids))
        if not wanted:
            return []
        query = (select(Case, Person).join(Person, Person.id == Case.person_id)
                 .where(Case.id.in_(wanted), Case.voided_at.is_(None)))
        if scope(actor.role, Data.REPORTS) is Scope.CASELOAD:
            query = query.where(Case.case_manager_id == actor.user_id)
        with self.db.read() as session:
            lines = [CaseLine(case.id, person.id, f"{person.last_name}, {person.first_name}",
                              case.state) for case, person in session.execute(query)]
        with self.db.write() as session:
            audit.record(session, actor, "report.drill_down", record_type="case",
                         details={"cases": len(lines)})
        return sorted(lines, key=lambda line: (line.name, line.case_id))

    def case_managers(self, actor: Actor) -> list[tuple[str, str]]:
        """(user id, name) of the people a report can be filtered by: every case manager
        for a supervisor or the prosecutor's reviewer, only oneself for a case manager."""
        require(self.db, actor, Data.REPORTS, Access.READ, record_type="report")
        with self.db.read() as session:
            users = session.scalars(select(User).where(
                User.role.in_(("case_manager", "supervisor")), User.disabled_at.is_(None))
                .order_by(User.display_name))
            found = [(u.id, u.display_name) for u in users]
        if scope(actor.role, Data.REPORTS) is Scope.CASELOAD:
            found = [(i, n) for i, n in found if i == actor.user_id]
        return found

    def export_csv(self, actor: Actor, report: Report, path: Path) -> int:
        """Write the report's table to a new CSV file (not encrypted: the caller warned) and
        audit the export. Case ids go in only for a supervisor (security.md: identified
        exports are theirs). Refused while the program keeps files off disk (the same
        setting as saving documents). Returns the number of rows written."""
        return self._export(actor, report, path, "csv")

    def export_xlsx(self, actor: Actor, report: Report, path: Path) -> int:
        """The same as export_csv, as an XLSX workbook."""
        return self._export(actor, report, path, "xlsx")

    def export_pdf(self, actor: Actor, report: Report, path: Path) -> int:
        """The report as a PDF with every chart beside its table (dashboard_export.py)."""
        from .dashboard_export import export_pdf

        return export_pdf(self, actor, report, path)

    def _export(self, actor: Actor, report: Report, path: Path, kind: str) -> int:
        require(self.db, actor, Data.REPORTS, Access.READ, record_type="report")
        event = f"export.{kind}"
        if not ExportService(self.db, self.now).saving_allowed():
            with self.db.write() as session:
                audit.record(session, actor, event, record_type="report",
                             record_id=report.kind, outcome=audit.FAILURE,
                             reason="saving_turned_off", details=report.filters.describe())
            raise PermissionDenied(saving_turned_off())
        with_ids = actor.role is Role.SUPERVISOR and report.drill_down
        if report.kind == DISPARITY:  # a file is shared: small cells never leave the app
            report = replace(report, figures=tuple(suppress(report.figures)))
        data = (xlsx_bytes if kind == "xlsx" else csv_bytes)(report, with_ids)
        _write_new(Path(path), data)
        with self.db.write() as session:
            audit.record(session, actor, event, record_type="report",
                         record_id=report.kind,
                         details={**report.filters.describe(), "rows": len(report.figures),
                                  "case_ids": with_ids, "where": str(Path(path).resolve())[:400],
                                  "sha256": hashlib.sha256(data).hexdigest()})
        return len(report.figures)

    def _limit(self, actor: Actor, filters: ReportFilter) -> ReportFilter:
        require(self.db, actor, Data.REPORTS, Access.READ, record_type="report")
        filters.check()
        if scope(actor.role, Data.REPORTS) is Scope.CASELOAD:
            if filters.case_manager_id not in (None, actor.user_id):
                deny(self.db, actor, "A case manager's reports cover their own caseload.",
                     record_type="report", reason="outside_caseload")
            filters = ReportFilter(filters.start, filters.end, actor.user_id,
                                   filters.referral_type)
        return filters

    def _profile(self, key: str | None) -> Profile:
        if key and key in self.profiles:
            return self.profiles[key]
        return next(iter(self.profiles.values()))


def _write_new(path: Path, data: bytes) -> None:
    """Never over an existing file; no half file left behind on a full disk or lost share."""
    if path.exists():
        raise InvalidInput(already_there(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = path.open("xb")
    except OSError as exc:
        raise InvalidInput(not_saved(path, exc, begun=False)) from exc
    try:
        with stream:
            stream.write(data)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise InvalidInput(not_saved(path, exc, begun=True)) from exc


def csv_bytes(report: Report, with_ids: bool) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS if with_ids else CSV_COLUMNS[:-1])
    for f in report.figures:
        row = [f.section, f.key, _safe(f.label), "" if f.value is None else f.value, f.level]
        writer.writerow(row + [" ".join(f.case_ids)] if with_ids else row)
    return out.getvalue().encode("utf-8-sig")  # the BOM lets Excel read UTF-8


def _safe(text: str) -> str:
    """No cell starts a spreadsheet formula (an agency name typed as "=..." stays text)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
