"""Cases: a referral opens one, the hand-off assigns it, transitions move it.

Every transition is decided by the workflow rules (services/program/workflow.py) from facts
gathered here, then recorded: from and to state, who and in what role (or which timer),
when, the reason and the rule; and audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, CaseTransition, EligibilityReview, Person, Referral, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require, require_session
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.security.scope import in_caseload, require_case
from lead_desktop.services import records, text_input
from lead_desktop.services.cases import effects, facts
from lead_desktop.services.cases.caseload import open_cases_of as _open_cases_of
from lead_desktop.services.cases.referral_form import ReferralInput, in_catchment, validate
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, next_step as _next, message
from lead_desktop.services.program import directory
from lead_desktop.services.program.code_lists import listed_offense
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import OPEN_STATES, CaseState, Proposer
from lead_desktop.services.program.workflow import (
    Rule,
    TransitionRequest,
    allowed_steps,
    decide,
)

SYSTEM_TIMER = Actor(None, "timer", None, "lead-desktop")


class OpenCaseExists(InvalidInput):
    """The person already has an open case: the referral belongs there, not in a second one.
    Carries the case so the form can link to it."""

    def __init__(self, person_id: str, case_id: str, state: CaseState) -> None:
        super().__init__(message("Cases", QT_TRANSLATE_NOOP(
            "Cases", "This person already has an open case ({state}): open it rather than a "
            "second case."), state=Coded("state", state.value)),
                         next_step=_next(QT_TRANSLATE_NOOP(
                             "NextSteps", "Open the existing case from the person's record.")))
        self.person_id, self.case_id, self.state = person_id, case_id, state


class CaseloadFull(InvalidInput):
    """The case manager is at the profile's maximum caseload: a supervisor's override with a
    reason is needed."""


@dataclass(frozen=True)
class CaseView:
    id: str
    row_version: int
    person_id: str
    referral_id: str
    referral_type: str
    profile_key: str
    state: CaseState
    state_since: datetime
    case_manager_id: str | None
    intake_due: date | None
    completion_due: date | None
    entered_on: date | None

    @classmethod
    def of(cls, case: Case) -> "CaseView":
        return cls(case.id, case.row_version, case.person_id, case.referral_id,
                   case.referral_type, f"{case.profile_id}@{case.profile_version}",
                   CaseState(case.state), case.state_since, case.case_manager_id,
                   case.intake_due, case.completion_due, case.entered_on)


@dataclass(frozen=True)
class ReferralView:
    """The referral as the officer entered it, and the prosecutor's eligibility decision."""

    referred_at: datetime
    referral_type: str
    officer: str
    agency: str
    incident_number: str
    location: str
    offences: tuple[str, ...]
    substance: str
    needs_now: str
    person_agreed: bool
    second_responder: str
    da_decision: str | None
    da_decided_at: datetime | None
    da_reason: str


@dataclass(frozen=True)
class TransitionView:
    seq: int
    from_state: str | None
    to_state: str
    at: datetime
    user_id: str | None
    role: str | None
    proposer: str
    rule: str
    reason_code: str | None
    reason_text: str | None
    details: dict = field(default_factory=dict)


