"""A case manager proposes, a supervisor decides (workflow.md §2): removal for violence or a
threat, an exit, a completion. The proposal is a record and a supervisor's queue item, not
just a refusal; approving it takes the step with the proposal's own details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, CaseProposal, Person, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services import records
from lead_desktop.services.cases import facts
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.people.records import filed_name
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import (
    PROPOSED_BY_CASE_MANAGER,
    RULES,
    TransitionRequest,
    allowed_steps,
    decide,
)

S = CaseState
PROPOSABLE = tuple(rule.target for rule in RULES if rule.name in PROPOSED_BY_CASE_MANAGER)


@dataclass(frozen=True)
class ProposalView:
    id: str
    case_id: str
    person_id: str
    person: str
    to_state: CaseState
    reason_text: str
    details: dict
    proposed_by: str
    proposed_at: datetime
    status: str


class ProposalService:
    def __init__(self, db: Database, cases: CaseService,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.cases, self.now = db, cases, now

    def propose(self, actor: Actor, case_id: str, to: CaseState, reason_text: str = "",
                details: dict | None = None) -> ProposalView:
        """Record the proposal once the step's own form is complete (the workflow's guards
        are asked as if a supervisor took it now)."""
        require(self.db, actor, Data.CASE_STATUS, Access.WRITE, record_type="case",
                record_id=case_id)
        if to not in PROPOSABLE:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "A case manager proposes removal, exit or completion only.")))
        details = dict(details or {})
        with self.db.write() as session:
            case = self._case(session, case_id)
            if actor.role is Role.CASE_MANAGER and case.case_manager_id not in (None,
                                                                                actor.user_id):
                deny(self.db, actor, message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "This case is on another case manager's caseload.")),
                     record_type="case", record_id=case_id, reason="not_in_caseload")
            profile = self.cases.profile_of(case)
            request = TransitionRequest(to=to, role=Role.SUPERVISOR,
                                        today=self.cases.today(profile), reason_text=reason_text,
                                        details=details)
            decide(facts.gather(session, case, profile, request.today), request)
            incident = details.get("incident_date")
            proposal = records.created(CaseProposal(
                case_id=case_id, to_state=to.value, reason_text=reason_text.strip() or None,
                details=details, status="open",
                incident_date=date.fromisoformat(incident) if incident else None),
                actor, self.now())
            session.add(proposal)
            session.flush()
            audit.record(session, actor, "case.propose", record_type="case", record_id=case_id,
                         details={"to": to.value, "proposal": proposal.id})
            return self._view(session, proposal)

    def proposable(self, actor: Actor, case_id: str) -> list[CaseState]:
        """The steps a case manager may propose from the case's state under its program
        (what the supervisor could approve now, form data aside): what the box offers."""
        require(self.db, actor, Data.CASE_STATUS, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.read() as session:
            case = self._case(session, case_id)
            profile = self.cases.profile_of(case)
            case_facts = facts.gather(session, case, profile, self.cases.today(profile))
        offered = allowed_steps(case_facts, Role.SUPERVISOR)
        return [target for target in PROPOSABLE if target in offered]

    def open_for_case(self, actor: Actor, case_id: str) -> list[ProposalView]:
        require(self.db, actor, Data.CASE_STATUS, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.read() as session:
            rows = session.scalars(select(CaseProposal).where(
                CaseProposal.case_id == case_id, CaseProposal.status == "open",
                CaseProposal.voided_at.is_(None)).order_by(CaseProposal.created_at)).all()
            return [self._view(session, p) for p in rows]

    def approve(self, actor: Actor, proposal_id: str, note: str = "") -> CaseState:
        """The supervisor takes the proposed step, with the proposal's details."""
        return self._decide(actor, proposal_id, "approved", note)

    def decline(self, actor: Actor, proposal_id: str, reason: str) -> None:
        if not reason.strip():
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "Say why the proposal is declined.")))
        self._decide(actor, proposal_id, "declined", reason)

    def _decide(self, actor: Actor, proposal_id: str, outcome: str, note: str) -> CaseState:
        require(self.db, actor, Data.CASE_STATUS, Access.WRITE, record_type="case_proposal",
                record_id=proposal_id)
        if actor.role is not Role.SUPERVISOR:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "A supervisor decides a case manager's proposal.")))
        with self.db.write() as session:
            proposal = session.get(CaseProposal, proposal_id)
            if proposal is None or proposal.status != "open":
                raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "This proposal has already been decided.")))
            case = self._case(session, proposal.case_id)
            if outcome == "approved":
                profile = self.cases.profile_of(case)
                reason = " ".join(v for v in (proposal.reason_text or "", note.strip()) if v)
                self.cases.move_in(session, case, profile, actor, TransitionRequest(
                    to=S(proposal.to_state), role=actor.role, today=self.cases.today(profile),
                    reason_text=reason, details=dict(proposal.details) | {
                        "proposal": proposal.id}))
            proposal.status, proposal.decided_by = outcome, actor.user_id
            proposal.decided_at, proposal.decision_reason = self.now(), note.strip() or None
            records.changed(proposal, actor, self.now())
            audit.record(session, actor, f"case.proposal_{outcome}", record_type="case",
                         record_id=case.id, details={"proposal": proposal.id})
            return S(case.state)

    @staticmethod
    def _case(session, case_id: str) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise records.not_found("case")
        return case

    @staticmethod
    def _view(session, proposal: CaseProposal) -> ProposalView:
        case = session.get(Case, proposal.case_id)
        person = session.get(Person, case.person_id)
        user = session.get(User, proposal.created_by) if proposal.created_by else None
        return ProposalView(proposal.id, case.id, person.id,
                            filed_name(person.last_name, person.first_name), S(proposal.to_state),
                            proposal.reason_text or "", dict(proposal.details),
                            user.display_name if user else "", proposal.created_at,
                            proposal.status)


