"""A case's "participation agreement signed" rests on evidence: a signed copy kept as an
attachment (a scan, or signed on screen) or a signature recorded as such. When the last
signed copy is voided and no recorded signature stands, the flag is cleared (audited as
`case.participation_agreement_cleared`) and the person voiding is told.

Why clear rather than refuse the void: a wrong or unreadable scan (another person's paper,
a blank page) must be removable, and an agreement has no revocation to go through first
(a consent's signed copy is refused instead: disclosures rest on it until it is revoked).
A flag without its paper would let a compliance-based case count as agreed when nobody can
show the signature; the audit log keeps when it had been signed. The case's state does
not move: the agreement is a condition of entering the program, so the case manager has
it signed again."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import Attachment, AuditEntry, Case
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.services import records
from lead_desktop.services.attachments.kinds import AGREEMENT


def _recorded_without_paper(session: Session, case_id: str) -> bool:
    """A signature recorded as such (IntakeService.participation_agreement_signed)."""
    for details in session.scalars(select(AuditEntry.details).where(
            AuditEntry.event == "case.participation_agreement",
            AuditEntry.record_id == case_id)):
        try:
            if (json.loads(details or "{}") or {}).get("how") == "recorded":
                return True
        except ValueError:
            continue
    return False


def clear_if_last(session: Session, actor: Actor, voided: Attachment,
                  now: datetime) -> bool:
    """After `voided` (an agreement's signed copy) was voided: clear the case's flag if no
    evidence of the signature is left. True when it was cleared."""
    if voided.kind != AGREEMENT or not voided.case_id:
        return False
    case = session.get(Case, voided.case_id)
    if case is None or case.participation_agreement_signed_at is None:
        return False
    left = session.scalar(select(func.count()).select_from(Attachment).where(
        Attachment.case_id == case.id, Attachment.kind == AGREEMENT,
        Attachment.voided_at.is_(None), Attachment.id != voided.id))
    if left or _recorded_without_paper(session, case.id):
        return False
    signed_at = case.participation_agreement_signed_at
    case.participation_agreement_signed_at = None
    records.changed(case, actor, now)
    audit.record(session, actor, "case.participation_agreement_cleared", record_type="case",
                 record_id=case.id, details={"attachment": voided.id,
                                             "signed_at": signed_at.isoformat()})
    return True