class CaseService:
    def __init__(self, db: Database, profiles: dict[str, Profile],
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.profiles = profiles
        self.now = now

    def profile_of(self, case: Case | CaseView) -> Profile:
        key = case.profile_key if isinstance(case, CaseView) else \
            f"{case.profile_id}@{case.profile_version}"
        try:
            return self.profiles[key]
        except KeyError:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "The program profile {key} this case was accepted under is not "
                "installed."), key=key)) from None

    # --- referral and hand-off ---

    def refer(self, actor: Actor, person_id: str, data: ReferralInput, profile_key: str,
              ) -> CaseView:
        """Enter a referral: a case opens in `referred` under the profile in force now. If
        the person did not agree, the case is recorded as a declined offer at once."""
        require(self.db, actor, Data.REFERRAL_ENTRY, Access.WRITE, record_type="referral")
        profile = self.profiles.get(profile_key)
        if profile is None:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "No program profile {key}."), key=profile_key))
        now = self.now()
        validate(data, profile, now)
        self._check_badge(data)
        with self.db.read() as session:
            if session.get(Person, person_id) is None:
                raise records.not_found("person")
            open_case = session.execute(select(Case.id, Case.state).where(
                Case.person_id == person_id, Case.voided_at.is_(None),
                Case.state.in_([s.value for s in OPEN_STATES]))).first()
        if open_case is not None and data.person_agreed:
            raise OpenCaseExists(person_id, open_case.id, CaseState(open_case.state))
        with self.db.write() as session:
            columns = _referral_columns(data)
            # an offense of the administrator's list keeps its statute and level (summons)
            columns["offenses"] = [listed_offense(session, o) for o in columns["offenses"]]
            referral = Referral(
                person_id=person_id, **columns,
                in_catchment=in_catchment(profile, data.origin_area))
            records.created(referral, actor, now)
            session.add(referral)
            session.flush()
            case = Case(person_id=person_id, referral_id=referral.id,
                        referral_type=data.referral_type.value, profile_id=profile.id,
                        profile_version=profile.version, state=CaseState.REFERRED.value,
                        state_since=now, referred_by_id=actor.user_id)
            records.created(case, actor, now)
            session.add(case)
            session.flush()
            _record(session, case, None, CaseState.REFERRED, actor, Proposer.PERSON, "refer",
                    TransitionRequest(to=CaseState.REFERRED, role=actor.role,
                                      today=profile.local_date(now)),
                    now)
            audit.record(session, actor, "referral.create", record_type="case",
                         record_id=case.id)
            if not data.person_agreed:
                self.move_in(session, case, profile, actor, TransitionRequest(
                    to=CaseState.DECLINED_OFFER, role=actor.role, today=profile.local_date(now),
                    reason_text=data.declined_reason or ""))
            return CaseView.of(case)

    def caseload(self, case_manager_id: str) -> int:
        """Open cases on this case manager's caseload."""
        with self.db.read() as session:
            return _open_cases_of(session, case_manager_id)

    def record_handoff(self, actor: Actor, case_id: str, case_manager_id: str,
                       at: datetime | None = None, override_reason: str = "") -> CaseView:
        """The case manager met the person: starts their caseload responsibility. A case
        manager records the hand-off of a case nobody holds yet; moving a case that has a
        case manager (a reassignment) is the supervisor's act, never a self-assignment. A
        caseload at the profile's maximum takes one more only with a supervisor's reason."""
        require_case(self.db, actor, Data.CASE_STATUS, Access.WRITE, case_id,
                     unassigned_ok=True)
        if actor.role is not Role.SUPERVISOR:
            with self.db.read() as session:
                current = session.scalar(select(Case.case_manager_id).where(Case.id == case_id))
            if current is not None:
                deny(self.db, actor, message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "Only a supervisor reassigns a case that already has a case "
                    "manager.")), record_type="case", record_id=case_id,
                     reason="reassignment_needs_supervisor")
            if case_manager_id != actor.user_id:
                # the hand-off is the meeting of the person and the case manager who came:
                # giving a case to someone else is assigning it, the supervisor's act
                deny(self.db, actor, message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "A case manager records the hand-off to themselves; only a "
                    "supervisor assigns a case to someone else.")), record_type="case",
                     record_id=case_id, reason="assignment_needs_supervisor")
        when = at or self.now()
        with self.db.write() as session:
            case = self._load(session, case_id)
            manager = session.get(User, case_manager_id)
            if manager is None or manager.role not in (Role.CASE_MANAGER.value,
                                                       Role.SUPERVISOR.value):
                raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "Choose a case manager.")))
            if when > self.now():
                raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                    "Cases", "The hand-off time cannot be in the future.")))
            self._check_caseload(session, actor, case, manager, override_reason)
            referral = session.get(Referral, case.referral_id)
            referral.handoff_at = when
            records.changed(referral, actor, self.now())
            case.case_manager_id = case_manager_id
            records.changed(case, actor, self.now())
            audit.record(session, actor, "case.handoff", record_type="case", record_id=case_id,
                         details={"case_manager": case_manager_id})
            return CaseView.of(case)

    def _check_caseload(self, session: Session, actor: Actor, case: Case, manager: User,
                        override_reason: str) -> None:
        if case.case_manager_id == manager.id:
            return
        maximum = self.profile_of(case).caseload_max
        load = _open_cases_of(session, manager.id)
        if load < maximum:
            return
        if actor.role is not Role.SUPERVISOR:
            raise CaseloadFull(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "{manager} has {load} open cases; the maximum is {maximum}. A "
                "supervisor may assign more, with a reason."),
                manager=manager.display_name, load=load, maximum=maximum))
        if not override_reason.strip():
            raise CaseloadFull(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "{manager} has {load} open cases; the maximum is {maximum}. Give the "
                "reason for going over it."),
                manager=manager.display_name, load=load, maximum=maximum))
        audit.record(session, actor, "case.caseload_override", record_type="case",
                     record_id=case.id, details={"case_manager": manager.id, "caseload": load,
                                                 "maximum": maximum,
                                                 "reason": override_reason.strip()})

    # --- transitions ---

    def transition(self, actor: Actor, case_id: str, to: CaseState, *,
                   reason_code: str | None = None, reason_text: str = "",
                   details: dict | None = None, expected_version: int | None = None,
                   ) -> CaseView:
        """A person moves the case; refused with the workflow's reason if not allowed. With
        `expected_version` (the case as the window shows it), a case someone or a timer
        changed meanwhile is not moved unseen (StaleRecord)."""
        self._require_caseload(actor, case_id)
        text_input.require_clean(reason_text=reason_text, details=details, texts=("reason_text",))
        with self.db.write() as session:
            case = self._load(session, case_id)
            if expected_version is not None:
                records.require_version(case, expected_version, {"state": to.value}, "case")
            profile = self.profile_of(case)
            request = TransitionRequest(to=to, role=actor.role, today=self.today(profile),
                                        reason_code=reason_code, reason_text=reason_text,
                                        details=dict(details or {}))
            self.move_in(session, case, profile, actor, request)
            return CaseView.of(case)

    def apply_timer(self, session: Session, case: Case, to: CaseState, trigger: str,
                    reason_code: str | None = None) -> Rule:
        """A timer moves the case, in the caller's unit of work (see timers.py)."""
        profile = self.profile_of(case)
        request = TransitionRequest(to=to, role=None, proposer=Proposer.TIMER,
                                    today=self.today(profile), reason_code=reason_code,
                                    details={"trigger": trigger})
        return self.move_in(session, case, profile, SYSTEM_TIMER, request)

    def offered_steps(self, actor: Actor, case_id: str) -> list[CaseState]:
        """The steps the UI may offer this user now."""
        require_session(self.db, actor)
        with self.db.read() as session:
            case = self._load(session, case_id)
            profile = self.profile_of(case)
            case_facts = facts.gather(session, case, profile, self.today(profile))
        return allowed_steps(case_facts, actor.role) if actor.role else []

    def move_in(self, session: Session, case: Case, profile: Profile, actor: Actor,
              request: TransitionRequest) -> Rule:
        """Decide and record one transition in the caller's unit of work (other services
        use this to record a decision and its transition atomically)."""
        case_facts = facts.gather(session, case, profile, request.today)
        rule = decide(case_facts, request)
        if rule.name == "await_treatment":  # the transition keeps whose waitlist, since when
            provider, since = case_facts.treatment_waitlist
            request = replace(request, details={**request.details, "provider": provider,
                                                "waitlisted_on": since})
        before = CaseState(case.state)
        now = self.now()
        made = effects.apply(session, case, profile, rule, request, actor, now)
        records.changed(case, actor, now)
        _record(session, case, before, request.to, actor, request.proposer, rule.name, request,
                now, document_kind=rule.produces, document_id=made)
        audit.record(session, actor, "case.transition", record_type="case", record_id=case.id,
                     details={"from": before.value, "to": request.to.value, "rule": rule.name,
                              "proposer": request.proposer.value})
        return rule

    # --- reading ---

    def get(self, actor: Actor, case_id: str) -> CaseView:
        """Case status and dates; every view is audited."""
        require_case(self.db, actor, Data.CASE_STATUS, Access.STATUS, case_id,
                     unassigned_ok=True)
        with self.db.write() as session:
            case = self._load(session, case_id)
            audit.record(session, actor, "case.view", record_type="case", record_id=case_id)
            return CaseView.of(case)

    def cases_for_person(self, actor: Actor, person_id: str) -> list[CaseView]:
        """A person's cases, newest first; the view is audited."""
        require(self.db, actor, Data.CASE_STATUS, Access.STATUS, record_type="person",
                record_id=person_id)
        with self.db.write() as session:
            query = select(Case).where(Case.person_id == person_id, Case.voided_at.is_(None))
            if actor.role is Role.OFFICER:
                query = query.where(Case.referred_by_id == actor.user_id)
            rows = [c for c in session.scalars(query.order_by(Case.created_at.desc()))
                    if in_caseload(actor, Data.CASE_STATUS, c.case_manager_id)]
            audit.record(session, actor, "case.list", record_type="person", record_id=person_id)
            return [CaseView.of(c) for c in rows]

    def referral(self, actor: Actor, case_id: str) -> ReferralView:
        """The referral and the eligibility decision of a case (audited)."""
        require(self.db, actor, Data.ELIGIBILITY, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            case = self._load(session, case_id)
            referral = session.get(Referral, case.referral_id)
            review = session.scalar(select(EligibilityReview).where(
                EligibilityReview.case_id == case_id).order_by(
                EligibilityReview.decided_at.desc().nulls_last()))
            audit.record(session, actor, "referral.view", record_type="case", record_id=case_id)
            return ReferralView(
                referral.referred_at, case.referral_type,
                f"{referral.officer_name}, #{referral.officer_badge}", referral.agency,
                referral.incident_number or "", referral.location,
                tuple(f"{o['code']} {o['description']}" for o in referral.offenses),
                referral.substance or "", referral.needs_now or "", referral.person_agreed,
                referral.second_responder or "",
                review.da_decision if review else None,
                review.decided_at if review else None,
                " ".join(v for v in ((review.reason_code or "").replace("_", " "),
                                     review.reason_text or "") if v) if review else "")

    def history(self, actor: Actor, case_id: str) -> list[TransitionView]:
        require_case(self.db, actor, Data.CASE_STATUS, Access.READ, case_id, unassigned_ok=True)
        with self.db.write() as session:
            rows = session.scalars(select(CaseTransition).where(CaseTransition.case_id == case_id)
                                   .order_by(CaseTransition.seq)).all()
            audit.record(session, actor, "case.view_history", record_type="case",
                         record_id=case_id)
            return [TransitionView(t.seq, t.from_state, t.to_state, t.at, t.user_id, t.role,
                                   t.proposer, t.rule, t.reason_code, t.reason_text,
                                   dict(t.details)) for t in rows]

    # --- helpers ---

    def _check_badge(self, data: ReferralInput) -> None:
        """An agency of the program's directory may say what its badge numbers look like."""
        with self.db.read() as session:
            agency = directory.agency_named(session, data.agency)
        if agency is not None and not agency.badge_ok(data.officer_badge):
            raise records.ValidationFailed({"officer_badge": (
                f"not a {agency.name} badge number (the directory's format is "
                f"{agency.badge_format})")})

    def today(self, profile: Profile) -> date:
        """Today in the program's time zone: deadlines are local dates."""
        return profile.local_date(self.now())

    def _require_caseload(self, actor: Actor, case_id: str) -> None:
        """Which steps a role may take is the workflow's rule; here only the account and, for
        case managers, their caseload (or a case not yet handed off)."""
        if actor.role is Role.CASE_MANAGER:
            require_case(self.db, actor, Data.CASE_STATUS, Access.WRITE, case_id,
                         unassigned_ok=True)
        else:
            require_session(self.db, actor)

    @staticmethod
    def _load(session: Session, case_id: str) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise records.not_found("case")
        return case


def _referral_columns(data: ReferralInput) -> dict:
    return dict(
        referral_type=data.referral_type.value, referred_at=data.referred_at,
        officer_name=data.officer_name.strip(), officer_badge=data.officer_badge.strip(),
        agency=data.agency.strip(), incident_number=data.incident_number,
        location=data.location.strip(), origin_area=data.origin_area,
        catchment_override_reason=data.catchment_override_reason,
        offenses=[{"code": o.code, "description": o.description, "kind": o.kind}
                  for o in data.offenses],
        substance=data.substance, quantity=data.quantity, quantity_unit=data.quantity_unit,
        distribution=data.distribution, probable_cause_summary=data.probable_cause_summary,
        person_agreed=data.person_agreed, declined_reason=data.declined_reason,
        referrer_name=data.referrer_name, referrer_organisation=data.referrer_organisation,
        approved_by=data.approved_by, prior_activity_verification=data.prior_activity_verification,
        needs_now=data.needs_now, second_responder=data.second_responder)


def _record(session: Session, case: Case, before: CaseState | None, after: CaseState,
            actor: Actor, proposer: Proposer, rule: str, request: TransitionRequest,
            now: datetime, document_kind: str | None = None, document_id: str | None = None,
            ) -> None:
    seq = (session.scalar(select(func.max(CaseTransition.seq))
                          .where(CaseTransition.case_id == case.id)) or 0) + 1
    session.add(CaseTransition(
        case_id=case.id, seq=seq, from_state=before.value if before else None,
        to_state=after.value, at=now, user_id=actor.user_id, role=actor.role_name,
        proposer=proposer.value, rule=rule, reason_code=request.reason_code,
        reason_text=request.reason_text or None, details=dict(request.details),
        document_kind=document_kind, document_id=document_id))
    session.flush()
