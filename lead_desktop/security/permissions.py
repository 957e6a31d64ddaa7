"""The permission check every service calls before a read or a write.

Call it before opening the unit of work: a refusal is written to the audit log in its own
transaction (so the rollback that follows the error cannot erase it) and raised as
`PermissionDenied`, so a misbehaving UI cannot show what the role may not see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lead_desktop.errors import PermissionDenied
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Access, Data, access
from lead_desktop.security.session_check import require_current
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from lead_desktop.db.database import Database


def allowed(actor: Actor, data: Data, needed: Access) -> bool:
    return actor.role is not None and access(actor.role, data).includes(needed)


def require(db: "Database", actor: Actor, data: Data, needed: Access, *,
            record_type: str | None = None, record_id: str | None = None) -> None:
    """Raise PermissionDenied, audited, unless the actor's role grants `needed` on `data`;
    then SessionEnded, audited, if the account changed since this session signed in."""
    if allowed(actor, data, needed):
        require_current(db, actor)
        return
    with db.write() as session:
        audit.record(session, actor, "access.denied", record_type=record_type or data.value,
                     record_id=record_id, outcome=audit.FAILURE,
                     details={"data": data.value, "needed": needed.value})
    raise PermissionDenied(refusal(actor, data, needed))


def require_session(db: "Database", actor: Actor) -> None:
    """For the calls no cell of the matrix governs (the user's own note, lock, password):
    the account must still be as it was at sign-in."""
    require_current(db, actor)


def refusal(actor: Actor, data: Data, needed: Access) -> Message:
    """The refusal ("Officer may not read Part 2 notes."): the role and the kind of data
    as labels, so the screen shows both in the user's words."""
    who = (Coded("role", actor.role.value) if actor.role
           else message("Permissions", QT_TRANSLATE_NOOP("Permissions", "This account")))
    what = Coded("data_class", data.value)
    if needed is Access.WRITE:
        text = QT_TRANSLATE_NOOP("Permissions", "{who} may not change {data}.")
    elif needed is Access.READ:
        text = QT_TRANSLATE_NOOP("Permissions", "{who} may not read {data}.")
    else:
        text = QT_TRANSLATE_NOOP("Permissions", "{who} may not see {data}.")
    return message("Permissions", text, who=who, data=what)


def deny(db: "Database", actor: Actor, message: object, *, record_type: str,
         record_id: str | None = None, reason: str) -> None:
    """Refuse on a scope rule the matrix cannot express (own caseload, own referrals):
    audited in its own transaction, then raised. `message`: a services/messages.Message, so
    the screen shows it in the user's language (plain English text still works)."""
    with db.write() as session:
        audit.record(session, actor, "access.denied", record_type=record_type,
                     record_id=record_id, outcome=audit.FAILURE, reason=reason)
    raise PermissionDenied(message)
