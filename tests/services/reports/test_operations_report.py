"""The operations and caseload report against numbers worked out by hand for a small
program made through the services (every expected number below is written, not computed).

The data set (seattle-lead, clock starts Mon 2 March 2026 15:00 UTC):
  A  Rivera   referred 2 Mar, hand-off after 30 min, eligible, active 2 Mar
  B  Okafor   referred 2 Mar, hand-off after 50 min, eligible, active 2 Mar, removed 17 Mar
              (agency Seattle PD; every other case Worcester PD)
  C  Doe      referred 7 Mar, hand-off after 20 min, eligible, intake pending
  Notes on 7 Mar: A met on the street; C an attempt that reached nobody (not a contact)
  A's appointments: 5 Mar attended, 6 Mar missed, 20 Apr excused ahead of time
  D  Park     referred 7 Mar, hand-off after 10 min, found ineligible 7 Mar
  E  Nguyen   referred 16 Apr, hand-off after 30 min, eligible, active 16 Apr
All held by the one case manager. Profile target 1, maximum 2 (replaced for the test).
"""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.providers.referral_service import APPOINTMENT_KINDS
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.report_service import ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
KIND = APPOINTMENT_KINDS[0]
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))
APRIL = ReportFilter(date(2026, 4, 1), date(2026, 4, 30))


def _ineligible(program, staff, last, first, **referral):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    found = steps.person(program, officer, last, first)
    case = steps.arrest_referral(program, officer, found.id, PROFILE, **referral)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    program.eligibility.decide(staff[Role.PROSECUTOR_REVIEWER], case.id, "ineligible",
                               "other", "not a LEAD offense")
    return case


