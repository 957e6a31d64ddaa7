"""The prosecutor's office acknowledges a completion notice (workflow.md: the DA's queue
holds "completion notices to acknowledge"). The acknowledgment is an audited act of the
reviewer's own; once made, the notice leaves their queue. No table of its own: the audit
entry is the record, and the log is append-only and sealed."""

from __future__ import annotations

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import AuditEntry, Case
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import deny, require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.vocabulary import CaseState

ACKNOWLEDGED = "completion_notice.acknowledge"


def acknowledged_case_ids():
    """A subquery of the cases whose completion notice the prosecutor's office acknowledged."""
    return select(AuditEntry.record_id).where(AuditEntry.event == ACKNOWLEDGED)


def acknowledge(db: Database, actor: Actor, case_id: str) -> bool:
    """Record that the prosecutor's office read the case's completion notice; False if it
    was acknowledged already (nothing is recorded twice)."""
    require(db, actor, Data.ELIGIBILITY, Access.WRITE, record_type="case", record_id=case_id)
    if actor.role is not Role.PROSECUTOR_REVIEWER:  # a supervisor writes eligibility too
        deny(db, actor, message("Cases", QT_TRANSLATE_NOOP(
            "Cases", "Only the prosecutor's office acknowledges a completion notice.")),
             record_type="case", record_id=case_id, reason="prosecutor_only")
    with db.write() as session:
        case = session.get(Case, case_id)
        if case is None or case.state != CaseState.COMPLETED.value:
            raise InvalidInput(message("Cases", QT_TRANSLATE_NOOP(
                "Cases", "This case has not completed the program: there is no completion "
                "notice to acknowledge.")))
        if session.scalar(acknowledged_case_ids().where(
                AuditEntry.record_id == case_id).limit(1)) is not None:
            return False
        audit.record(session, actor, "completion_notice.acknowledge", record_type="case",
                     record_id=case_id)
    return True
