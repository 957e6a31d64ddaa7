"""The de-identified evaluator extract: nothing that names a person, no exact date, no free
text; study ids stable and not reversible without the key; role limits and audit.
Uses the evaluation report's data set (test_evaluation_report.py)."""

from __future__ import annotations

import csv
import json
import re

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, Person, ProgramSetting
from lead_desktop.security.roles import Role
from lead_desktop.services.reports.extract import study_id
from lead_desktop.services.reports.extract_service import ExtractService

from .test_evaluation_report import made  # noqa: F401 - the shared data set


def _rows(path):
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_the_extract_holds_no_identifier_and_its_ids_are_keyed(made, staff, db,  # noqa: F811
                                                               program, tmp_path):
    service = ExtractService(db, program.clock)
    folder = tmp_path / "extract"
    persons, months = service.export(staff[Role.EVALUATOR], folder)
    text = "".join((folder / n).read_text(encoding="utf-8-sig")
                   for n in ("persons.csv", "person_months.csv"))
    for word in ("Rivera", "Okafor", "Nguyen", "Ana", "met at the shelter", "called",
                 "not at the bus station"):
        assert word not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}", text)  # no exact date
    with db.read() as session:
        people = {p.id: p for p in session.scalars(select(Person))}
        key = bytes.fromhex(session.get(ProgramSetting, "study_id_key").value)
    for person in people.values():
        assert person.id not in text and person.dob.isoformat() not in text
    rows = _rows(folder / "persons.csv")
    assert persons == len(rows) == 3  # A, B, C entered
    assert {r["study_id"] for r in rows} == {study_id(key, pid) for pid in people}
    assert study_id(b"another program's key" * 2, next(iter(people))) not in text
    a = next(r for r in rows if r["study_id"] == study_id(key, _person_of(people, "Rivera")))
    assert (a["age_band"], a["race"], a["referral_type"], a["entry_offset_months"],
            a["exit_offset_months"]) == ("25-34", "unknown", "arrest_diversion", "0", "")
    month_rows = _rows(folder / "person_months.csv")
    assert months == len(month_rows)
    a_rows = {int(r["month_offset"]): r for r in month_rows if r["study_id"] == a["study_id"]}
    # as in the evaluation report: A's snapshots in months 0 and 1, contacts, events
    assert (a_rows[0]["housing"], a_rows[1]["housing"]) == ("unsheltered", "emergency_shelter")
    assert (a_rows[0]["contacts"], a_rows[0]["contact_minutes"]) == ("1", "10")
    assert a_rows[-2]["arrests"] == "1" and a_rows[-2]["jail_days"] == "3"  # January 2026
    assert a_rows[2]["arrests"] == "1" and a_rows[2]["charges_misdemeanor"] == "1"  # May
    assert sorted(a_rows) == [-2, 0, 1, 2, 3, 4, 5, 6, 7]  # Jan; entry (Mar) to Oct 2026
    readme = (folder / "README.txt").read_text()
    assert "fewer than 11" in readme and "HMAC" in readme

    again = tmp_path / "again"
    service.export(staff[Role.SUPERVISOR], again)
    assert _rows(again / "persons.csv") == rows  # the same ids in every extract
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.username) == ("export.extract", staff[Role.SUPERVISOR].username)
    assert json.loads(last.details)["persons"] == 3
    with pytest.raises(InvalidInput, match="already exists"):
        service.export(staff[Role.SUPERVISOR], again)


def _person_of(people, last):
    return next(pid for pid, p in people.items() if p.last_name == last)


@pytest.mark.parametrize("role", [Role.CASE_MANAGER, Role.PROSECUTOR_REVIEWER, Role.OFFICER])
def test_only_the_evaluator_and_a_supervisor_export_it(made, staff, db, program,  # noqa: F811
                                                       tmp_path, role):
    with pytest.raises(PermissionDenied):
        ExtractService(db, program.clock).export(staff[role], tmp_path / "x")
    assert not (tmp_path / "x").exists()
