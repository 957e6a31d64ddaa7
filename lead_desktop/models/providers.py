"""Treatment and support providers, their capacity, and closed-loop provider referrals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime, new_id


class Provider(Tracked, Base):
    __tablename__ = "providers"

    name: Mapped[str] = mapped_column(String(200))
    provider_type: Mapped[str | None] = mapped_column(String(60), nullable=True)
    levels_of_care: Mapped[list] = mapped_column(JSON, default=list)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    fax: Mapped[str | None] = mapped_column(String(40), nullable=True)
    secure_email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    contact_person: Mapped[str | None] = mapped_column(String(200), nullable=True)
    insurance_accepted: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    part2_program: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProviderCapacity(Base):
    """Slots "as of" a date: each update is a new row, so history is kept."""

    __tablename__ = "provider_capacity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # entry order
    provider_id: Mapped[str] = mapped_column(ForeignKey("providers.id"), index=True)
    level: Mapped[str] = mapped_column(String(40))
    total_slots: Mapped[int] = mapped_column(Integer)
    funded_slots: Mapped[int] = mapped_column(Integer)
    vacancies: Mapped[int] = mapped_column(Integer)
    waitlist_length: Mapped[int | None] = mapped_column(Integer, nullable=True)
    as_of: Mapped[date] = mapped_column(Date)
    updated_by: Mapped[str] = mapped_column(IdColumn)


class ProviderReferral(Tracked, Base):
    __tablename__ = "provider_referrals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    provider_id: Mapped[str] = mapped_column(ForeignKey("providers.id"), index=True)
    level_of_care: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consents.id"), nullable=True)
    override_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    override_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    method: Mapped[str | None] = mapped_column(String(40), nullable=True)
    provider_contact: Mapped[str | None] = mapped_column(String(200), nullable=True)
    waitlist_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    admitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    discharged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)

    events: Mapped[list["ProviderReferralEvent"]] = relationship(
        order_by="ProviderReferralEvent.at", cascade="all, delete-orphan")


class ProviderReferralEvent(Base):
    """The dated status history of a provider referral."""

    __tablename__ = "provider_referral_events"

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    provider_referral_id: Mapped[str] = mapped_column(ForeignKey("provider_referrals.id"),
                                                      index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_user: Mapped[str] = mapped_column(IdColumn)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)


class Appointment(Tracked, Base):
    __tablename__ = "appointments"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    provider_referral_id: Mapped[str | None] = mapped_column(
        ForeignKey("provider_referrals.id"), nullable=True)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    attendance: Mapped[str | None] = mapped_column(String(24), nullable=True)
    attendance_source: Mapped[str | None] = mapped_column(String(20), nullable=True)
    excuse_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
