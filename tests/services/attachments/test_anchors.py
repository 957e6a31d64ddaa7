"""Attachments on a summons, a provider referral and an officer's own referral: the
record resolves to its case and person, each role adds only where the matrix allows, and
the lists of one record show only that record's papers."""

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, Summons
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps
from tests.support.paper import picture, tiny_pdf


@pytest.fixture
def files(db, program):
    return AttachmentService(db, program.clock)


def _summons_case(program, staff):
    case = steps.active_case(program, staff, "wilmington-nc@1", "Okafor", "Lee")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED,
                             details={"incident_date": "2026-03-01", "description": "threat",
                                      "staff_involved": "CM"}, reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    return case


def test_a_court_paper_on_a_summons(db, files, program, staff):
    case = _summons_case(program, staff)
    with db.read() as session:
        summons_id = session.scalar(select(Summons.id).where(Summons.case_id == case.id))
    clerk, cm, officer = staff[Role.CLERK], staff[Role.CASE_MANAGER], staff[Role.OFFICER]
    on_summons = Anchor(summons_id=summons_id)
    added = files.add(clerk, "court_paper", tiny_pdf("Return of service"), on_summons,
                      title="Return of service")
    assert added.case_id == case.id and added.person_id == case.person_id
    files.add(clerk, "court_paper", tiny_pdf("Another notice"), Anchor(case_id=case.id),
              title="On the case")
    assert [v.id for v in files.list_for(clerk, on_summons)] == [added.id]
    assert [v.id for v in files.list_for(cm, on_summons)] == [added.id]  # read only
    for actor in (cm, officer):  # a case manager reads court papers; an officer sees status
        with pytest.raises(PermissionDenied):
            files.add(actor, "court_paper", tiny_pdf("x"), on_summons, title="x")
    assert files.list_for(officer, on_summons) == []
    with pytest.raises(InvalidInput):  # a summons and another case's id together
        other = steps.active_case(program, staff, "wilmington-nc@1", "Other", "Person")
        files.add(clerk, "court_paper", tiny_pdf("y"), Anchor(case_id=other.id,
                                                              summons_id=summons_id), title="y")
    with db.read() as session:
        listed = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "attachment.list", AuditEntry.record_type == "summons")).all()
    assert listed and all(entry.record_id == summons_id for entry in listed)


def test_a_discharge_summary_on_a_provider_referral(db, files, program, staff):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    cm, clerk, sup = staff[Role.CASE_MANAGER], staff[Role.CLERK], staff[Role.SUPERVISOR]
    clinic = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                   provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, case.id, clinic, "detox")
    on_referral = Anchor(provider_referral_id=referral)
    added = files.add(cm, "treatment_record", tiny_pdf("Discharge summary"), on_referral,
                      title="Discharge summary")
    assert added.case_id == case.id
    assert [v.id for v in files.list_for(cm, on_referral)] == [added.id]
    assert [v.id for v in files.list_for(sup, on_referral)] == [added.id]
    assert files.list_for(clerk, on_referral) == []  # clerks never see treatment records
    with pytest.raises(PermissionDenied):
        files.add(clerk, "treatment_record", tiny_pdf("x"), on_referral, title="x")
    with pytest.raises(InvalidInput):
        files.add(cm, "treatment_record", tiny_pdf("x"), Anchor(provider_referral_id="nope"),
                  title="x")


def test_an_officer_attaches_an_id_to_their_own_referral_only(db, files, program, staff):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    own = steps.arrest_referral(program, officer, person.id, "seattle-lead@1")
    photo = files.add(officer, "identity_document", picture("JPEG", gps=True),
                      Anchor(case_id=own.id), title="State ID (front)")
    assert photo.location_removed and photo.person_id == person.id
    assert [v.id for v in files.list_for(officer, Anchor(case_id=own.id))] == [photo.id]
    with pytest.raises(PermissionDenied):  # no court paper, no case paper for an officer
        files.add(officer, "case_paper", tiny_pdf("x"), Anchor(case_id=own.id), title="x")
    someone_else = steps.person(program, cm, "Other", "Person", dob=None)
    with pytest.raises(PermissionDenied):  # not a person the officer referred
        files.add(officer, "identity_document", picture("PNG", gps=False),
                  Anchor(person_id=someone_else.id), title="x")
