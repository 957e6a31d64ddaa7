"""The scope of a matrix cell, checked against the record: own referrals, own caseload,
the §2.35 consents the reviewer's office receives (roles.Scope).

Each check runs before the caller's unit of work, like `permissions.require`, so an audited
refusal is committed before the error is raised.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, exists, select

from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Consent, User
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role, Scope, scope
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lead_desktop.db.database import Database

CJ_REFERRAL = "part2_cj_referral"  # the §2.35 consent type (services/consent/rules.py)


def require_case(db: "Database", actor: Actor, data: Data, needed: Access, case_id: str, *,
                 unassigned_ok: bool = False) -> None:
    """The cell, then the case against its scope. `unassigned_ok`: a case not handed off
    yet counts as in any case manager's caseload (the hand-off pending)."""
    require(db, actor, data, needed, record_type="case", record_id=case_id)
    wanted = case_scope(actor, data)
    if wanted is None:
        return
    with db.read() as session:
        refusal = case_refusal(session, actor, wanted, case_id, unassigned_ok=unassigned_ok)
    if refusal is not None:
        message, reason = refusal
        deny(db, actor, message, record_type="case", record_id=case_id, reason=reason)


def case_scope(actor: Actor, data: Data) -> Scope | None:
    """The scope a case must be checked against for this cell, or None (all cases)."""
    wanted = scope(actor.role, data) if actor.role else Scope.ALL
    return wanted if wanted in (Scope.CASELOAD, Scope.OWN_REFERRALS) else None


def case_refusal(session: "Session", actor: Actor, wanted: Scope, case_id: str, *,
                 unassigned_ok: bool = False) -> tuple[Message, str] | None:
    """(message, audited reason) when the case is outside the actor's scope, else None."""
    row = session.execute(_CASE_PEOPLE, {"case_id": case_id}).one_or_none()
    if row is None:
        raise InvalidInput(_said(QT_TRANSLATE_NOOP("Permissions", "No such case.")))
    manager, referred_by = row
    if wanted is Scope.CASELOAD and not (manager == actor.user_id
                                         or (unassigned_ok and manager is None)):
        return _said(QT_TRANSLATE_NOOP(
            "Permissions", "This case is not on your caseload.")), "not_in_caseload"
    if wanted is Scope.OWN_REFERRALS and referred_by != actor.user_id:
        return _said(QT_TRANSLATE_NOOP(
            "Permissions", "Officers see the status of their own referrals only.")), \
            "not_own_referral"
    return None


# Built once (a save checks it every time).
_CASE_PEOPLE = select(Case.case_manager_id, Case.referred_by_id
                      ).where(Case.id == bindparam("case_id"))


def require_person(db: "Database", actor: Actor, data: Data, needed: Access,
                   person_id: str) -> None:
    """The cell, then the person against its scope (an officer: people they referred)."""
    require(db, actor, data, needed, record_type="person", record_id=person_id)
    if actor.role is None or scope(actor.role, data) is not Scope.OWN_REFERRALS:
        return
    with db.read() as session:
        own = session.scalar(select(exists().where(Case.person_id == person_id,
                                                   Case.referred_by_id == actor.user_id)))
    if not own:
        deny(db, actor, _said(QT_TRANSLATE_NOOP(
            "Permissions", "Officers see only the people they referred.")),
             record_type="person", record_id=person_id, reason="not_own_referral")


def require_consent(db: "Database", actor: Actor, needed: Access, consent_id: str,
                    program_office: str) -> None:
    """The cell, then the consent against its scope (the reviewer: §2.35 consents naming
    their office; `program_office`: what the program calls it, from its profile)."""
    require(db, actor, Data.CONSENTS, needed, record_type="consent", record_id=consent_id)
    if actor.role is None or scope(actor.role, Data.CONSENTS) is not Scope.RECEIVED_2_35:
        return
    with db.read() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise InvalidInput(_said(QT_TRANSLATE_NOOP("Permissions", "No such consent.")))
        received = receives(consent, office_of(session, actor, program_office))
    if not received:
        deny(db, actor, _said(QT_TRANSLATE_NOOP(
            "Permissions", "Prosecutor reviewers see only the §2.35 consents that name their "
            "office.")), record_type="consent", record_id=consent_id, reason="not_recipient")


def office_of(session: "Session", actor: Actor, program_office: str) -> tuple[str, ...]:
    """The names a reviewer's office goes by: their team (set by the administrator), else
    what the program's profile calls the prosecutor's office (services/program/
    prosecutor_office.py)."""
    team = session.scalar(select(User.team).where(User.id == actor.user_id))
    return (team.casefold(),) if team else (program_office.casefold(),)


def receives(consent: Consent, office: tuple[str, ...]) -> bool:
    """A §2.35 consent one of whose recipients (by name or class) is this office."""
    if consent.consent_type != CJ_REFERRAL:
        return False
    for recipient in consent.recipients or []:
        named = _words(f"{recipient.get('name') or ''} {recipient.get('class') or ''}")
        if any(_words(name) and _words(name) in named for name in office):
            return True
    return False


def _words(text: str) -> str:
    """Whole words, so an office called "DA" is not found in "Dana Clinic"."""
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " " if text.strip() else ""


def in_caseload(actor: Actor, data: Data, manager_id: str | None) -> bool:
    """For filtering lists: may this actor see a case with this manager under `data`?"""
    if actor.role is Role.CASE_MANAGER and scope(actor.role, data) is Scope.CASELOAD:
        return manager_id in (actor.user_id, None)
    return True


def _said(text: str) -> Message:
    return message("Permissions", text)
