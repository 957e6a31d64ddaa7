"""Intake assessment, participation agreement and plan goals (forms.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Consent, IntakeAssessment, PlanGoal
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Access, Data
from lead_desktop.security.scope import require_case
from lead_desktop.services import records, text_input
from lead_desktop.services.consent.rules import validity
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message

DOMAINS = ("housing", "income_benefits", "employment_education", "substance_use",
           "mental_health", "physical_health", "legal", "id_documents", "safety",
           "family_children", "transport")
GOAL_STATUSES = ("open", "progressing", "met", "dropped")
HORIZONS = ("immediate", "long_term")
STEP_OWNERS = ("participant", "case_manager", "provider")


@dataclass(frozen=True)
class IntakeInput:
    intake_started: date
    domains: dict = field(default_factory=dict)   # {domain: {status, notes}}
    immediate_needs: str | None = None
    action_taken: str | None = None


@dataclass(frozen=True)
class _Steps:
    steps: tuple[dict, ...]


@dataclass(frozen=True)
class IntakeView:
    """The stored intake and its version: what an intake form opens with."""

    row_version: int
    intake_started: date | None
    domains: dict
    immediate_needs: str | None
    action_taken: str | None
    intake_completed: date | None
    consent_id: str | None


@dataclass(frozen=True)
class GoalView:
    id: str
    row_version: int
    goal_text: str
    domain: str | None
    horizon: str
    status: str


class IntakeService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def intake(self, actor: Actor, case_id: str) -> IntakeView | None:
        """The stored intake of this case (None if none was saved yet); the view is audited."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.READ, case_id)
        with self.db.write() as session:
            row = session.scalar(select(IntakeAssessment).where(
                IntakeAssessment.case_id == case_id))
            audit.record(session, actor, "intake.view", record_type="case", record_id=case_id)
            if row is None:
                return None
            return IntakeView(row.row_version, row.intake_started, dict(row.domains or {}),
                              row.immediate_needs, row.action_taken, row.intake_completed,
                              row.consent_id)

    def save(self, actor: Actor, case_id: str, data: IntakeInput,
             expected_version: int | None = None) -> int:
        """Create or update the intake; returns the new row version. `expected_version` is
        the version the form opened (None: it opened with no intake stored, so a save
        without it can create the intake but never overwrite one). A save over a
        newer version raises StaleRecord and writes nothing; saving what is stored is not
        a conflict and changes nothing."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.WRITE, case_id)
        text_input.require_clean(data, texts=("domains", "immediate_needs", "action_taken"))
        unknown = set(data.domains) - set(DOMAINS)
        if unknown:
            raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                "Intake", "Unknown intake domains: {domains}."),
                domains=Listed(tuple(sorted(unknown)))))
        if data.intake_started > self.now().date():
            raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                "Intake", "The intake cannot start in the future.")))
        with self.db.write() as session:
            intake = session.scalar(select(IntakeAssessment).where(
                IntakeAssessment.case_id == case_id))
            wanted = {"intake_started": data.intake_started, "domains": dict(data.domains),
                      "immediate_needs": data.immediate_needs,
                      "action_taken": data.action_taken}
            if intake is None:
                if expected_version is not None:
                    raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                        "Intake", "This intake is no longer on file; reopen the case.")))
                intake = records.created(IntakeAssessment(case_id=case_id), actor, self.now())
                session.add(intake)
            else:
                changes = {k: v for k, v in wanted.items() if getattr(intake, k) != v}
                if not changes:
                    return intake.row_version
                # 0 never matches a stored version: a form that saw no intake cannot
                # overwrite one saved meanwhile
                records.require_version(intake, expected_version or 0, changes, "intake")
                records.changed(intake, actor, self.now())
            for name, value in wanted.items():
                setattr(intake, name, value)
            session.flush()
            audit.record(session, actor, "intake.save", record_type="case", record_id=case_id)
            return intake.row_version

    def sign_off(self, actor: Actor, case_id: str, completed_on: date, consent_id: str,
                 expected_version: int | None = None) -> int:
        """Intake complete, pointing at the active consent it relies on. With
        `expected_version` (the form's), signing off an intake someone changed since is
        refused (StaleRecord). Returns the new version."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.WRITE, case_id)
        with self.db.write() as session:
            intake = session.scalar(select(IntakeAssessment).where(
                IntakeAssessment.case_id == case_id))
            if intake is None:
                raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                    "Intake", "Record the intake before signing it off.")))
            consent = session.get(Consent, consent_id)
            case = session.get(Case, case_id)
            if consent is None or consent.person_id != case.person_id or \
                    not validity(consent, completed_on).valid:
                raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                    "Intake", "The intake needs an active consent of this person on file.")))
            if completed_on < intake.intake_started or completed_on > self.now().date():
                raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                    "Intake", "The completion date must be between the start and today.")))
            if expected_version is not None:
                records.require_version(intake, expected_version,
                                        {"intake_completed": completed_on}, "intake")
            intake.intake_completed, intake.consent_id = completed_on, consent_id
            intake.signed_off_by, intake.signed_off_at = actor.user_id, self.now()
            records.changed(intake, actor, self.now())
            session.flush()
            audit.record(session, actor, "intake.sign_off", record_type="case", record_id=case_id)
            return intake.row_version

    def participation_agreement_signed(self, actor: Actor, case_id: str, at: datetime) -> None:
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.WRITE, case_id)
        text_input.require_clean(at=at)
        with self.db.write() as session:
            record_agreement_signed(session, actor, session.get(Case, case_id), at, self.now(),
                                    how="recorded")

    def add_goal(self, actor: Actor, case_id: str, goal_text: str, *, domain: str | None = None,
                 horizon: str = "immediate", steps: tuple[dict, ...] = ()) -> str:
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.WRITE, case_id)
        problems = records.Problems()
        text_input.check(problems, "goal_text", goal_text, text_input.Kind.TEXT)
        text_input.check_all(problems, _Steps(steps))
        if not goal_text.strip():
            problems.add("goal_text", "the goal, in the participant's own words")
        if domain is not None and domain not in DOMAINS:
            problems.add("domain", f"one of {', '.join(DOMAINS)}")
        if horizon not in HORIZONS:
            problems.add("horizon", "immediate or long term")
        for i, step in enumerate(steps):
            if step.get("owner") not in STEP_OWNERS:
                problems.add(f"steps[{i}]", f"owner is one of {', '.join(STEP_OWNERS)}")
        problems.raise_if_any()
        with self.db.write() as session:
            goal = records.created(PlanGoal(case_id=case_id, goal_text=goal_text.strip(),
                                            domain=domain, horizon=horizon, status="open",
                                            steps=[dict(s) for s in steps]), actor, self.now())
            session.add(goal)
            session.flush()
            audit.record(session, actor, "plan.goal_add", record_type="plan_goal",
                         record_id=goal.id)
            return goal.id

    def goals(self, actor: Actor, case_id: str) -> list[GoalView]:
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.READ, case_id)
        with self.db.write() as session:
            rows = session.scalars(select(PlanGoal).where(
                PlanGoal.case_id == case_id, PlanGoal.voided_at.is_(None))
                .order_by(PlanGoal.created_at)).all()
            audit.record(session, actor, "plan.view", record_type="case", record_id=case_id)
            return [GoalView(g.id, g.row_version, g.goal_text, g.domain, g.horizon, g.status)
                    for g in rows]

    def set_goal_status(self, actor: Actor, goal_id: str, status: str, expected_version: int,
                        ) -> int:
        with self.db.read() as session:
            case_id = session.scalar(select(PlanGoal.case_id).where(PlanGoal.id == goal_id))
        if case_id is None:
            raise records.not_found("goal")
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.WRITE, case_id)
        if status not in GOAL_STATUSES:
            raise InvalidInput(message("Intake", QT_TRANSLATE_NOOP(
                "Intake", "A goal's status is one of {statuses}."),
                statuses=Listed(tuple(Coded("goal_status", s) for s in GOAL_STATUSES))))
        with self.db.write() as session:
            goal = session.get(PlanGoal, goal_id)
            if goal is None:
                raise records.not_found("goal")
            records.require_version(goal, expected_version, {"status": status}, "plan goal")
            goal.status = status
            records.changed(goal, actor, self.now())
            session.flush()
            audit.record(session, actor, "plan.goal_status", record_type="plan_goal",
                         record_id=goal_id, details={"status": status})
            return goal.row_version


def record_agreement_signed(session, actor: Actor, case: Case, at: datetime, now: datetime, *,
                            how: str, attachment_id: str | None = None) -> None:
    """The one place a case's participation agreement is recorded as signed (audited): by
    a signed copy kept (on screen or a scan) or an explicit record."""
    if case.participation_agreement_signed_at is None:
        case.participation_agreement_signed_at = at
        records.changed(case, actor, now)
    audit.record(session, actor, "case.participation_agreement", record_type="case",
                 record_id=case.id, details={"how": how, "attachment": attachment_id})
