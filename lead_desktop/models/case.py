"""Referrals, cases and the append-only history of their state transitions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime, new_id


class Referral(Tracked, Base):
    __tablename__ = "referrals"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    referral_type: Mapped[str] = mapped_column(String(20))
    referred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    officer_name: Mapped[str] = mapped_column(String(200))
    officer_badge: Mapped[str] = mapped_column(String(40))
    agency: Mapped[str] = mapped_column(String(200))
    incident_number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    location: Mapped[str] = mapped_column(String(300))
    origin_area: Mapped[str | None] = mapped_column(String(200), nullable=True)
    in_catchment: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    catchment_override_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    offenses: Mapped[list] = mapped_column(JSON, default=list)  # [{code, description}]
    substance: Mapped[str | None] = mapped_column(String(100), nullable=True)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 3), nullable=True)
    quantity_unit: Mapped[str | None] = mapped_column(String(20), nullable=True)
    distribution: Mapped[str | None] = mapped_column(String(20), nullable=True)
    probable_cause_summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    handoff_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    person_agreed: Mapped[bool] = mapped_column(Boolean, default=True)
    declined_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    referrer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    referrer_organisation: Mapped[str | None] = mapped_column(String(200), nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    prior_activity_verification: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    needs_now: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: Who else came to the scene with the case manager (Worcester: the social-services
    #: representative), name and organization.
    second_responder: Mapped[str | None] = mapped_column(String(300), nullable=True)


class Case(Tracked, Base):
    """One person's path through the program, from referral to a terminal state."""

    __tablename__ = "cases"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), unique=True)
    referral_type: Mapped[str] = mapped_column(String(20))
    #: The profile and version in force when the case was accepted (never changes after).
    profile_id: Mapped[str] = mapped_column(String(60))
    profile_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(30), index=True)
    state_since: Mapped[datetime] = mapped_column(UTCDateTime())
    previous_open_state: Mapped[str | None] = mapped_column(String(30), nullable=True)
    case_manager_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True,
                                                        index=True)
    referred_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    intake_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    completion_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    entered_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # became active
    intake_on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    waitlisted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    participation_agreement_signed_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True)

    transitions: Mapped[list["CaseTransition"]] = relationship(
        order_by="CaseTransition.seq", back_populates="case")


class CaseTransition(Base):
    """Append-only: an undo is recorded as a new transition."""

    __tablename__ = "case_transitions"
    # A case's history in order, read from the index alone (reports: 386,000 transitions
    # on a county database; 0013_report_indexes).
    __table_args__ = (Index("ix_case_transitions_history", "case_id", "seq", "at", "to_state",
                            "from_state", "reason_code"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    from_state: Mapped[str | None] = mapped_column(String(30), nullable=True)
    to_state: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    role: Mapped[str | None] = mapped_column(String(32), nullable=True)
    proposer: Mapped[str] = mapped_column(String(10))   # person | timer
    rule: Mapped[str] = mapped_column(String(60))
    reason_code: Mapped[str | None] = mapped_column(String(60), nullable=True)
    reason_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    document_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    document_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)

    case: Mapped[Case] = relationship(back_populates="transitions")
