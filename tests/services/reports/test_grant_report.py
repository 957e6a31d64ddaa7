"""The grant report (outcomes.md §6) against numbers worked out by hand, from the program's
template, as a PDF read back; limited by role and audited.

seattle-lead; the clock starts Mon 2 March 2026 15:00 UTC.
  A  Rivera  active 2 Mar; a phone contact 2 Mar; admitted at Spectrum 8 Mar
  B  Okafor  active 2 Mar; removed 17 Mar
  C  Nguyen  referred 16 Apr, intake pending (eligible)
  Shared person: none.
March: served A, B (2); entered A, B (2); active at the end A (1); contacts 1;
       admissions 1; completions 0; one case manager carrying 1 case (A) on 31 March.
"""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.providers.referral_service import StepInput
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.grant import GrantTemplate
from lead_desktop.services.reports.grant_service import GrantService
from lead_desktop.services.reports.report_service import ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))
SPRING = ReportFilter(date(2026, 3, 1), date(2026, 4, 30))


@pytest.fixture
def grants(program, staff, db):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    a = steps.active_case(program, staff, PROFILE, "Rivera", "Ana")
    b = steps.active_case(program, staff, PROFILE, "Okafor", "Lee")
    steps.note(program, cm, a.id, "called", contact_type="phone")
    spectrum = program.providers.add(cm, "Spectrum", levels_of_care=("detox",))
    referral = program.provider_referrals.draft(cm, a.id, spectrum, "detox")
    program.provider_referrals.step(sup, referral, "sent",
                                    StepInput(method="fax", override_reason="urgent"))
    program.provider_referrals.step(cm, referral, "accepted")
    program.clock.advance(days=6)
    program.provider_referrals.step(cm, referral, "admitted")
    program.clock.advance(days=9)
    program.cases.transition(sup, b.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-16", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.clock.advance(days=30)
    steps.eligible_case(program, staff, PROFILE, "Nguyen", "Kim")
    reports = ReportService(db, {PROFILE: bundled_profiles()[PROFILE]}, program.clock)
    return GrantService(reports)


def test_every_measure_matches_the_hand_count(grants, staff):
    report = grants.compute(staff[Role.SUPERVISOR], MARCH)
    assert {key: value for key, _, value in report.rows} == {
        "people_served": 2, "new_enrollments": 2, "active_at_end": 1, "contacts": 1,
        "treatment_admissions": 1, "completions": 0, "case_managers": 1,
        "average_caseload": 1.0, "housing_placements": 0, "rearrests": 0,
        "people_rearrested": 0}
    assert report.referrals_by_month == (("2026-03", 2),)
    spring = grants.compute(staff[Role.SUPERVISOR], SPRING)
    assert spring.referrals_by_month == (("2026-03", 2), ("2026-04", 1))
    # C is intake pending on 30 April: on a caseload, so served and carried
    assert dict((k, v) for k, _, v in spring.rows)["people_served"] == 3
    assert dict((k, v) for k, _, v in spring.rows)["average_caseload"] == 2.0


def test_the_template_chooses_the_measures_and_the_pdf_reads_back(grants, staff, db,
                                                                  tmp_path):
    sup = staff[Role.SUPERVISOR]
    with pytest.raises(PermissionDenied):
        grants.save_template(staff[Role.PROSECUTOR_REVIEWER], GrantTemplate())
    with pytest.raises(InvalidInput):
        grants.save_template(sup, GrantTemplate("State grant", "Quarterly", ()))
    grants.save_template(sup, GrantTemplate("Massachusetts EOPSS", "Quarterly report",
                                            ("people_served", "completions")))
    path = tmp_path / "grant.pdf"
    assert grants.export_pdf(staff[Role.PROSECUTOR_REVIEWER], MARCH, path) == 2
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        path.read_bytes())).pages)
    assert "Quarterly report: Massachusetts EOPSS" in text
    assert "03/01/2026 to 03/31/2026" in text
    assert "Unduplicated people served" in text and "Completions" in text
    assert "Active at the end" not in text
    assert "Rivera" not in text and "Okafor" not in text
    assert "Referrals per month" in text and "2026-03" in text
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.record_id) == ("export.pdf", "grant")
    details = json.loads(last.details)
    assert details["rows"] == 2 and details["measures"] == ["people_served", "completions"]
    with pytest.raises(InvalidInput, match="already exists"):
        grants.export_pdf(sup, MARCH, path)


def test_a_case_manager_cannot_make_the_program_report(grants, staff, tmp_path):
    with pytest.raises(PermissionDenied):
        grants.export_pdf(staff[Role.CASE_MANAGER], MARCH, tmp_path / "g.pdf")
    with pytest.raises(PermissionDenied):
        grants.export_pdf(staff[Role.OFFICER], MARCH, tmp_path / "g.pdf")
    assert not (tmp_path / "g.pdf").exists()
