"""The roster as a spreadsheet: one row per case, with the columns the import reads.

It is identified data (names, dates of birth), so it is a supervisor's export (security.md:
identified CSV exports are the supervisor's), refused while the program keeps files off
disk, and audited with its row count and SHA-256. Its headers are the import's field names,
so a roster exported from one database imports into another without a mapping.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import Case, ExitRecord, Person, Referral, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services.exports import ExportService, saving_turned_off
from lead_desktop.services.program.vocabulary import CaseState

from .columns import FIELDS

HEADERS = tuple(f.key for f in FIELDS)


class RosterService:
    def __init__(self, db, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def rows(self, actor: Actor) -> list[dict[str, str]]:
        """Every case (voided ones aside) with its person, oldest referral first."""
        self._require(actor)
        with self.db.read() as session:
            managers = {u.id: u.username for u in session.scalars(select(User))}
            query = (select(Case, Person, Referral).join(Person, Person.id == Case.person_id)
                     .join(Referral, Referral.id == Case.referral_id)
                     .where(Case.voided_at.is_(None), Person.merged_into_id.is_(None))
                     .order_by(Referral.referred_at, Person.last_name, Case.id))
            exits = {e.case_id: e for e in session.scalars(
                select(ExitRecord).where(ExitRecord.voided_at.is_(None))
                .order_by(ExitRecord.created_at))}
            return [_row(case, person, referral, managers.get(case.case_manager_id or ""),
                         exits.get(case.id))
                    for case, person, referral in session.execute(query)]

    def export(self, actor: Actor, path: Path) -> int:
        """Write the roster to a new .csv or .xlsx file (not encrypted: the caller warned)."""
        path = Path(path)
        self._require(actor)
        if not ExportService(self.db, self.now).saving_allowed():
            with self.db.write() as session:
                audit.record(session, actor, "export.roster", record_type="roster",
                             outcome=audit.FAILURE, reason="saving_turned_off")
            raise PermissionDenied(saving_turned_off())
        rows = self.rows(actor)
        data = xlsx_bytes(rows) if path.suffix.lower() == ".xlsx" else csv_bytes(rows)
        from lead_desktop.services.reports.report_service import _write_new

        _write_new(path, data)
        with self.db.write() as session:
            audit.record(session, actor, "export.roster", record_type="roster",
                         details={"rows": len(rows), "where": str(path.resolve())[:400],
                                  "sha256": hashlib.sha256(data).hexdigest()})
        return len(rows)

    def _require(self, actor: Actor) -> None:
        require(self.db, actor, Data.IDENTITY, Access.READ, record_type="roster")
        if actor.role is not Role.SUPERVISOR:
            deny(self.db, actor, "The roster is identified data: a supervisor's export.",
                 record_type="roster", reason="roster_needs_supervisor")


def _row(case: Case, person: Person, referral: Referral, manager: str | None,
         exit_record: ExitRecord | None) -> dict[str, str]:
    offense = (referral.offenses or [{}])[0]
    exited = case.state == CaseState.EXITED.value and exit_record is not None
    phone = (person.phones or [{}])[0].get("number", "")
    values = {
        "last_name": person.last_name, "first_name": person.first_name,
        "middle_name": person.middle_name, "dob": person.dob.isoformat() if person.dob else "",
        "sex": person.sex, "race": ";".join(person.race or ()), "ethnicity": person.ethnicity,
        "preferred_language": person.preferred_language, "phone": phone,
        "address": person.address, "referral_type": referral.referral_type,
        "referred_at": referral.referred_at.isoformat(), "officer_name": referral.officer_name,
        "officer_badge": referral.officer_badge, "agency": referral.agency,
        "location": referral.location, "origin_area": referral.origin_area,
        "incident_number": referral.incident_number, "offense_code": offense.get("code"),
        "offense_description": offense.get("description"),
        "substance": referral.substance,
        "quantity": referral.quantity, "quantity_unit": referral.quantity_unit,
        "referrer_name": referral.referrer_name, "approved_by": referral.approved_by,
        "person_agreed": "yes" if referral.person_agreed else "no",
        "declined_reason": referral.declined_reason, "case_manager": manager,
        "status": case.state,
        "exit_date": exit_record.exit_date.isoformat() if exited else "",
        "exit_type": exit_record.exit_type if exited else "",
        "exit_reason": (exit_record.reason or "") if exited else "",
    }
    return {k: "" if values[k] is None else str(values[k]) for k in HEADERS}


def csv_bytes(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_safe(row[k]) for k in HEADERS])
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[dict[str, str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "roster"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append([row[k] for k in HEADERS])
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"   # text, never a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _safe(text: str) -> str:
    """A cell never starts a spreadsheet formula (a name typed as "=..." stays text)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
