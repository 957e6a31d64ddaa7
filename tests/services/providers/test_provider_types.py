"""A provider's type is one of the classes a consent names recipients by, so a consent to
the class covers it; its details change with the version shown."""

import pytest

from lead_desktop.documents.choices import choices
from lead_desktop.errors import ConflictError, InvalidInput
from lead_desktop.security.roles import Role
from lead_desktop.services.providers.provider_details import ProviderDetails
from lead_desktop.services.providers.provider_types import PROVIDER_TYPES


def test_every_provider_type_is_a_recipient_class_of_the_consent_form():
    classes = {entry["en"] for entry in choices("recipient_class")}
    assert set(PROVIDER_TYPES) <= classes


def test_a_type_no_consent_could_name_is_refused(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    with pytest.raises(InvalidInput, match="treatment provider"):
        program.providers.add(cm, "Evergreen", provider_type="rehab place")
    evergreen = program.providers.add(cm, "Evergreen", provider_type=" ")
    details = ProviderDetails(db, program.clock)
    assert details.all(cm)[evergreen].provider_type is None
    with pytest.raises(InvalidInput):
        details.change(cm, evergreen, provider_type="rehab place", address=None, phone=None,
                       contact_person=None)


def test_details_saved_meanwhile_elsewhere_are_not_overwritten_unseen(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    evergreen = program.providers.add(cm, "Evergreen")
    details = ProviderDetails(db, program.clock)
    shown = details.all(cm)[evergreen]
    details.change(cm, evergreen, provider_type="treatment provider", address="12 Pine St",
                   phone=None, contact_person=None, expected_version=shown.row_version)
    with pytest.raises(ConflictError):
        details.change(cm, evergreen, provider_type="housing provider", address=None,
                       phone=None, contact_person=None, expected_version=shown.row_version)
    now = details.all(cm)[evergreen]
    assert (now.provider_type, now.address) == ("treatment provider", "12 Pine St")
