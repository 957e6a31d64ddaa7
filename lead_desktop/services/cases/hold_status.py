"""Which people of a list have a case on hold (waiting for a place in the program or for a
provider's treatment slot), for the chip beside them in the people list. Case status is a
cell of the matrix: a case manager sees it for their own caseload only, an officer never
from the people list; the read is audited with the search it belongs to (queued, as the
search is: security/audit_deferred.py)."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.models import Case
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed, require_session
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.security.scope import in_caseload
from lead_desktop.services.urgency import ON_HOLD_STATES

CHUNK = 500  # ids per IN list (a search returns at most a few hundred)


def on_hold(db: Database, actor: Actor, person_ids: Iterable[str]) -> dict[str, str]:
    """person id -> the state of their case that is on hold, among the cases this actor
    may see the status of; people with no such case are left out."""
    wanted = sorted({i for i in person_ids if i})
    require_session(db, actor)
    if not wanted or actor.role is Role.OFFICER or \
            not allowed(actor, Data.CASE_STATUS, Access.STATUS):
        return {}
    found: dict[str, str] = {}
    with db.read() as session:
        for start in range(0, len(wanted), CHUNK):
            for person_id, state, manager_id in session.execute(
                    select(Case.person_id, Case.state, Case.case_manager_id).where(
                        Case.person_id.in_(wanted[start:start + CHUNK]),
                        Case.voided_at.is_(None),
                        Case.state.in_([s.value for s in ON_HOLD_STATES]))):
                if in_caseload(actor, Data.CASE_STATUS, manager_id):
                    found[person_id] = state
    db.deferred_audit.add(actor, "case.hold_status", record_type="case",
                          details={"people": len(wanted), "on_hold": len(found)})
    return found