@pytest.fixture
def made(program, staff):
    now = program.clock.now
    a = steps.active_case(program, staff, PROFILE, "Rivera", "Ana")
    b = steps.active_case(program, staff, PROFILE, "Okafor", "Lee", agency="Seattle PD",
                          referred_at=now - timedelta(minutes=50))
    program.clock.advance(days=5)
    now = program.clock.now
    c = steps.eligible_case(program, staff, PROFILE, "Doe", "Sam",
                            referred_at=now - timedelta(minutes=20))
    d = _ineligible(program, staff, "Park", "Jo", referred_at=now - timedelta(minutes=10))
    cm = staff[Role.CASE_MANAGER]
    steps.note(program, cm, a.id, "met at the shelter", contact_type="street")
    steps.note(program, cm, c.id, "not at the bus station", contact_type="attempt_no_contact")
    appointments = program.provider_referrals
    for day, attendance in ((5, "attended"), (6, "missed"), (51, "excused")):
        booked = appointments.schedule(cm, a.id, datetime(2026, 3, day, 10, tzinfo=timezone.utc)
                                       if day < 31 else datetime(2026, 4, 20, 10,
                                                                 tzinfo=timezone.utc), KIND)
        appointments.record_attendance(cm, booked, attendance, "participant",
                                       "in hospital" if attendance == "excused" else None)
    program.clock.advance(days=10)
    program.cases.transition(staff[Role.SUPERVISOR], b.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-16", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.clock.advance(days=30)
    e = steps.active_case(program, staff, PROFILE, "Nguyen", "Kim")
    profiles = bundled_profiles()
    profiles[PROFILE] = dataclasses.replace(profiles[PROFILE], caseload_target=1,
                                            caseload_max=2)
    service = ReportService(program.cases.db, {PROFILE: profiles[PROFILE]}, program.clock)
    return service, {"A": a.id, "B": b.id, "C": c.id, "D": d.id, "E": e.id}


def _ids(ids, *names):
    return tuple(sorted(ids[n] for n in names))


def test_every_march_figure_matches_the_hand_count(made, staff):
    service, ids = made
    report = service.run(staff[Role.SUPERVISOR], MARCH)
    expected = {  # key: (value, cases behind it)
        "referrals.total": (4, "ABCD"),
        "referrals.type.arrest_diversion": (4, "ABCD"),
        "referrals.type.social_contact": (0, ""),
        "referrals.type.community": (0, ""),
        "referrals.agency.Worcester PD": (3, "ACD"),
        "referrals.agency.Seattle PD": (1, "B"),
        "referrals.declined_offer": (0, ""),
        "referrals.in_catchment_pct": (None, ""),  # seattle-lead records no catchment area
        "attendance.attended": (1, "A"),
        "attendance.missed": (1, "A"),
        "referrals.officer.Officer Dana Reyes": (4, "ABCD"),
        "eligibility.reason.other": (1, "D"),
        # every review is decided at the moment it starts in this data set
        "eligibility.review_median_hours": (0.0, "ABCD"),
        "intake.median_days": (0, "AB"),         # A and B referred and entered on 2 March
        # hand-offs 10, 20, 30, 50 min: median (20 + 30) / 2; nearest rank ceil(0.9 * 4) = 4th
        "handoff.median_min": (25.0, "ABCD"),
        "handoff.p90_min": (50.0, "ABCD"),
        "handoff.over_target": (1, "B"),
        "eligibility.decided": (4, "ABCD"),
        "eligibility.eligible": (3, "ABC"),
        "eligibility.ineligible": (1, "D"),
        "eligibility.rate_pct": (75.0, "ABC"),
        "intake.entered": (2, "AB"),
        "intake.on_time": (2, "AB"),
        "intake.on_time_pct": (100.0, "AB"),
        "exits.removed": (1, "B"),
        "exits.completed": (0, ""),
        "exits.disqualified": (0, ""),
        "exits.exited": (0, ""),
        "exits.referred_for_charges": (0, ""),
        "active.at_end": (1, "A"),
        "active.median_stay_days": (29, "A"),   # 2 March to 31 March
        f"caseload.{staff[Role.CASE_MANAGER].user_id}": (2, "AC"),
        # one contact (A's) over the two cases held
        f"caseload.contacts.{staff[Role.CASE_MANAGER].user_id}": (0.5, "AC"),
        # A last met 7 Mar, C handed off 7 Mar: 24 days to 31 March
        f"caseload.no_contact_14.{staff[Role.CASE_MANAGER].user_id}": (2, "AC"),
        f"caseload.no_contact_30.{staff[Role.CASE_MANAGER].user_id}": (0, ""),
    }
    for key, (value, names) in expected.items():
        found = report.figure(key)
        assert (key, found.value, found.case_ids) == (key, value, _ids(ids, *names))
    load = report.figure(f"caseload.{staff[Role.CASE_MANAGER].user_id}")
    assert load.level == "above_target"  # 2 > target 1, not over maximum 2
    assert "target 1, maximum 2" in load.label


def test_april_counts_only_april_and_the_caseload_on_its_last_day(made, staff):
    service, ids = made
    report = service.run(staff[Role.SUPERVISOR], APRIL)
    assert report.figure("referrals.total").case_ids == _ids(ids, "E")
    assert report.figure("eligibility.decided").value == 1
    assert report.figure("exits.removed").value == 0
    assert report.figure("attendance.excused").case_ids == _ids(ids, "A")
    assert not [f for f in report.figures if f.key == "attendance.attended"]
    assert report.figure("active.at_end").case_ids == _ids(ids, "A", "E")
    load = report.figure(f"caseload.{staff[Role.CASE_MANAGER].user_id}")
    assert (load.value, load.case_ids, load.level) == (3, _ids(ids, "A", "C", "E"), "over_max")
    cm = staff[Role.CASE_MANAGER].user_id
    assert report.figure(f"caseload.contacts.{cm}").value == 0.0
    # to 30 April: A and C 54 days since 7 March, E 14 days since its hand-off on 16 April
    assert report.figure(f"caseload.no_contact_14.{cm}").case_ids == _ids(ids, *"ACE")
    assert report.figure(f"caseload.no_contact_30.{cm}").case_ids == _ids(ids, "A", "C")


def test_case_manager_and_referral_type_filters(made, staff):
    service, _ = made
    sup = staff[Role.SUPERVISOR]
    other = service.run(sup, dataclasses.replace(MARCH, case_manager_id=sup.user_id))
    assert other.figure("referrals.total").value == 0
    assert not [f for f in other.figures if f.section == "caseload"]
    social = service.run(sup, dataclasses.replace(MARCH, referral_type="social_contact"))
    assert social.figure("referrals.total").value == 0
    assert social.figure("handoff.median_min").value is None


def test_a_case_manager_sees_only_their_caseload(made, staff):
    service, ids = made
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    assert service.run(cm, MARCH).figure("referrals.total").case_ids == _ids(ids, *"ABCD")
    with pytest.raises(PermissionDenied):
        service.run(cm, dataclasses.replace(MARCH, case_manager_id=sup.user_id))


def test_the_prosecutor_gets_program_totals_without_cases(made, staff):
    service, _ = made
    report = service.run(staff[Role.PROSECUTOR_REVIEWER], MARCH)
    assert not report.drill_down
    assert report.figure("referrals.total").value == 4
    assert all(f.case_ids == () for f in report.figures)


def test_other_roles_are_refused_and_the_refusal_audited(made, staff, db):
    service, _ = made
    for role in (Role.OFFICER, Role.CLERK, Role.EVALUATOR, Role.ADMINISTRATOR, Role.AUDITOR):
        with pytest.raises(PermissionDenied):
            service.run(staff[role], MARCH)
        last = _audit(db)[-1]
        assert (last.event, last.outcome, last.user_id) == ("access.denied", "failure",
                                                             staff[role].user_id)


def test_every_run_is_audited_with_its_filters(made, staff, db):
    service, _ = made
    service.run(staff[Role.SUPERVISOR], APRIL)
    last = _audit(db)[-1]
    assert (last.event, last.record_type, last.user_id) == (
        "report.run", "report", staff[Role.SUPERVISOR].user_id)
    assert json.loads(last.details)["start"] == "2026-04-01"


def test_csv_export_reads_back_and_is_audited(made, staff, db, tmp_path):
    service, ids = made
    sup = staff[Role.SUPERVISOR]
    report = service.run(sup, MARCH)
    path = tmp_path / "march.csv"
    assert service.export_csv(sup, report, path) == len(report.figures)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(report.figures)
    total = next(r for r in rows if r["measure"] == "referrals.total")
    assert (total["value"], total["case_ids"].split()) == ("4", list(_ids(ids, *"ABCD")))
    last = _audit(db)[-1]
    details = json.loads(last.details)
    assert (last.event, last.user_id, details["rows"], details["end"]) == (
        "export.csv", sup.user_id, len(report.figures), "2026-03-31")

    da = staff[Role.PROSECUTOR_REVIEWER]
    totals = service.run(da, MARCH)
    service.export_csv(da, totals, tmp_path / "totals.csv")
    header = (tmp_path / "totals.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "case_ids" not in header and "Rivera" not in (tmp_path / "totals.csv").read_text()


def test_an_unwritable_place_is_a_clear_message_and_no_export_entry(made, staff, db, tmp_path):
    from lead_desktop.errors import InvalidInput

    service, _ = made
    sup = staff[Role.SUPERVISOR]
    report = service.run(sup, MARCH)
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("")
    with pytest.raises(InvalidInput, match="choose another folder"):
        service.export_csv(sup, report, not_a_folder / "march.csv")
    assert _audit(db)[-1].event == "report.run"


def _audit(db):
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_drill_down_names_the_cases_for_their_roles_only(made, staff, db):
    service, ids = made
    sup, cm = staff[Role.SUPERVISOR], staff[Role.CASE_MANAGER]
    lines = service.cases_behind(sup, _ids(ids, "B", "D"))
    assert [(line.name, line.state) for line in lines] == [("Okafor, Lee", "removed"),
                                                  ("Park, Jo", "ineligible")]
    assert _audit(db)[-1].event == "report.drill_down"
    assert len(service.cases_behind(cm, _ids(ids, "A"))) == 1
    with pytest.raises(PermissionDenied):
        service.cases_behind(staff[Role.PROSECUTOR_REVIEWER], _ids(ids, "A"))
    assert [n for _, n in service.case_managers(cm)] == ["Case manager"]
    assert [n for _, n in service.case_managers(sup)] == ["Case manager", "Supervisor"]


def test_export_refused_while_saving_to_disk_is_off_and_never_over_a_file(made, staff, db,
                                                                          tmp_path):
    from lead_desktop.errors import InvalidInput
    from lead_desktop.services.exports import ExportService

    service, _ = made
    sup = staff[Role.SUPERVISOR]
    report = service.run(sup, MARCH)
    kept = tmp_path / "kept.csv"
    kept.write_text("someone's file")
    with pytest.raises(InvalidInput, match="nothing was overwritten"):
        service.export_csv(sup, report, kept)
    assert kept.read_text() == "someone's file"
    ExportService(db).set_saving_allowed(staff[Role.ADMINISTRATOR], False)
    with pytest.raises(PermissionDenied):
        service.export_csv(sup, report, tmp_path / "march.csv")
    assert not (tmp_path / "march.csv").exists()
    last = _audit(db)[-1]
    assert (last.event, last.outcome, last.reason) == ("export.csv", "failure",
                                                       "saving_turned_off")


def test_referrals_for_charges_and_their_summons_status(program, staff, db):
    """wilmington-nc files charges after a removal: one case removed on 2 March and
    referred for charges the same day makes one drafted summons."""
    case = steps.active_case(program, staff, "wilmington-nc@1", "Okafor", "Lee")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    report = ReportService(db, bundled_profiles(), program.clock).run(
        staff[Role.SUPERVISOR], MARCH)
    for key in ("exits.removed", "exits.referred_for_charges", "summons.status.drafted"):
        assert (key, report.figure(key).value, report.figure(key).case_ids) == (
            key, 1, (case.id,))
    assert report.figure("active.at_end").value == 0
    assert not [f for f in report.figures if f.key.startswith("summons.")
                and f.key != "summons.status.drafted"]
