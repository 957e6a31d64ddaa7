"""The spreadsheet import: a dry run that says what would happen, then the import, all rows
in one transaction or none.

Both play every row through the services the forms use (row_import.py) inside one shared
unit of work (db/one_unit.py); the dry run then rolls it all back, and the import rolls it
all back if any row is bad, so a bad file leaves the records unchanged. Who may import is a
supervisor: security.md gives identity, referral entry and case status (and assigning a case
to a case manager) to the supervisor, and nothing of them to the administrator. Each dry
run and import is audited (file, its SHA-256, row counts, never a name); the people and
cases it creates are audited by the services as they are created.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping

from lead_desktop.errors import InvalidInput
from lead_desktop.models import ProgramSetting
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.reports.progress import Progress
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message, next_step as _next

from .columns import check_mapping, guess_mapping, layout_key
from .outcome import BAD, ImportReport, RowOutcome
from .row_import import NEW_FOR_MATCHES, SKIP_MATCHES, RowClock, RowContext, play_row
from .row_values import read_row
from .sheet import Sheet, read_sheet

MAPPING_KEY = "import_mapping:"


class ImportRefused(InvalidInput):
    """The file has bad rows: nothing was imported. Carries the report with the reasons."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(message("Import", QT_TRANSLATE_NOOP(
            "Import", "{bad} of {rows} rows cannot be imported; nothing was imported."),
            bad=len(report.bad), rows=len(report.rows)),
                         next_step=_next(QT_TRANSLATE_NOOP(
                             "NextSteps",
                             "Correct those rows in the file (or leave them out), then "
                                   "import it again.")))
        self.report = report


class _RollBack(Exception):
    """Ends the shared unit of work without saving (a dry run, or a file with bad rows)."""


