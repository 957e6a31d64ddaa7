"""Where a person's consent stands (the chip of their header), from consents recorded,
signed, left to expire and revoked through the services."""

from datetime import timedelta

from lead_desktop.security.roles import Role
from lead_desktop.services.consent.consent_service import ConsentInput
from lead_desktop.services.consent.standing import ConsentStanding as C
from lead_desktop.services.consent.standing import consent_standing
from lead_desktop.services.labels import has_label
from tests.support import steps

ALERT_DAYS = 30  # the Seattle profile's consent alert window


def standing(program, cm, person_id):
    return consent_standing(program.consents.list_for_person(cm, person_id),
                            program.clock.now.date(), ALERT_DAYS)


def draft(program, cm, person_id):
    return program.consents.record(cm, ConsentInput(
        person_id=person_id, case_id=None, consent_type="part2_general",
        discloser="LEAD program case management",
        recipients=({"class": "treatment provider"},),
        information_description="Attendance, treatment plan progress and discharge status",
        purpose="Coordinate treatment",
        expires_on=program.clock.now.date() + timedelta(days=365)))


def test_none_then_a_draft_then_signed(program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, staff[Role.OFFICER])
    assert standing(program, cm, person.id) is C.NONE
    draft(program, cm, person.id)
    assert standing(program, cm, person.id) is C.DRAFT
    steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    assert standing(program, cm, person.id) is C.SIGNED   # a valid one wins over the draft


def test_a_signed_consent_expires_soon_then_expires(program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, staff[Role.OFFICER])
    steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])  # 365 days
    program.clock.advance(days=365 - ALERT_DAYS - 1)
    assert standing(program, cm, person.id) is C.SIGNED
    program.clock.advance(days=1)                          # 30 days left: the queue's window
    assert standing(program, cm, person.id) is C.EXPIRES_SOON
    program.clock.advance(days=ALERT_DAYS + 1)
    assert standing(program, cm, person.id) is C.EXPIRED


def test_a_revoked_consent(program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, staff[Role.OFFICER])
    consent = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    program.clock.advance(days=181)                        # §2.35: revocable after 180 days
    program.consents.revoke(cm, consent, received_how="in writing")
    assert standing(program, cm, person.id) is C.REVOKED


def test_each_standing_has_words():
    assert all(has_label("consent_standing", s.value) for s in C)
