"""Human words for every code the screens show: one table, Qt-free.

The rules keep their codes (`intake_pending`, `missed_appointment_limit`); a person reads
the label. Each label is marked for Qt's lupdate (context "Labels") so the UI shows it in
the user's language through ui/labels.py. A test walks every code list of the rules and
fails when a code has no label here.
"""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.services.audit_labels import AUDIT_LABELS
from lead_desktop.services.field_labels import FIELD_LABELS
from lead_desktop.services.messages import QT_TRANSLATE_NOOP

# Kinds of code, each a table code -> English label.
LABELS: dict[str, dict[str, str]] = {
    "state": {
        "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
        "eligibility_review": QT_TRANSLATE_NOOP("Labels", "Eligibility review"),
        "waitlisted": QT_TRANSLATE_NOOP("Labels", "On the waitlist"),
        "intake_pending": QT_TRANSLATE_NOOP("Labels", "Waiting for intake"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "awaiting_treatment": QT_TRANSLATE_NOOP("Labels", "Awaiting treatment"),
        "lost_contact": QT_TRANSLATE_NOOP("Labels", "Lost contact"),
        "compliance_review": QT_TRANSLATE_NOOP("Labels", "Compliance review"),
        "declined_offer": QT_TRANSLATE_NOOP("Labels", "Declined the offer"),
        "ineligible": QT_TRANSLATE_NOOP("Labels", "Not eligible"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "referred_for_charges": QT_TRANSLATE_NOOP("Labels", "Referred for charges"),
        "disqualified": QT_TRANSLATE_NOOP("Labels", "Disqualified"),
        "removed": QT_TRANSLATE_NOOP("Labels", "Removed"),
        "exited": QT_TRANSLATE_NOOP("Labels", "Exited"),
    },
    "referral_type": {
        "arrest_diversion": QT_TRANSLATE_NOOP("Labels", "Arrest diversion"),
        "social_contact": QT_TRANSLATE_NOOP("Labels", "Social contact"),
        "community": QT_TRANSLATE_NOOP("Labels", "Community referral"),
    },
    "proposer": {
        "person": QT_TRANSLATE_NOOP("Labels", "Staff"),
        "timer": QT_TRANSLATE_NOOP("Labels", "Program deadline (automatic)"),
    },
    "eligibility_reason": {
        "quantity": QT_TRANSLATE_NOOP("Labels", "Quantity over the limit"),
        "distribution": QT_TRANSLATE_NOOP("Labels", "Signs of distribution"),
        "violent_history": QT_TRANSLATE_NOOP("Labels", "Violent history"),
        "record_length": QT_TRANSLATE_NOOP("Labels", "Length of record"),
        "age": QT_TRANSLATE_NOOP("Labels", "Age"),
        "catchment": QT_TRANSLATE_NOOP("Labels", "Outside the catchment area"),
        "probation_parole": QT_TRANSLATE_NOOP("Labels", "On probation or parole"),
        "treatment_court": QT_TRANSLATE_NOOP("Labels", "Open treatment-court case"),
        "protective_order": QT_TRANSLATE_NOOP("Labels", "Protective order"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "decision": {
        "eligible": QT_TRANSLATE_NOOP("Labels", "Eligible"),
        "ineligible": QT_TRANSLATE_NOOP("Labels", "Not eligible"),
        "eligible_with_override": QT_TRANSLATE_NOOP("Labels", "Eligible (override)"),
    },
    "distribution": {
        "none": QT_TRANSLATE_NOOP("Labels", "None seen"),
        "subsistence": QT_TRANSLATE_NOOP("Labels", "For subsistence"),
        "above_subsistence": QT_TRANSLATE_NOOP("Labels", "Beyond subsistence"),
    },
    "history_source": {
        "state_repository": QT_TRANSLATE_NOOP("Labels", "State criminal-records repository"),
        "iii": QT_TRANSLATE_NOOP("Labels", "Interstate Identification Index (III)"),
        "local_rms": QT_TRANSLATE_NOOP("Labels", "Local records system"),
        "courts": QT_TRANSLATE_NOOP("Labels", "Court records"),
    },
    "history_result": {
        "no_disqualifying_history": QT_TRANSLATE_NOOP("Labels", "No disqualifying history"),
        "disqualifying_history": QT_TRANSLATE_NOOP("Labels", "Disqualifying history"),
        "incomplete": QT_TRANSLATE_NOOP("Labels", "Incomplete"),
    },
    "compliance_trigger": {
        "intake_deadline_missed": QT_TRANSLATE_NOOP("Labels", "Intake deadline missed"),
        "missed_appointment_limit": QT_TRANSLATE_NOOP("Labels", "Too many missed appointments"),
        "not_completed_by_deadline": QT_TRANSLATE_NOOP("Labels", "Not completed by the deadline"),
        "withdrawal": QT_TRANSLATE_NOOP("Labels", "Withdrew from the program"),
    },
    "exit_type": {
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "declined_to_continue": QT_TRANSLATE_NOOP("Labels", "Declined to continue"),
        "lost_contact": QT_TRANSLATE_NOOP("Labels", "Lost contact"),
        "disqualified": QT_TRANSLATE_NOOP("Labels", "Disqualified"),
        "removed_violence_threat": QT_TRANSLATE_NOOP("Labels", "Removed (violence or threat)"),
        "moved": QT_TRANSLATE_NOOP("Labels", "Moved away"),
        "died": QT_TRANSLATE_NOOP("Labels", "Died"),
        "incarcerated_other_case": QT_TRANSLATE_NOOP("Labels", "Incarcerated on another case"),
        "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
        "administrative": QT_TRANSLATE_NOOP("Labels", "Administrative"),
    },
    "contact_type": {
        "street": QT_TRANSLATE_NOOP("Labels", "Street"),
        "office": QT_TRANSLATE_NOOP("Labels", "Office"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "text": QT_TRANSLATE_NOOP("Labels", "Text message"),
        "home_visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
        "jail_visit": QT_TRANSLATE_NOOP("Labels", "Jail visit"),
        "provider": QT_TRANSLATE_NOOP("Labels", "At a provider"),
        "collateral": QT_TRANSLATE_NOOP("Labels", "Collateral contact"),
        "attempt_no_contact": QT_TRANSLATE_NOOP("Labels", "Attempt, no contact"),
    },
    "consent_type": {
        "part2_general": QT_TRANSLATE_NOOP("Labels", "Part 2 general consent"),
        "part2_tpo": QT_TRANSLATE_NOOP("Labels", "Part 2 treatment, payment and operations"),
        "part2_cj_referral": QT_TRANSLATE_NOOP("Labels", "Part 2 criminal-justice referral"),
        "hipaa_authorization": QT_TRANSLATE_NOOP("Labels", "HIPAA authorization"),
        "program_roi": QT_TRANSLATE_NOOP("Labels", "Program release of information"),
        "counseling_notes": QT_TRANSLATE_NOOP("Labels", "Counseling notes"),
        "legal_proceedings": QT_TRANSLATE_NOOP("Labels", "Legal proceedings"),
    },
    "consent_status": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "active": QT_TRANSLATE_NOOP("Labels", "Signed"),
        "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
        "superseded": QT_TRANSLATE_NOOP("Labels", "Replaced by a newer consent"),
    },
    "language": {
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
        "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
    },
    "role": {
        "officer": QT_TRANSLATE_NOOP("Labels", "Officer"),
        "case_manager": QT_TRANSLATE_NOOP("Labels", "Case manager"),
        "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
        "prosecutor_reviewer": QT_TRANSLATE_NOOP("Labels", "Prosecutor reviewer"),
        "clerk": QT_TRANSLATE_NOOP("Labels", "Clerk"),
        "evaluator": QT_TRANSLATE_NOOP("Labels", "Evaluator"),
        "administrator": QT_TRANSLATE_NOOP("Labels", "Administrator"),
        "auditor": QT_TRANSLATE_NOOP("Labels", "Auditor"),
    },
    "level_of_care": {
        "detox": QT_TRANSLATE_NOOP("Labels", "Detox"),
        "residential": QT_TRANSLATE_NOOP("Labels", "Residential treatment"),
        "intensive_outpatient": QT_TRANSLATE_NOOP("Labels", "Intensive outpatient"),
        "outpatient": QT_TRANSLATE_NOOP("Labels", "Outpatient"),
        "mat_methadone": QT_TRANSLATE_NOOP("Labels", "Medication: methadone"),
        "mat_buprenorphine": QT_TRANSLATE_NOOP("Labels", "Medication: buprenorphine"),
        "mat_naltrexone": QT_TRANSLATE_NOOP("Labels", "Medication: naltrexone"),
        "recovery_support": QT_TRANSLATE_NOOP("Labels", "Recovery support"),
        "mental_health": QT_TRANSLATE_NOOP("Labels", "Mental health"),
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "benefits": QT_TRANSLATE_NOOP("Labels", "Benefits"),
        "id_documents": QT_TRANSLATE_NOOP("Labels", "ID documents"),
        "employment": QT_TRANSLATE_NOOP("Labels", "Employment"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "provider_referral_status": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "waitlisted": QT_TRANSLATE_NOOP("Labels", "On the waitlist"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "admitted": QT_TRANSLATE_NOOP("Labels", "Admitted"),
        "attending": QT_TRANSLATE_NOOP("Labels", "Attending"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "discharged": QT_TRANSLATE_NOOP("Labels", "Discharged"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Canceled"),
    },
    # why a provider declined a referral, or why treatment ended (provider follow-up)
    "decline_reason": {
        "no_capacity": QT_TRANSLATE_NOOP("Labels", "No capacity"),
        "not_appropriate": QT_TRANSLATE_NOOP("Labels", "Not the right level of care"),
        "insurance": QT_TRANSLATE_NOOP("Labels", "Insurance"),
        "no_show": QT_TRANSLATE_NOOP("Labels", "Did not come"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "discharge_reason": {
        "left_early": QT_TRANSLATE_NOOP("Labels", "Left early"),
        "left_against_advice": QT_TRANSLATE_NOOP("Labels", "Left against advice"),
        "administrative": QT_TRANSLATE_NOOP("Labels", "Administrative discharge"),
        "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
        "incarcerated": QT_TRANSLATE_NOOP("Labels", "Jailed"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "provider_type": {  # stored as the consent's recipient class (providers/provider_types.py)
        "treatment provider": QT_TRANSLATE_NOOP("Labels", "Treatment provider"),
        "housing provider": QT_TRANSLATE_NOOP("Labels", "Housing provider"),
        "primary care provider": QT_TRANSLATE_NOOP("Labels", "Primary care provider"),
    },
    "appointment_kind": {
        "provider": QT_TRANSLATE_NOOP("Labels", "Provider"),
        "case_manager": QT_TRANSLATE_NOOP("Labels", "Case manager"),
        "court": QT_TRANSLATE_NOOP("Labels", "Court"),
        "benefits": QT_TRANSLATE_NOOP("Labels", "Benefits"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "attendance": {
        "attended": QT_TRANSLATE_NOOP("Labels", "Attended"),
        "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
        "excused": QT_TRANSLATE_NOOP("Labels", "Excused"),
        "cancelled_by_provider": QT_TRANSLATE_NOOP("Labels", "Canceled by the provider"),
        "rescheduled": QT_TRANSLATE_NOOP("Labels", "Rescheduled"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not known yet"),
    },
    "domain": {
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "income_benefits": QT_TRANSLATE_NOOP("Labels", "Income and benefits"),
        "employment_education": QT_TRANSLATE_NOOP("Labels", "Employment and education"),
        "substance_use": QT_TRANSLATE_NOOP("Labels", "Substance use"),
        "mental_health": QT_TRANSLATE_NOOP("Labels", "Mental health"),
        "physical_health": QT_TRANSLATE_NOOP("Labels", "Physical health"),
        "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
        "id_documents": QT_TRANSLATE_NOOP("Labels", "ID documents"),
        "safety": QT_TRANSLATE_NOOP("Labels", "Safety"),
        "family_children": QT_TRANSLATE_NOOP("Labels", "Family and children"),
        "transport": QT_TRANSLATE_NOOP("Labels", "Transportation"),
    },
    "goal_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "progressing": QT_TRANSLATE_NOOP("Labels", "Progressing"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met"),
        "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    },
    "horizon": {
        "immediate": QT_TRANSLATE_NOOP("Labels", "Immediate"),
        "long_term": QT_TRANSLATE_NOOP("Labels", "Long term"),
    },
    "housing": {
        "unsheltered": QT_TRANSLATE_NOOP("Labels", "Unsheltered"),
        "emergency_shelter": QT_TRANSLATE_NOOP("Labels", "Emergency shelter"),
        "temporary": QT_TRANSLATE_NOOP("Labels", "Temporary housing"),
        "permanent": QT_TRANSLATE_NOOP("Labels", "Permanent housing"),
        "institution": QT_TRANSLATE_NOOP("Labels", "Institution"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    "employment": {
        "none": QT_TRANSLATE_NOOP("Labels", "None"),
        "job_search_training": QT_TRANSLATE_NOOP("Labels", "Looking for work or in training"),
        "informal_or_part_time": QT_TRANSLATE_NOOP("Labels", "Informal or part-time work"),
        "full_time": QT_TRANSLATE_NOOP("Labels", "Full-time work"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    "income": {
        "none": QT_TRANSLATE_NOOP("Labels", "None"),
        "wages": QT_TRANSLATE_NOOP("Labels", "Wages"),
        "SSI_SSDI": QT_TRANSLATE_NOOP("Labels", "SSI or SSDI"),
        "SNAP": QT_TRANSLATE_NOOP("Labels", "SNAP (food)"),
        "TANF_cash": QT_TRANSLATE_NOOP("Labels", "TANF cash aid"),
        "Medicaid": QT_TRANSLATE_NOOP("Labels", "Medicaid"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other income"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
    "summons_status": {
        "drafted": QT_TRANSLATE_NOOP("Labels", "Drafted, to print"),
        "printed": QT_TRANSLATE_NOOP("Labels", "Printed"),
        "filed": QT_TRANSLATE_NOOP("Labels", "Filed with the court"),
        "issued": QT_TRANSLATE_NOOP("Labels", "Issued"),
        "served": QT_TRANSLATE_NOOP("Labels", "Served"),
        "returned_unserved": QT_TRANSLATE_NOOP("Labels", "Returned unserved"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    "work_item": {
        "new_referral": QT_TRANSLATE_NOOP("Labels", "New referral"),
        "intake_due": QT_TRANSLATE_NOOP("Labels", "Intake due"),
        "compliance_review": QT_TRANSLATE_NOOP("Labels", "Compliance review"),
        "compliance_decision": QT_TRANSLATE_NOOP("Labels", "Compliance decision"),
        "proposal": QT_TRANSLATE_NOOP("Labels", "Proposal to decide"),
        "appointment": QT_TRANSLATE_NOOP("Labels", "Appointment"),
        "attendance_missing": QT_TRANSLATE_NOOP("Labels", "Attendance not recorded"),
        "lost_contact": QT_TRANSLATE_NOOP("Labels", "Lost contact"),
        "no_contact": QT_TRANSLATE_NOOP("Labels", "No recent contact"),
        "new_arrest": QT_TRANSLATE_NOOP("Labels", "New arrest"),
        "da_decision": QT_TRANSLATE_NOOP("Labels", "Eligibility review"),
        "draft_note": QT_TRANSLATE_NOOP("Labels", "Draft note"),
        "caseload_over": QT_TRANSLATE_NOOP("Labels", "Caseload over the target"),
        "completion_notice": QT_TRANSLATE_NOOP("Labels", "Completion notice"),
        "program_waitlist": QT_TRANSLATE_NOOP("Labels", "Program waitlist"),
        "provider_no_reply": QT_TRANSLATE_NOOP("Labels", "Provider has not replied"),
        "provider_waitlisted": QT_TRANSLATE_NOOP("Labels", "On a provider's waitlist"),
        "consent_expiring": QT_TRANSLATE_NOOP("Labels", "Consent expiring"),
        "consent_invalid": QT_TRANSLATE_NOOP("Labels", "Consent not valid"),
        "snapshot_due": QT_TRANSLATE_NOOP("Labels", "Monthly snapshot due"),
        "evaluation_lookup": QT_TRANSLATE_NOOP("Labels", "Evaluation look-up due"),
        "my_referral": QT_TRANSLATE_NOOP("Labels", "My referral"),
        "da_review": QT_TRANSLATE_NOOP("Labels", "Eligibility review waiting"),
        "da_review_overdue": QT_TRANSLATE_NOOP("Labels", "Eligibility review overdue"),
    },
    # how urgent a row is (services/urgency.py): the word on its colored chip
    "urgency": {
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
        "due_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
        "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
    },
    # a record someone else saved first (services/records.StaleRecord), inside a sentence
    "saved_record": {
        "person": QT_TRANSLATE_NOOP("Labels", "Person"),
        "case": QT_TRANSLATE_NOOP("Labels", "Case"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
        "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
        "plan goal": QT_TRANSLATE_NOOP("Labels", "Plan goal"),
        "provider": QT_TRANSLATE_NOOP("Labels", "Provider"),
        "provider referral": QT_TRANSLATE_NOOP("Labels", "Provider referral"),
        "appointment": QT_TRANSLATE_NOOP("Labels", "Appointment"),
        "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
        "summons": QT_TRANSLATE_NOOP("Labels", "Summons"),
        "eligibility answer": QT_TRANSLATE_NOOP("Labels", "Eligibility answer"),
        "criminal-history check": QT_TRANSLATE_NOOP("Labels", "Criminal-history check"),
        "court": QT_TRANSLATE_NOOP("Labels", "Court"),
        "agency": QT_TRANSLATE_NOOP("Labels", "Agency"),
        "provider": QT_TRANSLATE_NOOP("Labels", "Provider"),
    },
    # the consent chip of a person's header (services/consent/standing.py)
    "consent_standing": {
        "signed": QT_TRANSLATE_NOOP("Labels", "Consent signed"),
        "expires_soon": QT_TRANSLATE_NOOP("Labels", "Consent expires soon"),
        "draft": QT_TRANSLATE_NOOP("Labels", "Consent not signed yet"),
        "revoked": QT_TRANSLATE_NOOP("Labels", "Consent revoked"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Consent expired"),
        "none": QT_TRANSLATE_NOOP("Labels", "No consent"),
    },
    "justice_event": {
        "arrest": QT_TRANSLATE_NOOP("Labels", "Arrest"),
        "citation": QT_TRANSLATE_NOOP("Labels", "Citation"),
        "booking": QT_TRANSLATE_NOOP("Labels", "Booking"),
        "charge_filed": QT_TRANSLATE_NOOP("Labels", "Charge filed"),
        "disposition": QT_TRANSLATE_NOOP("Labels", "Disposition"),
        "jail_release": QT_TRANSLATE_NOOP("Labels", "Release from jail"),
        "warrant": QT_TRANSLATE_NOOP("Labels", "Warrant"),
        "prison_admission": QT_TRANSLATE_NOOP("Labels", "Prison admission"),
    },
    # a disclosure made without a consent, on another legal basis (consent_service.py)
    "legal_basis": {
        "court_order": QT_TRANSLATE_NOOP("Labels", "Court order"),
        "medical_emergency": QT_TRANSLATE_NOOP("Labels", "Medical emergency"),
        "audit": QT_TRANSLATE_NOOP("Labels", "Audit"),
    },
    # the program's code lists an administrator keeps (program/code_lists.py)
    "code_list": {
        "offense": QT_TRANSLATE_NOOP("Labels", "Offense"),
        "exit_reason": QT_TRANSLATE_NOOP("Labels", "Exit reason"),
        "contact_type": QT_TRANSLATE_NOOP("Labels", "Contact type"),
        "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
        "employment": QT_TRANSLATE_NOOP("Labels", "Employment"),
    },
    "identifier_kind": {  # models/person.py IDENTIFIER_KINDS (a duplicate's "same State ID")
        "state_id": QT_TRANSLATE_NOOP("Labels", "State ID"),
        "drivers_license": QT_TRANSLATE_NOOP("Labels", "Driver's license"),
        "sid": QT_TRANSLATE_NOOP("Labels", "SID"),
        "fbi": QT_TRANSLATE_NOOP("Labels", "FBI number"),
        "booking": QT_TRANSLATE_NOOP("Labels", "Booking number"),
        "medicaid": QT_TRANSLATE_NOOP("Labels", "Medicaid number"),
        "ssn_last4": QT_TRANSLATE_NOOP("Labels", "SSN (last 4)"),
    },
    "data_class": {  # the rows of the permission matrix (security/roles.Data), in refusals
        "referral_entry": QT_TRANSLATE_NOOP("Labels", "Referral entry"),
        "case_status": QT_TRANSLATE_NOOP("Labels", "Case status"),
        "case_summary": QT_TRANSLATE_NOOP("Labels", "Case summary"),
        "identity": QT_TRANSLATE_NOOP("Labels", "Identity"),
        "eligibility": QT_TRANSLATE_NOOP("Labels", "Eligibility"),
        "intake_plan_notes": QT_TRANSLATE_NOOP("Labels", "Intake plan notes"),
        "part2_notes": QT_TRANSLATE_NOOP("Labels", "Part 2 notes"),
        "consents": QT_TRANSLATE_NOOP("Labels", "Consents"),
        "provider_referrals": QT_TRANSLATE_NOOP("Labels", "Provider referrals"),
        "snapshots_events": QT_TRANSLATE_NOOP("Labels", "Snapshots and events"),
        "summons": QT_TRANSLATE_NOOP("Labels", "Summons"),
        "reports": QT_TRANSLATE_NOOP("Labels", "Reports"),
        "configuration": QT_TRANSLATE_NOOP("Labels", "Configuration"),
        "accounts": QT_TRANSLATE_NOOP("Labels", "Accounts"),
        "audit_log": QT_TRANSLATE_NOOP("Labels", "Audit log"),
    },
    # the kinds of paper attached (services/attachments/kinds.py), inside a refusal
    "attachment_kind": {
        "identity_document": QT_TRANSLATE_NOOP("Labels", "Identity document"),
        "court_paper": QT_TRANSLATE_NOOP("Labels", "Court paper"),
        "signed_consent": QT_TRANSLATE_NOOP("Labels", "Signed consent or revocation"),
        "treatment_record": QT_TRANSLATE_NOOP("Labels", "Treatment record (Part 2)"),
        "case_paper": QT_TRANSLATE_NOOP("Labels", "Case paper (benefits, housing, letters)"),
        "signed_agreement": QT_TRANSLATE_NOOP("Labels", "Signed participation agreement"),
    },
    "offense_level": {  # care/outcome_service.py LEVELS
        "felony": QT_TRANSLATE_NOOP("Labels", "Felony"),
        "misdemeanor": QT_TRANSLATE_NOOP("Labels", "Misdemeanor"),
        "violation": QT_TRANSLATE_NOOP("Labels", "Violation"),
    },
    "lookup_window": {  # care/outcome_service.py WINDOWS: how long after entry
        "6_months": QT_TRANSLATE_NOOP("Labels", "6 months"),
        "18_months": QT_TRANSLATE_NOOP("Labels", "18 months"),
        "2_years": QT_TRANSLATE_NOOP("Labels", "2 years"),
    },
    "sex": {  # people/records.py SEXES, as recorded
        "F": QT_TRANSLATE_NOOP("Labels", "Female"),
        "M": QT_TRANSLATE_NOOP("Labels", "Male"),
        "X": QT_TRANSLATE_NOOP("Labels", "X"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
    },
}
LABELS.update(AUDIT_LABELS)  # the audit log's events, records and outcomes
LABELS["field"] = FIELD_LABELS  # the words of record fields (services/field_labels.py)


def label(kind: str, code: str | None) -> str:
    """The English label of a code; a code the table does not know (a value typed by a
    person, a newer code) shows as written, without underscores."""
    if not code:
        return ""
    return LABELS.get(kind, {}).get(code) or code.replace("_", " ")


def has_label(kind: str, code: str) -> bool:
    return code in LABELS.get(kind, {})


@dataclass(frozen=True)
class Coded:
    """A code inside a message (services/messages.py): English words as text; the UI
    shows its label in the user's language (ui/messages.py)."""

    kind: str
    code: str

    def __str__(self) -> str:
        return label(self.kind, self.code)
