"""Intake, the intervention plan, and case notes (append-only, amended never edited)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class IntakeAssessment(Tracked, Base):
    __tablename__ = "intake_assessments"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    intake_started: Mapped[date | None] = mapped_column(Date, nullable=True)
    intake_completed: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consents.id"), nullable=True)
    domains: Mapped[dict] = mapped_column(JSON, default=dict)  # {domain: {status, notes}}
    immediate_needs: Mapped[str | None] = mapped_column(Text, nullable=True)
    action_taken: Mapped[str | None] = mapped_column(Text, nullable=True)
    signed_off_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class PlanGoal(Tracked, Base):
    __tablename__ = "plan_goals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    goal_text: Mapped[str] = mapped_column(Text)  # in the participant's own words
    domain: Mapped[str | None] = mapped_column(String(40), nullable=True)
    horizon: Mapped[str] = mapped_column(String(12), default="immediate")
    status: Mapped[str] = mapped_column(String(12), default="open")
    steps: Mapped[list] = mapped_column(JSON, default=list)  # [{text, owner, target_date, done}]


class CaseNote(Tracked, Base):
    __tablename__ = "case_notes"
    # The contacts of a case read from the index alone (caseload report: last contact,
    # contacts in a period) instead of every note's text (0013_report_indexes).
    # It also serves every read by case or by a case's contact time and the foreign key's
    # check, so case_id and contact_at have no index of their own; the amendments' index
    # holds amendments only (0040_note_indexes: three index pages fewer a note save).
    __table_args__ = (Index("ix_case_notes_contacts", "case_id", "contact_at", "contact_type",
                            "amends_id", "voided_at"),
                      Index("ix_case_notes_amends_id", "amends_id",
                            sqlite_where=text("amends_id IS NOT NULL"),
                            postgresql_where=text("amends_id IS NOT NULL")))

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    author_id: Mapped[str] = mapped_column(IdColumn, index=True)  # "my unsigned notes"
    contact_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_min: Mapped[int] = mapped_column(Integer)
    contact_type: Mapped[str] = mapped_column(String(20))
    location: Mapped[str | None] = mapped_column(String(300), nullable=True)
    participants_present: Mapped[str | None] = mapped_column(String(300), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    needs_addressed: Mapped[list] = mapped_column(JSON, default=list)
    part2: Mapped[bool] = mapped_column(Boolean, default=False)
    counseling_note: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    amends_id: Mapped[str | None] = mapped_column(ForeignKey("case_notes.id"), nullable=True)
    amendment_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