class ImportService:
    def __init__(self, db, profiles: Mapping[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.profiles, self.now = db, profiles, now

    def open_file(self, actor: Actor, path: Path) -> tuple[Sheet, dict[str, str], bool]:
        """The file's rows and the mapping to start from: the one remembered for this layout
        (True), else a guess from the headers (False)."""
        self._require(actor)
        sheet = read_sheet(path)
        remembered = self.remembered_mapping(sheet.headers)
        if remembered is not None:
            return sheet, remembered, True
        return sheet, guess_mapping(sheet.headers), False

    def remembered_mapping(self, headers: tuple[str, ...]) -> dict[str, str] | None:
        with self.db.read() as session:
            row = session.get(ProgramSetting, MAPPING_KEY + layout_key(headers))
        if row is None:
            return None
        mapping = json.loads(row.value)
        return {k: v for k, v in mapping.items() if v in headers}

    def dry_run(self, actor: Actor, sheet: Sheet, mapping: dict[str, str],
                on_match: str = SKIP_MATCHES, progress: Progress | None = None,
                choices: Mapping[int, str] | None = None) -> ImportReport:
        """What the import would do, row by row; nothing is saved but the mapping and the
        audit entry. `choices`: for a row matching someone on file (by its number in the
        file), the id of the person on file its case is attached to, SKIP_MATCHES or
        NEW_FOR_MATCHES; the rows not chosen follow `on_match`."""
        return self._play(actor, sheet, mapping, on_match, progress, dry_run=True,
                          choices=choices)

    def run(self, actor: Actor, sheet: Sheet, mapping: dict[str, str],
            on_match: str = SKIP_MATCHES, progress: Progress | None = None,
            choices: Mapping[int, str] | None = None) -> ImportReport:
        """Import every row, or none: ImportRefused (with the report) if any row is bad."""
        report = self._play(actor, sheet, mapping, on_match, progress, dry_run=False,
                            choices=choices)
        if not report.committed:
            raise ImportRefused(report)
        return report

    # --- the play ---

    def _play(self, actor: Actor, sheet: Sheet, mapping: dict[str, str], on_match: str,
              progress: Progress | None, *, dry_run: bool,
              choices: Mapping[int, str] | None = None) -> ImportReport:
        self._require(actor)
        if on_match not in (SKIP_MATCHES, NEW_FOR_MATCHES):
            raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
                "Import", "Matching rows are skipped or added as new people, not {how}."),
                how=repr(on_match)))
        choices = dict(choices or {})
        numbers = {sheet.row_number(i) for i in range(len(sheet.rows))}
        for number, choice in choices.items():
            if number not in numbers or not isinstance(choice, str) or not choice:
                raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
                    "Import", "Row {row}: no such row in {file}, or no person chosen for it."),
                    row=number, file=sheet.name))
        mapping = check_mapping(mapping, sheet.headers)
        profile = self._profile()
        progress = progress or Progress()
        column = {key: sheet.headers.index(header) for key, header in mapping.items()}
        clock = RowClock(self.now)
        ctx = RowContext(actor, PersonService(self.db, self.now),
                         CaseService(self.db, self.profiles, now=clock), clock, profile.key,
                         on_match, {}, choices=choices)
        outcomes: list[RowOutcome] = []
        keep = False
        try:
            with self.db.one_unit() as session:
                plans = []
                for index, cells in enumerate(sheet.rows):
                    number = sheet.row_number(index)
                    reading = read_row({k: cells[i] for k, i in column.items()},
                                       profile.time_zone, self.now())
                    if reading.plan is None:
                        outcomes.append(RowOutcome(number, _name(cells, column), BAD,
                                                   problems=tuple(reading.problems)))
                    else:
                        plans.append((number, reading.plan))
                # in the order things happened: a person's earlier case closes first
                plans.sort(key=lambda p: p[1].referral.referred_at)
                for done, (number, plan) in enumerate(plans):
                    if done % 20 == 0:
                        progress.step(done, len(plans), "rows")
                    outcomes.append(play_row(ctx, session, number, plan))
                outcomes.sort(key=lambda o: o.row)
                progress.step(len(plans), len(plans), "rows")
                keep = not dry_run and not any(o.action == BAD for o in outcomes)
                report = ImportReport(sheet.name, sheet.sha256, dry_run, keep, tuple(outcomes))
                if keep:
                    self._finish(session, actor, "import.run", sheet, mapping, report)
                else:
                    raise _RollBack
        except _RollBack:
            pass
        if not keep:
            with self.db.write() as session:
                self._finish(session, actor, "import.dry_run" if dry_run else "import.run",
                             sheet, mapping, report)
        return report

    def _finish(self, session, actor: Actor, event: str, sheet: Sheet,
                mapping: dict[str, str], report: ImportReport) -> None:
        """Remember the mapping for this layout, and audit what was done."""
        key = MAPPING_KEY + layout_key(sheet.headers)
        row = session.get(ProgramSetting, key) or ProgramSetting(key=key)
        row.value = json.dumps(mapping, sort_keys=True)
        row.updated_at, row.updated_by = self.now(), actor.user_id
        session.add(row)
        refused = event == "import.run" and not report.committed
        audit.record(session, actor, event, record_type="import", record_id=sheet.sha256[:32],
                     outcome=audit.FAILURE if refused else audit.SUCCESS,
                     reason="bad_rows" if refused else None, details=report.summary())

    def _require(self, actor: Actor) -> None:
        if actor.role is not Role.SUPERVISOR:
            deny(self.db, actor, "Importing a roster is a supervisor's task (security.md: "
                 "identity, referrals and assigning cases).", record_type="import",
                 reason="import_needs_supervisor")
        require(self.db, actor, Data.IDENTITY, Access.WRITE, record_type="import")

    def _profile(self) -> Profile:
        current = getattr(self.profiles, "current", None)
        profile = current() if callable(current) else None
        if profile is None:
            profile = next(iter(self.profiles.values()), None)
        if profile is None:
            raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
                "Import", "No program profile is installed.")))
        return profile


def _name(cells: tuple, column: dict[str, int]) -> str:
    from lead_desktop.services.people.records import filed_name

    def cell(key: str) -> str:
        i = column.get(key)
        return "" if i is None or cells[i] is None else str(cells[i])

    return filed_name(cell("last_name"), cell("first_name"))
