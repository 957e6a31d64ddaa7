"""Monthly outcome snapshots, justice events and exits: what programs report to funders."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked


class OutcomeSnapshot(Tracked, Base):
    __tablename__ = "outcome_snapshots"
    __table_args__ = (UniqueConstraint("case_id", "month", name="uq_outcome_snapshots_case_month"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    month: Mapped[date] = mapped_column(Date)  # the first day of the month
    housing: Mapped[str] = mapped_column(String(20))
    employment: Mapped[str] = mapped_column(String(24))
    income_benefits: Mapped[list] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)


class JusticeEvent(Tracked, Base):
    __tablename__ = "justice_events"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    event_type: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date] = mapped_column(Date)
    release_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    level: Mapped[str | None] = mapped_column(String(12), nullable=True)
    offense_code: Mapped[str | None] = mapped_column(String(30), nullable=True)
    jurisdiction: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)
    relates_to_diverted_incident: Mapped[bool] = mapped_column(Boolean, default=False)


class JusticeLookup(Tracked, Base):
    """A look in the court and jail records for one window after entry (6 or 18 months,
    2 years): kept even when nothing was found, so "none" and "not looked" differ."""

    __tablename__ = "justice_lookups"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    window: Mapped[str] = mapped_column(String(12))     # 6_months | 18_months | 2_years
    looked_on: Mapped[date] = mapped_column(Date)
    sources: Mapped[str] = mapped_column(String(300))
    nothing_found: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ExitRecord(Tracked, Base):
    __tablename__ = "exits"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    exit_date: Mapped[date] = mapped_column(Date)
    exit_type: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    approved_by: Mapped[str] = mapped_column(IdColumn)
    charges_outcome: Mapped[str | None] = mapped_column(String(24), nullable=True)
    final_snapshot_done: Mapped[bool] = mapped_column(Boolean, default=False)
