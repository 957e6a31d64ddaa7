"""The words of workflow.md and forms.md as enums: states, referral types, models."""

from __future__ import annotations

from enum import Enum


class CaseState(str, Enum):
    REFERRED = "referred"
    ELIGIBILITY_REVIEW = "eligibility_review"
    WAITLISTED = "waitlisted"
    INTAKE_PENDING = "intake_pending"
    ACTIVE = "active"
    #: A participant waiting for a provider's treatment slot (Charleston: waitlists).
    AWAITING_TREATMENT = "awaiting_treatment"
    LOST_CONTACT = "lost_contact"
    COMPLIANCE_REVIEW = "compliance_review"
    DECLINED_OFFER = "declined_offer"
    INELIGIBLE = "ineligible"
    COMPLETED = "completed"
    REFERRED_FOR_CHARGES = "referred_for_charges"
    DISQUALIFIED = "disqualified"
    REMOVED = "removed"
    EXITED = "exited"

    @property
    def terminal(self) -> bool:
        return self in TERMINAL_STATES

    @property
    def open(self) -> bool:
        return not self.terminal


TERMINAL_STATES = frozenset({
    CaseState.DECLINED_OFFER, CaseState.INELIGIBLE, CaseState.COMPLETED,
    CaseState.REFERRED_FOR_CHARGES, CaseState.DISQUALIFIED, CaseState.REMOVED, CaseState.EXITED,
})
OPEN_STATES = frozenset(CaseState) - TERMINAL_STATES


class ReferralType(str, Enum):
    ARREST_DIVERSION = "arrest_diversion"
    SOCIAL_CONTACT = "social_contact"
    COMMUNITY = "community"


class ComplianceModel(str, Enum):
    HARM_REDUCTION = "harm_reduction"
    COMPLIANCE = "compliance"


class NoncomplianceOutcome(str, Enum):
    SUMMONS = "summons"
    DISQUALIFY = "disqualify"
    NONE = "none"


class Proposer(str, Enum):
    """Who proposed a transition: a person, or one of the timers of workflow.md §4."""

    PERSON = "person"
    TIMER = "timer"
