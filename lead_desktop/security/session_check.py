"""Sessions end with the account: every service call re-checks the signed-in account.

One primary-key read per call: the account must still exist, be enabled, not locked, hold
the role the session signed in with, and have the account version the session saw at
sign-in (an administrator's password reset raises it). A refusal is audited in its own
transaction, then the database's listeners hear of it (the desktop app returns to sign-in),
then `SessionEnded` is raised.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select

from lead_desktop.errors import SessionEnded
from lead_desktop.models import User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from lead_desktop.db.database import Database

_MESSAGES = {
    "account_missing": QT_TRANSLATE_NOOP("Accounts", "Your account no longer exists."),
    "disabled": QT_TRANSLATE_NOOP("Accounts", "Your account was disabled."),
    "locked": QT_TRANSLATE_NOOP(
        "Accounts", "Your account is locked after repeated failed passwords."),
    "role_changed": QT_TRANSLATE_NOOP("Accounts", "Your role was changed by an administrator."),
    "account_changed": QT_TRANSLATE_NOOP(
        "Accounts", "Your password was reset by an administrator."),
}


def ended_reason(db: "Database", actor: Actor, now: datetime | None = None) -> str | None:
    """Why this session may not act any more, or None while the account is as it was."""
    if actor.user_id is None:  # the command line's OS account, timers: not a session
        return None
    with db.engine.connect() as connection:  # Core, no ORM session: ~0.5 ms under load
        return ended_reason_on(connection, actor, now)


def ended_reason_on(connection: "Connection", actor: Actor, now: datetime | None = None,
                    ) -> str | None:
    """The same, read on a connection the caller holds (a write unit of work that checks
    its actor inside itself: security/case_write.py)."""
    if actor.user_id is None:
        return None
    row = connection.execute(_ACCOUNT, {"user_id": actor.user_id}).one_or_none()
    if row is None:
        return "account_missing"
    version, disabled_at, locked_until, role = row
    if disabled_at is not None:
        return "disabled"
    if locked_until is not None and locked_until > (now or utcnow()):
        return "locked"
    if actor.role is None or role != actor.role.value:
        return "role_changed"
    if actor.account_version is not None and version != actor.account_version:
        return "account_changed"
    return None


# Built once: the check runs in every save, and building a statement costs more than running it.
_ACCOUNT = select(User.account_version, User.disabled_at, User.locked_until, User.role
                  ).where(User.id == bindparam("user_id"))


def require_current(db: "Database", actor: Actor) -> None:
    """Raise SessionEnded (audited, listeners told) unless the account is as it was."""
    reason = ended_reason(db, actor)
    if reason is not None:
        end_session(db, actor, reason)


def end_session(db: "Database", actor: Actor, reason: str) -> None:
    """The refusal of an ended session: audited in its own transaction, the database's
    listeners told, then SessionEnded raised. Call it outside any write unit of work."""
    with db.write() as session:
        audit.record(session, actor, "session.ended", record_type="user",
                     record_id=actor.user_id, outcome=audit.FAILURE, reason=reason)
    error = SessionEnded(message("Accounts", QT_TRANSLATE_NOOP(
        "Accounts", "{why} This session has ended; nothing more was saved. Sign in again."),
        why=Message("Accounts", _MESSAGES[reason])))
    for listener in list(db.session_listeners):
        listener(error)
    raise error
