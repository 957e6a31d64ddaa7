"""Providers: capacity as of a date, vacancies first, the closed referral loop and its
consent guard with a supervisor's override."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, DisclosureLogEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.consent.consent_service import ConsentMissing
from lead_desktop.services.providers.referral_service import StepInput
from lead_desktop.services.records import ValidationFailed
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role


@pytest.fixture
def case(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    case = steps.arrest_referral(program, staff[R.OFFICER], person.id, "seattle-lead@1")
    program.cases.record_handoff(staff[R.CASE_MANAGER], case.id, staff[R.CASE_MANAGER].user_id)
    return case


def test_capacity_as_of_a_date(program, staff):
    cm = staff[R.CASE_MANAGER]
    harbor = program.providers.add(cm, "Harbor MAT Clinic", levels_of_care=("mat_buprenorphine",))
    spectrum = program.providers.add(cm, "Spectrum", levels_of_care=("detox", "residential"))
    today = program.clock.now.date()
    program.providers.update_capacity(cm, spectrum, "detox", total_slots=20, funded_slots=18,
                                      vacancies=0, waitlist_length=140,
                                      as_of=today - timedelta(days=10))
    program.providers.update_capacity(cm, spectrum, "detox", total_slots=20, funded_slots=18,
                                      vacancies=3, as_of=today)
    program.providers.update_capacity(cm, harbor, "mat_buprenorphine", total_slots=40,
                                      funded_slots=40, vacancies=1, as_of=today)
    now = program.providers.choices(cm)
    assert [c.name for c in now] == ["Spectrum", "Harbor MAT Clinic"]  # most vacancies first
    assert now[0].capacity[0].vacancies == 3
    before = program.providers.choices(cm, as_of=today - timedelta(days=5))
    spectrum_then = next(c for c in before if c.name == "Spectrum")
    assert (spectrum_then.capacity[0].vacancies, spectrum_then.capacity[0].waitlist_length) == (0, 140)
    assert [c.name for c in program.providers.choices(cm, level="detox")] == ["Spectrum"]
    with pytest.raises(ValidationFailed):
        program.providers.update_capacity(cm, harbor, "mat_buprenorphine", total_slots=5,
                                          funded_slots=6, vacancies=0, as_of=today)
    with pytest.raises(ValidationFailed):
        program.providers.update_capacity(cm, harbor, "mat_buprenorphine", total_slots=5,
                                          funded_slots=5, vacancies=0,
                                          as_of=today + timedelta(days=1))


def test_the_closed_loop(program, staff, case, db):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    provider = program.providers.add(cm, "Evergreen Recovery", levels_of_care=("outpatient",),
                                     provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, case.id, provider, "outpatient")
    with pytest.raises(InvalidInput, match="cannot move to Admitted"):
        program.provider_referrals.step(cm, referral, "admitted")
    with pytest.raises(ConsentMissing, match="Evergreen Recovery"):
        program.provider_referrals.step(cm, referral, "sent", StepInput(method="fax"))
    with pytest.raises(PermissionDenied):
        program.provider_referrals.step(cm, referral, "sent",
                                        StepInput(method="fax", override_reason="urgent"))
    program.provider_referrals.step(sup, referral, "sent",
                                    StepInput(method="fax", override_reason="detox bed tonight"))
    program.provider_referrals.step(cm, referral, "waitlisted",
                                    StepInput(waitlist_position=12,
                                              expected_date=date(2026, 4, 1)))
    program.provider_referrals.step(cm, referral, "accepted")
    program.clock.advance(days=6)
    program.provider_referrals.step(cm, referral, "admitted")
    program.provider_referrals.step(cm, referral, "attending")
    with pytest.raises(InvalidInput, match="discharge reason"):
        program.provider_referrals.step(cm, referral, "discharged")
    program.provider_referrals.step(cm, referral, "discharged", StepInput(reason="left_early"))
    [view] = program.provider_referrals.list_referrals(cm, case.id)
    assert [status for status, _ in view.history] == [
        "draft", "sent", "waitlisted", "accepted", "admitted", "attending", "discharged"]
    assert view.override_reason == "detox bed tonight" and view.consent_id is None
    with db.read() as session:
        events = session.scalars(select(AuditEntry.event)).all()
        logged = session.scalars(select(DisclosureLogEntry)).one()
    assert events.count("consent.guard") == 1 and "consent.override" in events
    assert logged.override_reason == "detox bed tonight"
    assert program.providers.choices(cm)[0].median_days_to_admission == 6.0


def test_attendance_rules(program, staff, case):
    cm = staff[R.CASE_MANAGER]
    later = program.provider_referrals.schedule(cm, case.id, steps.at(program, 2), "court")
    with pytest.raises(InvalidInput, match="after the appointment"):
        program.provider_referrals.record_attendance(cm, later, "attended", "observed")
    with pytest.raises(ValidationFailed) as caught:
        program.provider_referrals.record_attendance(cm, later, "gone", "x")
    assert {"attendance", "attendance_source"} <= set(caught.value.problems)
    with pytest.raises(InvalidInput, match="appointment is one of"):
        program.provider_referrals.schedule(cm, case.id, steps.at(program, 1), "party")
