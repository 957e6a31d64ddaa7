"""The providers report (outcomes.md §4) against numbers worked out by hand (written, not
computed). seattle-lead; the clock starts Mon 2 March 2026 15:00 UTC.

  Mar 2   A -> Spectrum detox sent;  B -> Harbor sent
  Mar 5   B's Harbor referral declined (no capacity); B -> Spectrum residential, waitlisted
  Mar 8   A admitted at Spectrum (6 days after sending); A -> Harbor sent
  Mar 20  capacity entered: Spectrum detox as of Mar 2 (3 vacancies, 4 waiting);
          Harbor as of Mar 2 (5), then as of Mar 20 (2)
  Apr 10  A admitted at Harbor (33 days after sending)
"""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.providers.referral_service import StepInput
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.report_service import PROVIDERS, ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))
APRIL = ReportFilter(date(2026, 4, 1), date(2026, 4, 30))
HARBOR, SPECTRUM = "Harbor MAT Clinic", "Spectrum"


@pytest.fixture
def made(program, staff, db):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    loop = program.provider_referrals

    def send(case, provider, level):
        referral = loop.draft(cm, case.id, provider, level)
        loop.step(sup, referral, "sent", StepInput(method="fax", override_reason="urgent"))
        return referral

    a = steps.active_case(program, staff, PROFILE, "Rivera", "Ana")
    b = steps.active_case(program, staff, PROFILE, "Okafor", "Lee")
    harbor = program.providers.add(cm, HARBOR, levels_of_care=("mat_buprenorphine",))
    spectrum = program.providers.add(cm, SPECTRUM, levels_of_care=("detox", "residential"))
    a_detox = send(a, spectrum, "detox")
    b_mat = send(b, harbor, "mat_buprenorphine")
    program.clock.advance(days=3)
    loop.step(cm, b_mat, "declined", StepInput(reason="no_capacity"))
    loop.step(cm, send(b, spectrum, "residential"), "waitlisted",
              StepInput(waitlist_position=3))
    program.clock.advance(days=3)
    loop.step(cm, a_detox, "accepted")
    loop.step(cm, a_detox, "admitted")
    a_mat = send(a, harbor, "mat_buprenorphine")
    program.clock.advance(days=12)
    for provider, level, vacancies, waiting, day in (
            (spectrum, "detox", 3, 4, date(2026, 3, 2)),
            (harbor, "mat_buprenorphine", 5, None, date(2026, 3, 2)),
            (harbor, "mat_buprenorphine", 2, None, date(2026, 3, 20))):
        program.providers.update_capacity(cm, provider, level, total_slots=20, funded_slots=20,
                                          vacancies=vacancies, waitlist_length=waiting,
                                          as_of=day)
    program.clock.advance(days=21)
    loop.step(cm, a_mat, "accepted")
    loop.step(cm, a_mat, "admitted")
    service = ReportService(db, {PROFILE: bundled_profiles()[PROFILE]}, program.clock)
    return service, {"A": a.id, "B": b.id}


def _ids(ids, names):
    return tuple(sorted(ids[n] for n in names))


def test_every_march_provider_figure_matches_the_hand_count(made, staff):
    service, ids = made
    report = service.run(staff[Role.SUPERVISOR], MARCH, PROVIDERS)
    figures = {f.key: f for f in report.figures}
    expected = {
        f"providers.vacancies.{HARBOR}.mat_buprenorphine": (2, ""),
        f"providers.vacancies.{SPECTRUM}.detox": (3, ""),
        "providers.days_to_admission": (6, "A"),
        f"providers.days_to_admission.{SPECTRUM}": (6, "A"),
        "providers.declined": (1, "B"),
        "providers.declined.no_capacity": (1, "B"),
        "providers.waitlisted": (1, "B"),
        f"providers.waitlisted.{SPECTRUM}": (1, "B"),
    }
    for key, (value, names) in expected.items():
        assert (key, figures[key].value, figures[key].case_ids) == (key, value, _ids(ids, names))
    assert f"providers.days_to_admission.{HARBOR}" not in figures
    # Spectrum's reading is 29 days old on 31 March: stale; Harbor's (20 March) is 11 days
    assert figures[f"providers.vacancies.{SPECTRUM}.detox"].label == (
        "Vacancies at Spectrum, detox, as of 2026-03-02, 4 waiting, stale (29 days old)")
    assert figures[f"providers.vacancies.{HARBOR}.mat_buprenorphine"].label == (
        "Vacancies at Harbor MAT Clinic, mat buprenorphine, as of 2026-03-20, stale "
        "(11 days old)")


def test_april_and_the_readings_as_of_an_earlier_day(made, staff):
    service, ids = made
    april = {f.key: f for f in service.run(staff[Role.SUPERVISOR], APRIL, PROVIDERS).figures}
    assert april["providers.days_to_admission"].value == 33
    assert april[f"providers.days_to_admission.{HARBOR}"].case_ids == _ids(ids, "A")
    assert april["providers.declined"].value == 0
    early = ReportFilter(date(2026, 3, 1), date(2026, 3, 10))
    before = {f.key: f for f in service.run(staff[Role.SUPERVISOR], early, PROVIDERS).figures}
    assert before[f"providers.vacancies.{HARBOR}.mat_buprenorphine"].value == 5
    assert before[f"providers.vacancies.{HARBOR}.mat_buprenorphine"].label.endswith(
        "as of 2026-03-02, stale (8 days old)")
    totals = service.run(staff[Role.PROSECUTOR_REVIEWER], MARCH, PROVIDERS)
    assert totals.figure("providers.declined").value == 1
    assert not totals.figure("providers.declined").case_ids
