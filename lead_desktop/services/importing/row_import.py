"""One row through the services the forms use: the person (with the duplicate check), the
referral, the hand-off, and the exit; each refusal becomes the row's reason.

The case steps are dated as the file says: the case service runs on a clock set to the
referral date for the referral and hand-off, and to the exit date for the exit (as tests
move time), so reports count them in the months they happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.errors import LeadError
from lead_desktop.models import User
from lead_desktop.models.base import utcnow
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.people.person_service import DuplicatesNotReviewed, PersonService
from lead_desktop.services.people.records import dob_text, filed_name
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.records import ValidationFailed

from .columns import BY_KEY
from .outcome import BAD, CREATE, LINKED, MATCHED, Match, RowOutcome
from .row_values import RowPlan

SKIP_MATCHES = "skip"
NEW_FOR_MATCHES = "new"


class RowClock:
    """`now` for the case service: the moment the row's step happened, else the real now."""

    def __init__(self, real: Callable[[], datetime] = utcnow) -> None:
        self.real, self.at = real, None

    def __call__(self) -> datetime:
        return self.at or self.real()


@dataclass
class RowContext:
    actor: Actor
    people: PersonService
    cases: CaseService
    clock: RowClock
    profile_key: str
    on_match: str
    created_by_row: dict[str, int]   # person id -> the file row that added them
    #: person id -> (last, first, date of birth) as an earlier row of the file gave them
    row_keys: dict[str, tuple] = field(default_factory=dict)
    #: the accounts a file may name as case manager: user name and full name -> id
    managers: dict[str, str] | None = None
    #: the choice made for a matching row (by its number): a person on file's id to attach
    #: its case to, or NEW_FOR_MATCHES; a row without one follows `on_match`
    choices: dict[int, str] = field(default_factory=dict)


def play_row(ctx: RowContext, session: Session, row: int, plan: RowPlan) -> RowOutcome:
    """Import one row inside a savepoint: a row that fails leaves nothing of itself."""
    name = filed_name(plan.person.last_name, plan.person.first_name)
    savepoint = session.begin_nested()
    try:
        outcome = _steps(ctx, session, row, name, plan)
    except LeadError as exc:   # a form's or a step's refusal: this row's reason
        savepoint.rollback()
        if _fatal(exc):
            raise
        return RowOutcome(row, name, BAD, problems=_reasons(exc))
    except BaseException:
        savepoint.rollback()
        raise
    if outcome.action in (CREATE, LINKED):
        savepoint.commit()
    else:
        savepoint.rollback()
    return outcome


def _steps(ctx: RowContext, session: Session, row: int, name: str, plan: RowPlan,
           ) -> RowOutcome:
    manager_id = None
    if plan.case_manager:
        if ctx.managers is None:
            ctx.managers = _case_managers(session)
        manager_id = ctx.managers.get(" ".join(plan.case_manager.casefold().split()))
        if manager_id is None:
            return RowOutcome(row, name, BAD, problems=(
                f"{BY_KEY['case_manager'].label}: no case manager's account is named "
                f"{plan.case_manager!r}",))
    linked, matches = False, ()
    try:
        person = ctx.people.create(ctx.actor, plan.person)
    except DuplicatesNotReviewed as dup:
        matches = tuple(Match(c.person_id, filed_name(c.last_name, c.first_name),
                              dob_text(c.dob, c.dob_estimated), c.score, c.reasons,
                              ctx.created_by_row.get(c.person_id)) for c in dup.candidates)
        same = [m.person_id for m in matches if ctx.row_keys.get(m.person_id) == _key(plan)]
        choice = ctx.choices.get(row)
        if same:   # another case of a person an earlier row of this file added
            person = None
            person_id = same[0]
        elif choice == NEW_FOR_MATCHES or (choice is None and ctx.on_match == NEW_FOR_MATCHES):
            person = ctx.people.create(ctx.actor, plan.person, confirmed_new=True)
        elif choice is None or choice == SKIP_MATCHES:
            return RowOutcome(row, name, MATCHED, matches=matches)
        elif choice not in {m.person_id for m in matches}:
            return RowOutcome(row, name, BAD, matches=matches, problems=(
                "the person chosen for this row is not one of the people it matches",))
        else:   # the supervisor chose: this row is that person, already on file
            person, person_id, linked = None, choice, True
    else:
        ctx.row_keys[person.id] = _key(plan)
    person_id = person.id if person is not None else person_id
    ctx.clock.at = plan.referral.referred_at
    try:
        case = ctx.cases.refer(ctx.actor, person_id, plan.referral, ctx.profile_key)
        notes = []
        if manager_id is not None and plan.referral.person_agreed:
            ctx.cases.record_handoff(ctx.actor, case.id, manager_id,
                                     at=plan.referral.referred_at)
        if plan.status is CaseState.EXITED:
            ctx.clock.at = plan.exit_at
            ctx.cases.transition(ctx.actor, case.id, CaseState.EXITED,
                                 reason_text=plan.exit_reason,
                                 details={"exit_type": plan.exit_type})
        elif plan.status not in (None, CaseState.REFERRED, CaseState.DECLINED_OFFER):
            reached = "referred, hand-off recorded" if manager_id else "referred"
            notes.append(f"status {plan.status.value.replace('_', ' ')} not imported: the "
                         f"case is {reached}; record its next steps in the app")
    finally:
        ctx.clock.at = None
    if linked:
        chosen = next(m for m in matches if m.person_id == person_id)
        notes.insert(0, f"case attached to {chosen.name} ({chosen.dob}), on file")
        return RowOutcome(row, name, LINKED, matches=matches, notes=tuple(notes),
                          person_id=person_id, case_id=case.id)
    ctx.created_by_row.setdefault(person_id, row)
    if person is None:
        notes.insert(0, f"another case of the person of row {ctx.created_by_row[person_id]}")
    return RowOutcome(row, name, CREATE, matches=matches, notes=tuple(notes),
                      person_id=person_id, case_id=case.id)


def _key(plan: RowPlan) -> tuple:
    p = plan.person
    return (p.last_name.strip().casefold(), p.first_name.strip().casefold(), p.dob)


def _case_managers(session: Session) -> dict[str, str]:
    """The accounts a file may name, by user name or full name (case and spacing aside):
    case managers and supervisors who are not disabled."""
    names = {}
    for user in session.scalars(select(User).where(
            User.role.in_((Role.CASE_MANAGER.value, Role.SUPERVISOR.value)),
            User.disabled_at.is_(None))):
        names.setdefault(" ".join(user.display_name.casefold().split()), user.id)
        names[user.username.casefold()] = user.id
    return names


def _fatal(exc: Exception) -> bool:
    """A refusal of the person importing (role, session ended, cancel) stops the import;
    anything else is this row's problem."""
    from lead_desktop.errors import AuthenticationFailed, PermissionDenied
    from lead_desktop.services.reports.progress import ReportCanceled

    return isinstance(exc, (PermissionDenied, AuthenticationFailed, ReportCanceled))


def _reasons(exc: Exception) -> tuple[str, ...]:
    if isinstance(exc, ValidationFailed):
        return tuple(f"{_label(k)}: {v}" for k, v in exc.problems.items())
    message = getattr(exc, "message", None) or str(exc)
    return (message,)


def _label(field: str) -> str:
    key = field.split("[")[0]
    known = BY_KEY.get(key) or BY_KEY.get({"offenses": "offense_code",
                                           "quantity": "offense_description"}.get(key, ""))
    return known.label if known else field.replace("_", " ")
