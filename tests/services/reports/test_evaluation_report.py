"""The evaluation measures (outcomes.md §1) against numbers worked out by hand for a small
program made through the services (every expected number is written, not computed).

seattle-lead; the clock starts Mon 2 March 2026 15:00 UTC.
  A  Rivera  active 2 Mar 2026       B  Okafor  active 2 Mar 2026
  C  Nguyen  active 2 Apr 2026 (outside the March cohort)
Snapshots  A: Mar unsheltered / none / none;  Apr emergency shelter / job search / SNAP
           B: Mar unsheltered / none / SSI;   Apr permanent / full time / wages
Notes      2 Mar: A street 10 min, B attempt that reached nobody (not a contact)
           2 Apr: A phone 10 min, B phone 10 min
Justice events (recorded on 5 Oct 2026, when the 6-month window has passed for A and B):
  A: arrest 10 Jan 2026, booking 10-12 Jan (3 jail days), felony charge 11 Jan  -> before
     arrest 1 Mar 2026 of the diverted incident                                 -> not counted
     arrest 20 May, misdemeanor charge 21 May                                   -> after
  B: arrest 1 Jun 2025 (before 2 Sep 2025, outside the 6-month window)          -> not counted
     prison admission 1 Aug 2026                                                -> after
     arrest 10 Sep 2026 (after 2 Sep 2026, outside the window)                  -> not counted
"""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import JusticeEventInput, OutcomeService
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.reports.evaluation import add_months
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.report_service import EVALUATION, ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def made(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    outcomes = OutcomeService(db, program.clock)
    a = steps.active_case(program, staff, PROFILE, "Rivera", "Ana")
    b = steps.active_case(program, staff, PROFILE, "Okafor", "Lee")
    steps.note(program, cm, a.id, "met at the shelter", contact_type="street")
    steps.note(program, cm, b.id, "not at the bus station", contact_type="attempt_no_contact")
    program.clock.advance(days=31)
    c = steps.active_case(program, staff, PROFILE, "Nguyen", "Kim")
    steps.note(program, cm, a.id, "called", contact_type="phone")
    steps.note(program, cm, b.id, "called", contact_type="phone")
    for case, month, housing, work, income in (
            (a, date(2026, 3, 1), "unsheltered", "none", ("none",)),
            (a, date(2026, 4, 1), "emergency_shelter", "job_search_training", ("SNAP",)),
            (b, date(2026, 3, 1), "unsheltered", "none", ("SSI_SSDI",)),
            (b, date(2026, 4, 1), "permanent", "full_time", ("wages",)),
            (c, date(2026, 4, 1), "permanent", "full_time", ("wages",))):
        outcomes.record_snapshot(cm, case.id, month, housing, work, income)
    program.clock.advance(days=186)  # 5 October 2026
    for case, kind, day, extra in (
            (a, "arrest", date(2026, 1, 10), {}),
            (a, "booking", date(2026, 1, 10), {"release_date": date(2026, 1, 12)}),
            (a, "charge_filed", date(2026, 1, 11), {"level": "felony"}),
            (a, "arrest", date(2026, 3, 1), {"relates_to_diverted_incident": True}),
            (a, "arrest", date(2026, 5, 20), {}),
            (a, "charge_filed", date(2026, 5, 21), {"level": "misdemeanor"}),
            (b, "arrest", date(2025, 6, 1), {}),
            (b, "prison_admission", date(2026, 8, 1), {}),
            (b, "arrest", date(2026, 9, 10), {})):
        outcomes.record_justice_event(cm, JusticeEventInput(case.person_id, kind, day,
                                                            case_id=case.id, **extra))
    service = ReportService(db, {PROFILE: bundled_profiles()[PROFILE]}, program.clock)
    return service, {"A": a.id, "B": b.id, "C": c.id}


def _ids(ids, names):
    return tuple(sorted(ids[n] for n in names))


def test_every_evaluation_figure_matches_the_hand_count(made, staff):
    service, ids = made
    report = service.run(staff[Role.SUPERVISOR], MARCH, EVALUATION)
    expected = {
        "evaluation.entered": (2, "AB"),
        "snapshots.m0.recorded": (2, "AB"),
        "snapshots.m0.housing.unsheltered": (100.0, "AB"),
        "snapshots.m0.housing.permanent": (0.0, ""),
        "snapshots.m0.employment.none": (100.0, "AB"),
        "snapshots.m0.income_or_benefits": (50.0, "B"),
        "snapshots.m1.recorded": (2, "AB"),
        "snapshots.m1.housing.emergency_shelter": (50.0, "A"),
        "snapshots.m1.housing.permanent": (50.0, "B"),
        "snapshots.m1.employment.full_time": (50.0, "B"),
        "snapshots.m1.income_or_benefits": (100.0, "AB"),
        "contacts.m0.count": (1, "A"),
        "contacts.m0.minutes": (10, "A"),
        "contacts.m1.count": (2, "AB"),
        "contacts.m1.minutes": (20, "AB"),
        "justice.6_months.followed": (2, "AB"),
        "justice.6_months.arrests.before": (1, "A"),
        "justice.6_months.arrests.after": (1, "A"),
        "justice.6_months.charges_felony.before": (1, "A"),
        "justice.6_months.charges_felony.after": (0, ""),
        "justice.6_months.charges_misdemeanor.before": (0, ""),
        "justice.6_months.charges_misdemeanor.after": (1, "A"),
        "justice.6_months.bookings.before": (1, "A"),
        "justice.6_months.jail_days.before": (3, "A"),
        "justice.6_months.jail_days.after": (0, ""),
        "justice.6_months.prison_admissions.before": (0, ""),
        "justice.6_months.prison_admissions.after": (1, "B"),
        "justice.18_months.followed": (0, ""),
        "justice.18_months.arrests.before": (0, ""),
        "justice.2_years.followed": (0, ""),
    }
    for key, (value, names) in expected.items():
        figure = report.figure(key)
        assert (key, figure.value, figure.case_ids) == (key, value, _ids(ids, names))
    assert not [f for f in report.figures if f.key.startswith("snapshots.m2")]


def test_program_totals_for_the_prosecutor_and_the_run_audited(made, staff, db):
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry

    service, _ = made
    report = service.run(staff[Role.PROSECUTOR_REVIEWER], MARCH, EVALUATION)
    assert report.figure("justice.6_months.arrests.before").value == 1
    assert not report.drill_down and all(not f.case_ids for f in report.figures)
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.record_id) == ("report.run", "evaluation")


