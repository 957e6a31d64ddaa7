"""A case manager's proposal of a step only a supervisor takes (workflow.md §2: removal,
exit, completion): a record and a supervisor's queue item until decided."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class CaseProposal(Tracked, Base):
    __tablename__ = "case_proposals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    to_state: Mapped[str] = mapped_column(String(30))            # removed, exited, completed
    reason_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The step's form data: incident_date, description, staff_involved, exit_type.
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    incident_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open|approved|declined
    decided_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
