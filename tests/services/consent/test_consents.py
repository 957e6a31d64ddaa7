"""Consent validity, §2.35 revocation, and the disclosure guard."""

import hashlib
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, DisclosureLogEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.consent.consent_service import (
    ConsentInput,
    ConsentMissing,
    ConsentService,
    Disclosure,
    Signature,
)
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.records import ValidationFailed
from tests.support.paper import attach_signed_copy

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


NOW = datetime(2026, 5, 1, 12, tzinfo=timezone.utc)
SCAN = hashlib.sha256(b"signed form").hexdigest()


@pytest.fixture
def consents(db, clock):
    return ConsentService(db, clock)


@pytest.fixture
def person_id(db, staff):
    return PersonService(db).create(staff[Role.CASE_MANAGER], PersonInput(
        "Rivera", "Ana", date(1990, 1, 1))).id


def data(person_id, **kw):
    base = dict(person_id=person_id, consent_type="part2_cj_referral",
                discloser="LEAD case management",
                recipients=({"name": "District Attorney", "address": "1 Court Sq"},
                            {"class": "treatment provider"}),
                information_description="Attendance and progress in treatment",
                purpose="Report participation to the DA", expires_on=date(2027, 5, 1),
                cj_revocable_after=date(2026, 11, 1))
    base.update(kw)
    return ConsentInput(**base)


def signed(consents, staff, person_id, **kw):
    cm = staff[Role.CASE_MANAGER]
    view = consents.record(cm, data(person_id, **kw))
    copy = attach_signed_copy(consents.db, consents.now, cm, view.id)
    return consents.activate(cm, view.id, Signature("Ana Rivera", NOW, "wet_ink_scanned", copy))


@pytest.mark.parametrize("change, field", [
    (dict(information_description="any and all records"), "information_description"),
    (dict(information_description="records"), "information_description"),
    (dict(purpose=" "), "purpose"),
    (dict(expires_on=None), "expires_on"),
    (dict(cj_revocable_after=None), "cj_revocable_after"),
    (dict(recipients=({"name": "Dr Who"},)), "recipients"),
    (dict(consent_type="blanket"), "consent_type"),
])
def test_required_elements(consents, staff, person_id, change, field):
    with pytest.raises(ValidationFailed) as caught:
        consents.record(staff[Role.CASE_MANAGER], data(person_id, **change))
    assert field in caught.value.problems


def test_draft_is_not_valid_until_signed_with_a_copy(consents, staff, person_id):
    cm = staff[Role.CASE_MANAGER]
    view = consents.record(cm, data(person_id))
    assert not view.valid_today and "not signed" in str(view.why_not_valid)
    with pytest.raises(ValidationFailed, match="scanned_copy"):
        consents.activate(cm, view.id, Signature("Ana Rivera", NOW, "wet_ink_scanned", ""))
    # a hash alone is not a signed copy: the copy must be attached to this consent
    with pytest.raises(ValidationFailed, match="attach the signed copy"):
        consents.activate(cm, view.id, Signature("Ana", NOW, "e_signature", SCAN))
    other = consents.record(cm, data(person_id))
    elsewhere = attach_signed_copy(consents.db, consents.now, cm, other.id)
    with pytest.raises(ValidationFailed, match="attach the signed copy"):
        consents.activate(cm, view.id, Signature("Ana", NOW, "e_signature", elsewhere))
    assert not consents.list_for_person(cm, person_id)[0].valid_today
    copy = attach_signed_copy(consents.db, consents.now, cm, view.id)
    assert consents.activate(cm, view.id, Signature("Ana", NOW, "e_signature", copy)).valid_today


def test_expiry(consents, staff, person_id, clock):
    signed(consents, staff, person_id, expires_on=date(2026, 6, 1))
    clock.now = datetime(2026, 6, 2, tzinfo=timezone.utc)
    [view] = consents.list_for_person(staff[Role.CASE_MANAGER], person_id)
    assert not view.valid_today and "expired on 2026-06-01" in str(view.why_not_valid)


def test_cj_consent_cannot_be_revoked_before_its_date(consents, staff, person_id, clock):
    view = signed(consents, staff, person_id)
    cm = staff[Role.CASE_MANAGER]
    with pytest.raises(InvalidInput, match="before 2026-11-01"):
        consents.revoke(cm, view.id, received_how="letter")
    clock.now = datetime(2026, 11, 2, tzinfo=timezone.utc)
    assert consents.revoke(cm, view.id, received_how="letter").status == "revoked"


def test_general_consent_revocation_blocks_later_disclosures(consents, staff, person_id):
    cm = staff[Role.CASE_MANAGER]
    view = signed(consents, staff, person_id, consent_type="part2_general",
                  cj_revocable_after=None)
    sent = (({"document": "progress letter", "sha256": SCAN}),)
    first = consents.disclose(cm, Disclosure(person_id, "District Attorney", "progress", sent))
    consents.revoke(cm, view.id, received_how="signed letter, scanned")
    with pytest.raises(ConsentMissing):
        consents.disclose(cm, Disclosure(person_id, "District Attorney", "progress", sent))
    with consents.db.read() as session:  # the earlier disclosure stands
        assert session.get(DisclosureLogEntry, first).consent_id == view.id


def test_guard_needs_the_recipient_named(consents, staff, person_id):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    signed(consents, staff, person_id)
    sent = ({"document": "summary", "sha256": SCAN},)
    with pytest.raises(ConsentMissing, match="Housing Authority"):
        consents.disclose(cm, Disclosure(person_id, "Housing Authority", "housing", sent))
    assert consents.disclose(cm, Disclosure(person_id, "Evergreen Recovery", "referral", sent,
                                            recipient_class="treatment provider"))
    with pytest.raises(PermissionDenied, match="supervisor"):
        consents.disclose(cm, Disclosure(person_id, "Housing Authority", "housing", sent,
                                         override_reason="emergency placement"))
    entry = consents.disclose(sup, Disclosure(person_id, "Housing Authority", "housing", sent,
                                              override_reason="emergency placement"))
    with consents.db.read() as session:
        assert session.get(DisclosureLogEntry, entry).override_reason == "emergency placement"
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.event == "disclosure" and '"override":true' in last.details


def test_part2_disclosure_needs_the_notice(consents, staff, person_id):
    signed(consents, staff, person_id)
    with pytest.raises(InvalidInput, match="2.32"):
        consents.disclose(staff[Role.CASE_MANAGER], Disclosure(
            person_id, "District Attorney", "x", ({"document": "d", "sha256": SCAN},),
            notice_2_32_attached=False))


def test_court_order_is_a_basis_without_consent(consents, staff, person_id):
    sent = ({"document": "records", "sha256": SCAN},)
    d = Disclosure(person_id, "Superior Court", "subpoena", sent, legal_basis="court_order")
    with pytest.raises(InvalidInput, match="citation"):
        consents.disclose(staff[Role.CASE_MANAGER], d)
    assert consents.disclose(staff[Role.CASE_MANAGER],
                             replace(d, legal_citation="Order 26-CR-118, §2.64"))


def test_clerk_reads_but_cannot_record_consents(consents, staff, person_id):
    signed(consents, staff, person_id)
    assert consents.list_for_person(staff[Role.CLERK], person_id)
    with pytest.raises(PermissionDenied):
        consents.record(staff[Role.CLERK], data(person_id))


def test_a_consent_step_on_a_version_changed_meanwhile_is_refused(consents, staff, person_id):
    from lead_desktop.services.records import StaleRecord

    cm = staff[Role.CASE_MANAGER]
    draft = consents.record(cm, data(person_id))
    seen = draft.row_version
    assert consents.edit_draft(cm, draft.id, data(person_id), seen).row_version == seen  # same
    consents.edit_draft(cm, draft.id, data(person_id, purpose="Housing help"), seen)
    with pytest.raises(StaleRecord):   # the old version's form cannot save over it
        consents.edit_draft(cm, draft.id, data(person_id, purpose="Mine"), seen)
    for step in (lambda: consents.revoke(cm, draft.id, received_how="letter",
                                         expected_version=seen),
                 lambda: consents.supersede(cm, draft.id, draft.id, expected_version=seen),
                 lambda: consents.activate(cm, draft.id, Signature(
                     "Ana Rivera", NOW, "wet_ink_scanned", SCAN), expected_version=seen)):
        with pytest.raises(StaleRecord):
            step()
    assert consents.draft(cm, draft.id)[0].purpose == "Housing help"