def test_a_case_manager_sees_only_their_own_cohort(made, staff):
    service, _ = made
    report = service.run(staff[Role.CASE_MANAGER], MARCH, EVALUATION)
    assert report.figure("evaluation.entered").value == 2
    other = staff[Role.SUPERVISOR]
    mine = service.run(other, ReportFilter(MARCH.start, MARCH.end, other.user_id), EVALUATION)
    assert mine.figure("evaluation.entered").value == 0


def test_months_are_added_on_the_calendar():
    assert add_months(date(2026, 3, 2), 6) == date(2026, 9, 2)
    assert add_months(date(2026, 3, 2), -6) == date(2025, 9, 2)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 3, 2), 24) == date(2028, 3, 2)


def test_progress_is_told_each_step_and_a_canceled_run_records_nothing(made, staff, db):
    from sqlalchemy import func, select

    from lead_desktop.models import AuditEntry
    from lead_desktop.services.reports.progress import Progress, ReportCanceled

    service, _ = made
    seen = []
    service.run(staff[Role.SUPERVISOR], MARCH, EVALUATION, Progress(
        lambda done, total, what: seen.append((done, total, what))))
    assert seen == [(0, 5, "people who entered"), (1, 5, "monthly snapshots"),
                    (2, 5, "contacts"), (3, 5, "justice events"), (4, 5, "figures")]
    with db.read() as session:
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    stop = Progress()
    stop.cancel()
    with pytest.raises(ReportCanceled):
        service.run(staff[Role.SUPERVISOR], MARCH, progress=stop)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries
