"""What a person's page shows at a glance: the case manager's name, the consent status, the
next deadline, who may move the case from here, and the case's timeline. Pure functions
over the views the services already return, plus one look-up of staff names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Sequence

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.models import User
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require_session
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import RULES

S = CaseState


def staff_names(db: Database, actor: Actor, user_ids: Iterable[str | None]) -> dict[str, str]:
    """Display names of staff accounts (who wrote a note, whose caseload): no client data."""
    require_session(db, actor)
    wanted = {i for i in user_ids if i}
    if not wanted:
        return {}
    with db.read() as session:
        rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
        return {user_id: name for user_id, name in rows}


@dataclass(frozen=True)
class Deadline:
    kind: str   # "intake" | "completion"
    due: date


def next_deadline(state: CaseState, intake_due: date | None,
                  completion_due: date | None) -> Deadline | None:
    """The deadline that matters in this state: intake while intake is pending, the
    program's completion date while the person takes part. An active case has no intake due."""
    if state is S.INTAKE_PENDING and intake_due:
        return Deadline("intake", intake_due)
    if state in (S.ACTIVE, S.LOST_CONTACT, S.COMPLIANCE_REVIEW) and completion_due:
        return Deadline("completion", completion_due)
    return None


def consent_status(consents: Sequence) -> tuple[str, date | None]:
    """("valid", the soonest expiry of the valid ones) | ("draft", None) | ("none", None)."""
    valid = [c for c in consents if c.valid_today]
    if valid:
        ends = [c.expires_on for c in valid if c.expires_on]
        return "valid", min(ends) if ends else None
    if any(c.status == "draft" for c in consents):
        return "draft", None
    return "none", None


def roles_who_move(state: CaseState) -> list[Role]:
    """The roles any step out of `state` belongs to (workflow.md), in the order of Role."""
    roles = {role for rule in RULES if state in rule.sources for role in rule.roles}
    return [role for role in Role if role in roles]


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str          # "referral" | "state" | "contact"
    code: str          # referral type, state or contact type: the UI shows its label
    by: str            # a staff name, a role code, or "timer"
    detail: str = ""
    #: Awaiting treatment: (the provider, the day the waitlist began, ISO), as the
    #: transition kept them.
    waitlist: tuple[str, str] | None = None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def timeline(referral_type: str, transitions: Sequence, notes: Sequence,
             names: dict[str, str]) -> list[TimelineEntry]:
    """The case in order, newest first: the referral, each change of state, each contact."""
    entries: list[TimelineEntry] = []
    for t in transitions:
        by = names.get(t.user_id or "", "") or (t.role or "timer")
        if t.from_state is None:  # the case began with the referral
            entries.append(TimelineEntry(_aware(t.at), "referral", referral_type, by))
            continue
        details = getattr(t, "details", None) or {}
        waitlist = ((details["provider"], details.get("waitlisted_on") or "")
                    if t.to_state == "awaiting_treatment" and details.get("provider") else None)
        entries.append(TimelineEntry(_aware(t.at), "state", t.to_state, by,
                                     t.reason_text or "", waitlist))
    for n in notes:
        entries.append(TimelineEntry(_aware(n.contact_at), "contact", n.contact_type,
                                     names.get(n.author_id, ""), str(n.duration_min or 0)))
    # newest first; at the same instant, the later-recorded first
    order = sorted(enumerate(entries), key=lambda pair: (pair[1].at, pair[0]), reverse=True)
    return [entry for _, entry in order]
