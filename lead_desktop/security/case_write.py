"""A write unit of work on a case that checks its actor inside itself.

`require_case` runs before a unit of work, in transactions of its own: the account
(session_check) and the case's scope are each a read transaction, so a note saved took four
transactions. `case_write` reads the same two rows in the write's own transaction, after its
`BEGIN IMMEDIATE`: one transaction a save, and the case cannot change hands between the
check and the write. The checks are the same and refuse the same way: a refusal rolls the
unit of work back before anything of it is written, then is audited in its own transaction
and raised (PermissionDenied, or SessionEnded with the listeners told), as before.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed, deny, require
from lead_desktop.security.roles import Access, Data
from lead_desktop.security.scope import case_refusal, case_scope
from lead_desktop.security.session_check import end_session, ended_reason_on

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lead_desktop.db.database import Database


class _Refused(Exception):
    """Raised inside the unit of work to roll it back; handled by `case_write` itself."""

    def __init__(self, session_ended: str | None = None,
                 scope: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.session_ended, self.scope = session_ended, scope


@contextmanager
def case_write(db: "Database", actor: Actor, data: Data, case_id: str, *,
               unassigned_ok: bool = False) -> Iterator["Session"]:
    """`db.write()`, entered only when `actor` may write `data` of this case (the checks of
    `require_case(..., Access.WRITE, ...)`, made in the unit of work)."""
    if not allowed(actor, data, Access.WRITE):
        require(db, actor, data, Access.WRITE, record_type="case", record_id=case_id)
    wanted = case_scope(actor, data)
    try:
        with db.write() as session:
            ended = ended_reason_on(session.connection(), actor)
            if ended is not None:
                raise _Refused(session_ended=ended)
            if wanted is not None:
                refusal = case_refusal(session, actor, wanted, case_id,
                                       unassigned_ok=unassigned_ok)
                if refusal is not None:
                    raise _Refused(scope=refusal)
            yield session
    except _Refused as refused:  # the unit of work is rolled back: now audit the refusal
        if refused.session_ended is not None:
            end_session(db, actor, refused.session_ended)
        message, reason = refused.scope
        deny(db, actor, message, record_type="case", record_id=case_id, reason=reason)
