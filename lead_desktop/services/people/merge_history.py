"""The merges a supervisor may undo: newest first, with both names as they were before
the merge (from the before-image), for the unmerge screen. Supervisors only; audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lead_desktop.models import PersonMerge
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.merge_service import MergeService
from lead_desktop.services.people.records import filed_name


@dataclass(frozen=True)
class MergeView:
    id: str
    merged_at: datetime
    kept: str      # "Last, First" of the kept record, before the merge
    merged: str    # "Last, First" of the record merged into it
    reason: str


def _name(image: dict) -> str:
    return filed_name(image['last_name'], image['first_name'])


def open_merges(merges: MergeService, actor: Actor, limit: int = 200) -> list[MergeView]:
    """Merges not undone, newest first."""
    merges._require_supervisor(actor)
    with merges.db.write() as session:
        rows = session.scalars(select(PersonMerge).where(PersonMerge.unmerged_at.is_(None))
                               .order_by(PersonMerge.merged_at.desc()).limit(limit)).all()
        audit.record(session, actor, "person.merge_list", record_type="person",
                     details={"rows": len(rows)})
        return [MergeView(m.id, m.merged_at, _name(m.before_image["survivor"]),
                          _name(m.before_image["merged"]), m.reason) for m in rows]
