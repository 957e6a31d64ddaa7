"""SQLAlchemy 2.0 typed entities. No Qt, no services: tables and their columns only.

Importing this package registers every table on `Base.metadata` (alembic relies on it).
"""

from lead_desktop.models.accounts import PasswordHistory, User
from lead_desktop.models.attachments import Attachment, AttachmentChunk
from lead_desktop.models.audit import AuditEntry
from lead_desktop.models.base import Base
from lead_desktop.models.care import CaseNote, IntakeAssessment, PlanGoal
from lead_desktop.models.case import Case, CaseTransition, Referral
from lead_desktop.models.consent import Consent, DisclosureLogEntry
from lead_desktop.models.database_info import DatabaseInfo
from lead_desktop.models.directory import Agency, Court, Lease, ProgramSetting
from lead_desktop.models.documents import AgencyTemplateRecord, GeneratedDocument
from lead_desktop.models.eligibility import ChecklistRow, EligibilityReview
from lead_desktop.models.merge import NotSamePerson, PersonMerge
from lead_desktop.models.outcomes import ExitRecord, JusticeEvent, JusticeLookup, OutcomeSnapshot
from lead_desktop.models.person import Person, PersonAlias, PersonIdentifier, PersonNameKey
from lead_desktop.models.presence import WorkstationPresence
from lead_desktop.models.program import CodeEntry, Holiday, ProfileVersion
from lead_desktop.models.proposals import CaseProposal
from lead_desktop.models.providers import (
    Appointment,
    Provider,
    ProviderCapacity,
    ProviderReferral,
    ProviderReferralEvent,
)
from lead_desktop.models.summons import Summons

__all__ = [
    "Base", "DatabaseInfo", "User", "PasswordHistory", "AuditEntry",
    "Person", "PersonAlias", "PersonIdentifier", "PersonNameKey", "Referral", "Case", "CaseTransition",
    "EligibilityReview", "ChecklistRow", "Consent", "DisclosureLogEntry",
    "IntakeAssessment", "PlanGoal", "CaseNote",
    "Provider", "ProviderCapacity", "ProviderReferral", "ProviderReferralEvent", "Appointment",
    "OutcomeSnapshot", "JusticeEvent", "ExitRecord", "Summons", "PersonMerge", "NotSamePerson",
    "GeneratedDocument", "AgencyTemplateRecord", "WorkstationPresence", "JusticeLookup",
    "Court", "Agency", "ProgramSetting", "Lease", "CaseProposal", "Attachment",
    "AttachmentChunk", "ProfileVersion", "Holiday", "CodeEntry",
]
