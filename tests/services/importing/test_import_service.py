"""The spreadsheet import through the real services on real encrypted files: the dry run,
duplicate matches, bad rows refused with nothing saved, and a roster round trip."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, Case, CaseTransition, Person, Referral
from lead_desktop.security.roles import Role
from lead_desktop.services.importing.import_service import ImportRefused, ImportService
from lead_desktop.services.importing.outcome import BAD, CREATE, MATCHED
from lead_desktop.services.importing.roster import HEADERS, RosterService
from lead_desktop.services.program.profile_store import ProfileStore

# Every row below is written by hand; the clock of the `program` fixture is 2 March 2026.
HEADER = ["Surname", "First", "DOB", "Sex", "Referral type", "Referral date", "Officer",
          "Badge", "Agency", "Location", "Incident", "Offense code", "Offense description",
          "Substance", "Quantity", "Unit", "Case manager", "Status", "Exit date", "Exit type",
          "Exit reason", "Agreed", "Declined reason"]
ARREST = ["arrest diversion", None, "Officer Dana Reyes", "4471", "Seattle PD", "3rd & Pine",
          "SPD-25-1", "69.50.4013", "possession", "heroin", "0.5", "g"]


def row(last, first, dob, referred, cm="case.manager", status="", exit_date="", exit_type="",
        exit_reason="", agreed="yes", declined=""):
    arrest = list(ARREST)
    arrest[1] = referred
    return [last, first, dob, "F", *arrest, cm, status, exit_date, exit_type, exit_reason,
            agreed, declined]


GOOD = [
    row("Rivera", "Ana", "1991-06-02", "2025-11-03"),
    row("Okafor", "Lee", "06/14/1985", "11/20/2025", status="exited", exit_date="2026-01-15",
        exit_type="moved", exit_reason="moved to Tacoma"),
    row("Nguyen", "Kim", "1979-01-30", "2025-12-01", cm="", status="declined_offer",
        agreed="no", declined="wanted to think about it"),
    row("Park", "Jo", "1990-02-03", "2025-12-05", status="active"),
]


def write_csv(path, rows, header=HEADER):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def record_counts(db):
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(t))
                     for t in (Person, Case, Referral, CaseTransition))


SEATTLE = "seattle-lead@1"


def seattle(db, admin):
    from lead_desktop.services.setup import set_program_profile

    set_program_profile(db, ProfileStore(db)[SEATTLE], admin)


@pytest.fixture
def importer(db, program, staff):
    seattle(db, staff[Role.ADMINISTRATOR])
    return ImportService(db, ProfileStore(db, program.clock), program.clock)


def test_a_dry_run_says_what_would_happen_and_saves_nothing(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    sheet, mapping, remembered = importer.open_file(sup, write_csv(tmp_path / "r.csv", GOOD))
    assert not remembered
    assert mapping["last_name"] == "Surname" and mapping["referred_at"] == "Referral date"
    before = record_counts(db)
    report = importer.dry_run(sup, sheet, mapping)
    assert [r.action for r in report.rows] == [CREATE] * 4, report.lines()
    assert [r.row for r in report.rows] == [2, 3, 4, 5]
    assert report.rows[3].notes == ("status active not imported: the case is referred, "
                                    "hand-off recorded; record its next steps in the app",)
    assert record_counts(db) == before
    # the mapping is remembered for this layout, in any column order
    shuffled = write_csv(tmp_path / "s.csv", [list(reversed(r)) for r in GOOD],
                         header=list(reversed(HEADER)))
    assert importer.open_file(sup, shuffled)[1:] == (mapping, True)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.event == "import.dry_run")
                                ).one()
    details = json.loads(entry.details)
    assert details["create"] == 4 and details["sha256"] == sheet.sha256
    assert "Rivera" not in entry.details


def test_the_import_dates_each_step_as_the_file_says(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "r.csv", GOOD))
    report = importer.run(sup, sheet, mapping)
    assert report.committed and report.count(CREATE) == 4
    with db.read() as session:
        cases = {p.last_name: c for c, p in session.execute(
            select(Case, Person).join(Person, Person.id == Case.person_id))}
        assert {k: c.state for k, c in cases.items()} == {
            "Rivera": "referred", "Okafor": "exited", "Nguyen": "declined_offer",
            "Park": "referred"}
        assert cases["Rivera"].case_manager_id == staff[Role.CASE_MANAGER].user_id
        assert cases["Nguyen"].case_manager_id is None
        okafor = session.scalars(select(CaseTransition).where(
            CaseTransition.case_id == cases["Okafor"].id).order_by(CaseTransition.seq)).all()
        # noon in Seattle on the day the file gives: 20:00 UTC in winter
        assert [(t.to_state, t.at) for t in okafor] == [
            ("referred", datetime(2025, 11, 20, 20, tzinfo=timezone.utc)),
            ("exited", datetime(2026, 1, 15, 20, tzinfo=timezone.utc))]
        person = session.scalars(select(Person).where(Person.last_name == "Okafor")).one()
        assert person.dob == date(1985, 6, 14)


@pytest.mark.postgres
def test_a_bad_file_is_refused_whole_and_changes_nothing(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    bad = GOOD + [
        row("Doe", "Sam", "1988-13-40", "2025-12-01"),                     # no such date
        row("Lee", "Max", "1987-01-01", "2031-01-01"),                     # future referral
        row("Cruz", "Eva", "1986-05-05", "2025-12-02", cm="nobody"),      # unknown account
        row("Wu", "Tao", "1985-04-04", "2025-12-03", status="exited", exit_date="2026-01-02",
            exit_type="moved"),                                            # no exit reason
        row("Diaz", "Ana", "1984-03-03", "2025-12-04", status="flying"),  # no such status
    ]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "bad.csv", bad))
    before = record_counts(db)
    with pytest.raises(ImportRefused) as refused:
        importer.run(sup, sheet, mapping)
    assert record_counts(db) == before
    report = refused.value.report
    assert not report.committed
    assert {r.row: r.problems for r in report.rows if r.action == BAD} == {
        6: ("Date of birth: '1988-13-40' is not a date (use 1980-03-14 or 03/14/1980)",),
        7: ("Referral date: cannot be in the future",),
        8: ("Case manager (account or name): no case manager's account is named 'nobody'",),
        9: ("Referred → Exited is not allowed: a reason is required",),
        10: ("Status: 'flying' is not a case status",),
    }
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.event == "import.run")
                                ).one()
    assert entry.outcome == "failure" and json.loads(entry.details)["bad"] == 5


def test_a_row_left_without_a_form_field_is_bad_with_the_forms_reason(db, importer, staff,
                                                                      tmp_path):
    sup = staff[Role.SUPERVISOR]
    no_badge = row("Diaz", "Ana", "1984-03-03", "2025-12-04")
    no_badge[7] = ""
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "b.csv", [no_badge]))
    report = importer.dry_run(sup, sheet, mapping)
    assert report.rows[0].problems == ("Officer badge: required",)


def test_a_quantity_without_its_unit_names_the_unit(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    no_unit = row("Trần", "Văn Minh", "1984-03-03", "2025-12-04")
    no_unit[15] = ""
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "u.csv", [no_unit]))
    (problem,) = importer.dry_run(sup, sheet, mapping).rows[0].problems
    assert problem.startswith("Quantity unit (g or dosage units): required with the quantity")


def test_the_dry_run_shows_who_is_already_on_file(db, importer, program, staff, tmp_path):
    from tests.support import steps

    sup = staff[Role.SUPERVISOR]
    on_file = steps.person(program, staff[Role.CASE_MANAGER], "Rivera", "Ana",
                           dob=date(1991, 6, 2))
    twice = GOOD[:2] + [row("Okafor", "Leigh", "06/14/1985", "2025-12-20")]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "d.csv", twice))
    report = importer.dry_run(sup, sheet, mapping)
    assert [r.action for r in report.rows] == [MATCHED, CREATE, MATCHED]
    assert [(m.person_id, m.name, m.dob, m.file_row) for m in report.rows[0].matches] == [
        (on_file.id, "Rivera, Ana", "1991-06-02", None)]
    # a near-duplicate of an earlier row of the same file is shown against that row
    assert [(m.name, m.file_row) for m in report.rows[2].matches] == [("Okafor, Lee", 3)]
    # added as new people on request
    again = importer.dry_run(sup, sheet, mapping, on_match="new")
    assert [r.action for r in again.rows] == [CREATE] * 3


def test_only_a_supervisor_imports(db, importer, staff, tmp_path):
    path = write_csv(tmp_path / "r.csv", GOOD)
    for role in (Role.ADMINISTRATOR, Role.CASE_MANAGER, Role.EVALUATOR):
        with pytest.raises(PermissionDenied):
            importer.open_file(staff[role], path)


def test_a_roster_exported_imports_into_a_new_database_as_the_same_roster(
        db, importer, staff, tmp_path, key_store, system_actor):
    from lead_desktop.db.database import create_database
    from lead_desktop.models import User
    from tests.support.program import Clock

    sup = staff[Role.SUPERVISOR]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "r.csv", GOOD + [
        row("Rivera", "Ana", "1991-06-02", "2025-10-01", status="exited",
            exit_date="2025-10-20", exit_type="lost_contact", exit_reason="not found")]))
    importer.run(sup, sheet, mapping)
    roster = RosterService(db, importer.now)
    first = roster.rows(sup)
    for suffix in ("xlsx", "csv"):
        exported = tmp_path / f"roster.{suffix}"
        assert roster.export(sup, exported) == 5
        fresh = create_database(tmp_path / f"fresh-{suffix}" / "lead.db", key_store,
                                name="Fresh", actor=system_actor).database
        with fresh.write() as session:   # the same accounts (made by an administrator)
            for actor in (staff[Role.SUPERVISOR], staff[Role.CASE_MANAGER]):
                session.add(User(id=actor.user_id, username=actor.username,
                                 display_name=actor.username, role=actor.role.value,
                                 password_hash="x"))
        seattle(fresh, system_actor)
        clock = Clock(importer.now())
        into = ImportService(fresh, ProfileStore(fresh, clock), clock)
        sheet, mapping, _ = into.open_file(sup, exported)
        assert set(mapping) == set(HEADERS)           # the roster maps itself
        report = into.run(sup, sheet, mapping)
        assert report.count(CREATE) == 5
        assert "another case of the person of row 2" in report.rows[1].notes
        assert RosterService(fresh, clock).rows(sup) == first
        fresh.close()


@pytest.mark.parametrize("name, content, says", [
    ("r.xlsx", b"PK\x03\x04 not really a workbook", "is not a readable XLSX workbook"),
    ("r.txt", b"a,b\n", "is not an XLSX or CSV file"),
    ("r.csv", b"", "is empty"),
    ("r.csv", b"Surname,,Referral date\nRivera,x,2025-01-01\n", "column 2 of the header row"),
    ("r.csv", b"Surname,surname\nRivera,Rivera\n", "appears twice"),
])
def test_a_file_that_cannot_be_read_is_refused_before_anything(db, importer, staff, tmp_path,
                                                               name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    before = record_counts(db)
    with pytest.raises(InvalidInput, match=says):
        importer.open_file(staff[Role.SUPERVISOR], path)
    assert record_counts(db) == before


def test_a_mapping_without_a_required_column_is_refused(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "r.csv", GOOD))
    del mapping["referred_at"]
    with pytest.raises(InvalidInput, match="Choose the column for: Referral date"):
        importer.dry_run(sup, sheet, mapping)


def test_a_row_matching_someone_on_file_is_attached_to_them_by_choice(db, importer, program,
                                                                       staff, tmp_path):
    """Row 2 (Rivera, Ana, 2 June 1991) matches Ana Rivera on file: chosen to be her, its
    referral and case are hers, no second person is made; row 3 (Okafor) is new."""
    from tests.support import steps

    from lead_desktop.services.importing.outcome import LINKED

    sup = staff[Role.SUPERVISOR]
    on_file = steps.person(program, staff[Role.CASE_MANAGER], "Rivera", "Ana",
                           dob=date(1991, 6, 2))
    other = steps.person(program, staff[Role.CASE_MANAGER], "Doe", "Sam", dob=date(1980, 1, 1))
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "l.csv", GOOD[:2]))
    before = record_counts(db)
    dry = importer.dry_run(sup, sheet, mapping, choices={2: on_file.id})
    assert [(r.row, r.action) for r in dry.rows] == [(2, LINKED), (3, CREATE)]
    assert dry.rows[0].person_id == on_file.id
    assert dry.rows[0].notes[0] == "case attached to Rivera, Ana (1991-06-02), on file"
    assert record_counts(db) == before  # a dry run saves nothing

    # someone who is not among the row's matches is refused: the file is, whole
    with pytest.raises(ImportRefused) as refused:
        importer.run(sup, sheet, mapping, choices={2: other.id})
    assert refused.value.report.rows[0].problems == (
        "the person chosen for this row is not one of the people it matches",)
    assert record_counts(db) == before

    done = importer.run(sup, sheet, mapping, choices={2: on_file.id})
    assert done.committed and done.rows[0].action == LINKED
    people, cases, referrals, _ = record_counts(db)
    assert (people, cases, referrals) == (before[0] + 1, before[1] + 2, before[2] + 2)
    with db.read() as session:
        case = session.get(Case, done.rows[0].case_id)
        assert case.person_id == on_file.id
        entry = session.scalars(select(AuditEntry).where(AuditEntry.event == "import.run")
                                .order_by(AuditEntry.seq.desc())).first()
    details = json.loads(entry.details)
    assert (details["linked"], details["linked_rows"], details["create"]) == (1, [2], 1)


def test_a_choice_for_a_row_not_in_the_file_is_refused(db, importer, staff, tmp_path):
    sup = staff[Role.SUPERVISOR]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "n.csv", GOOD[:1]))
    with pytest.raises(InvalidInput):
        importer.dry_run(sup, sheet, mapping, choices={9: "someone"})


def test_a_second_open_case_for_one_person_in_a_file_is_refused(db, importer, staff, tmp_path):
    """One person, one open case: two open rows of the same person (the second a new
    referral weeks later) leave the second row bad, with the form's reason."""
    sup = staff[Role.SUPERVISOR]
    rows = [row("Rivera", "Ana", "1991-06-02", "2025-11-03"),
            row("Rivera", "Ana", "1991-06-02", "2025-12-03")]
    sheet, mapping, _ = importer.open_file(sup, write_csv(tmp_path / "o.csv", rows))
    report = importer.dry_run(sup, sheet, mapping)
    assert report.rows[0].action == CREATE and report.rows[1].action == BAD
    assert "already has an open case" in report.rows[1].problems[0]
