"""Exporting the de-identified evaluator extract: the evaluator's (de-identified by the
matrix) and a supervisor's; written as a new folder of CSV files with its note, audited
(what, row counts, who). The study-id key is made on first use and kept in the program's
settings inside the encrypted database."""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from pathlib import Path
from typing import Callable

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import ProgramSetting
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Scope, scope
from lead_desktop.services.exports import ExportService, saving_turned_off
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

from .extract import MONTH_COLUMNS, MONTHS, NOTE, PERSON_COLUMNS, BEFORE_MONTHS, build_extract

KEY_SETTING = "study_id_key"
REPORT = "evaluator_extract"


class ExtractService:
    def __init__(self, db, now: Callable) -> None:
        self.db, self.now = db, now

    def export(self, actor: Actor, folder: Path) -> tuple[int, int]:
        """Write persons.csv, person_months.csv and README.txt into `folder` (made new; an
        existing folder is refused, nothing overwritten). Returns the row counts."""
        require(self.db, actor, Data.REPORTS, Access.DEIDENTIFIED, record_type="report")
        if scope(actor.role, Data.REPORTS) not in (Scope.ALL, Scope.DEIDENTIFIED):
            deny(self.db, actor, "The evaluator extract is the evaluator's and a "
                 "supervisor's.", record_type="report", reason="not_evaluator")
        if not ExportService(self.db, self.now).saving_allowed():
            with self.db.write() as session:
                audit.record(session, actor, "export.extract", record_type="report",
                             record_id=REPORT, outcome=audit.FAILURE,
                             reason="saving_turned_off")
            raise PermissionDenied(saving_turned_off())
        folder = Path(folder)
        if folder.exists():
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "{folder} already exists; nothing was overwritten. Choose a new "
                "folder name."), folder=str(folder)))
        with self.db.write() as session:  # the key, made once, in the same transaction
            row = session.get(ProgramSetting, KEY_SETTING)
            if row is None:
                row = ProgramSetting(key=KEY_SETTING, value=secrets.token_hex(32),
                                     updated_at=self.now(), updated_by=actor.user_id)
                session.add(row)
            key = bytes.fromhex(row.value)
            extract = build_extract(session, key, self.now().date())
        files = {"persons.csv": _csv(PERSON_COLUMNS, extract.persons),
                 "person_months.csv": _csv(MONTH_COLUMNS, extract.months),
                 "README.txt": NOTE.format(months=MONTHS, before=BEFORE_MONTHS).encode()}
        try:
            folder.mkdir(parents=True)
            for name, data in files.items():
                with (folder / name).open("xb") as stream:
                    stream.write(data)
        except OSError as exc:
            for name in files:
                (folder / name).unlink(missing_ok=True)
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The extract could not be saved in {folder}: {why}. Choose another "
                "folder."), folder=str(folder), why=exc.strerror or exc)) from exc
        with self.db.write() as session:
            audit.record(session, actor, "export.extract", record_type="report",
                         record_id=REPORT,
                         details={"persons": len(extract.persons),
                                  "person_months": len(extract.months),
                                  "where": str(folder.resolve())[:400],
                                  "sha256": {n: hashlib.sha256(d).hexdigest()
                                             for n, d in files.items()}})
        return len(extract.persons), len(extract.months)


def _csv(columns, rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
