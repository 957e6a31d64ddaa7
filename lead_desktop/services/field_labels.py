"""The words of a record's fields, and which code list a field's value comes from, for the
screens that show fields by name (the merge dialog, the "someone else saved first" dialog).
Part of the one table of labels (services/labels.py merges "field" into LABELS); a field
not named here shows as written without underscores."""

from __future__ import annotations

from lead_desktop.services.messages import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    # a person
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Labels", "Middle name"),
    "suffix": QT_TRANSLATE_NOOP("Labels", "Suffix"),
    "dob": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "dob_estimated": QT_TRANSLATE_NOOP("Labels", "Date of birth estimated"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
    "gender_identity": QT_TRANSLATE_NOOP("Labels", "Gender identity"),
    "preferred_language": QT_TRANSLATE_NOOP("Labels", "Preferred language"),
    "needs_interpreter": QT_TRANSLATE_NOOP("Labels", "Needs an interpreter"),
    "ethnicity": QT_TRANSLATE_NOOP("Labels", "Ethnicity"),
    "race": QT_TRANSLATE_NOOP("Labels", "Race"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "unhoused": QT_TRANSLATE_NOOP("Labels", "Unhoused"),
    "usual_location": QT_TRANSLATE_NOOP("Labels", "Usual location"),
    "emergency_contact": QT_TRANSLATE_NOOP("Labels", "Emergency contact"),
    "safe_contact": QT_TRANSLATE_NOOP("Labels", "Safe to contact"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "aliases": QT_TRANSLATE_NOOP("Labels", "Aliases"),
    "identifiers": QT_TRANSLATE_NOOP("Labels", "Identifiers"),
    # a case, a step, a referral
    "state": QT_TRANSLATE_NOOP("Labels", "State"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "signed_at": QT_TRANSLATE_NOOP("Labels", "Signed"),
    "voided": QT_TRANSLATE_NOOP("Labels", "Removed"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "Attendance"),
    # a note
    "contact_at": QT_TRANSLATE_NOOP("Labels", "Contact date and time"),
    "duration_min": QT_TRANSLATE_NOOP("Labels", "Minutes"),
    "contact_type": QT_TRANSLATE_NOOP("Labels", "Type of contact"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "location": QT_TRANSLATE_NOOP("Labels", "Place"),
    "participants_present": QT_TRANSLATE_NOOP("Labels", "Who was there"),
    "part2": QT_TRANSLATE_NOOP("Labels", "Part 2 (treatment) note"),
    "counseling_note": QT_TRANSLATE_NOOP("Labels", "Counseling note"),
    "needs_addressed": QT_TRANSLATE_NOOP("Labels", "Needs addressed"),
    # an intake
    "intake_started": QT_TRANSLATE_NOOP("Labels", "Intake started"),
    "intake_completed": QT_TRANSLATE_NOOP("Labels", "Intake completed"),
    "domains": QT_TRANSLATE_NOOP("Labels", "Domains"),
    "immediate_needs": QT_TRANSLATE_NOOP("Labels", "Immediate needs"),
    "action_taken": QT_TRANSLATE_NOOP("Labels", "Action taken"),
    # a consent
    "consent_type": QT_TRANSLATE_NOOP("Labels", "Type of consent"),
    "discloser": QT_TRANSLATE_NOOP("Labels", "Who discloses"),
    "information_description": QT_TRANSLATE_NOOP("Labels", "What may be disclosed"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "Purpose"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "expires_on": QT_TRANSLATE_NOOP("Labels", "Expires on"),
    "expires_event": QT_TRANSLATE_NOOP("Labels", "Expires at the event"),
    "cj_revocable_after": QT_TRANSLATE_NOOP("Labels", "Revocable after"),
    "cj_revocable_after_event": QT_TRANSLATE_NOOP("Labels", "Revocable after the event"),
    "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
    "recipients": QT_TRANSLATE_NOOP("Labels", "Recipients"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "Person"),
    "case_id": QT_TRANSLATE_NOOP("Labels", "Case"),
}

# the code list a field's value is a code of (its words: the label of that kind)
_VALUE_KINDS = {
    "preferred_language": "language", "language": "language", "state": "state",
    "contact_type": "contact_type", "consent_type": "consent_type",
    "attendance": "attendance", "needs_addressed": "domain", "domains": "domain",
    "sex": "sex",
}
# "status" means another list on each kind of record (StaleRecord.record_type)
_STATUS_KINDS = {"consent": "consent_status", "plan goal": "goal_status",
                 "provider referral": "provider_referral_status"}


def value_kind(field: str, record_type: str | None = None) -> str | None:
    """The label kind of a field's value, or None when the value is not a code."""
    if field == "status":
        return _STATUS_KINDS.get(record_type or "")
    return _VALUE_KINDS.get(field)
