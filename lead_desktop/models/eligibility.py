"""The prosecutor's eligibility review: checklist, records-check record, decision.
Never the criminal history itself: only that a check happened and what it concluded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class EligibilityReview(Tracked, Base):
    __tablename__ = "eligibility_reviews"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    history_checked_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    history_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    history_source: Mapped[str | None] = mapped_column(String(40), nullable=True)
    history_result: Mapped[str | None] = mapped_column(String(40), nullable=True)
    history_note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    prior_convictions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    da_decision: Mapped[str | None] = mapped_column(String(30), nullable=True)
    da_reviewer_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(30), nullable=True)
    reason_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    other_cases_aligned: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The reviewer's yes/no answers: {item key: {applies, note, by}}.
    answers_json: Mapped[dict] = mapped_column(JSON, default=dict)

    items: Mapped[list["ChecklistRow"]] = relationship(cascade="all, delete-orphan",
                                                       order_by="ChecklistRow.position")


class ChecklistRow(Base):
    __tablename__ = "eligibility_checklist"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("eligibility_reviews.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    result: Mapped[str] = mapped_column(String(10))  # pass | fail | unknown
    reason: Mapped[str] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    set_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
