"""What a person window reads, gathered in one place so it can run off the UI thread
(issue 16: a case of 2,000 notes opened with about ten audited reads on the UI thread, a
longest stall of a second). No widgets here: `read_first` runs on the thread pool and hands
plain values to the window; `read_case` is the same reading of the case after a step.
Every read goes through the same service (audited) as before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data, Role


@dataclass(frozen=True)
class Parts:
    """The parts of the window this role sees for this person and case."""
    history: bool       # the case's history, the steps and the timeline
    referral: bool      # the referral as entered and the eligibility decision
    notes: bool
    consents: bool
    followup: bool
    plan: bool
    justice: bool
    documents: bool
    attachments: bool
    proposals: bool
    in_caseload: bool


def parts_for(services, actor: Actor, case) -> Parts:
    from lead_desktop.services.attachments.kinds import KINDS

    has_case = case is not None
    # A case manager works on their own caseload only (security.md); a case not handed
    # off yet shows its status, and the hand-off, until it is theirs.
    in_caseload = case is None or actor.role is not Role.CASE_MANAGER or \
        case.case_manager_id == actor.user_id
    history = has_case and allowed(actor, Data.CASE_STATUS, Access.READ)
    consents = services.consents is not None and allowed(actor, Data.CONSENTS, Access.READ)
    return Parts(
        history=history,
        referral=has_case and allowed(actor, Data.ELIGIBILITY, Access.READ),
        notes=has_case and in_caseload and allowed(actor, Data.INTAKE_PLAN_NOTES, Access.READ),
        consents=consents,
        followup=has_case and services.provider_referrals is not None and
        allowed(actor, Data.PROVIDER_REFERRALS, Access.WRITE),
        plan=has_case and services.outcomes is not None and in_caseload and
        allowed(actor, Data.INTAKE_PLAN_NOTES, Access.WRITE),
        justice=services.outcomes is not None and
        allowed(actor, Data.SNAPSHOTS_EVENTS, Access.WRITE),
        documents=services.documents is not None and consents,
        attachments=services.attachments is not None and any(
            allowed(actor, kind.data, Access.READ) for kind in KINDS.values()),
        proposals=history and services.proposals is not None,
        in_caseload=in_caseload)


@dataclass(frozen=True)
class CaseReading:
    """The case as the window shows it: what refresh() reads."""
    case: Any                  # CaseView, or None for a person without a case
    consents: list | None      # None: the role does not see consents
    notes: Any                 # the newest NotesPage, or None
    history: list | None
    steps: list | None         # the states this user may move the case to
    proposals: list | None     # open proposals, for the proposals box


@dataclass(frozen=True)
class FirstReading:
    person: Any
    cases: list
    parts: Parts
    referral: Any              # ReferralView, or None
    reading: CaseReading


def read_case(services, actor: Actor, person_id: str, case_id: str | None,
              parts: Parts) -> CaseReading:
    consents = services.consents.list_for_person(actor, person_id) if parts.consents else None
    if case_id is None:
        return CaseReading(None, consents, None, None, None, None)
    case = services.cases.get(actor, case_id)
    notes = services.notes.list_page(actor, case_id) if parts.notes else None
    history = steps = proposals = None
    if parts.history:
        history = services.cases.history(actor, case_id)
        steps = services.cases.offered_steps(actor, case_id)
        if parts.proposals:
            proposals = services.proposals.open_for_case(actor, case_id)
    return CaseReading(case, consents, notes, history, steps, proposals)


def read_first(services, actor: Actor, person_id: str) -> FirstReading:
    """Everything the window shows on opening, in the order the window asked before."""
    person = services.people.get(actor, person_id)  # audited view
    cases = services.cases.cases_for_person(actor, person_id)
    case = cases[0] if cases else None
    parts = parts_for(services, actor, case)
    referral = services.cases.referral(actor, case.id) if parts.referral else None
    reading = read_case(services, actor, person_id, case.id if case else None, parts)
    if parts.followup and services.providers is not None:
        # the follow-up tab's provider statistics, read now so the tab opens at once
        services.providers.choices(actor)
    return FirstReading(person, cases, parts, referral, reading)
