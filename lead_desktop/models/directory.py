"""The program's directory, kept by an administrator: the courts a summons can send a
person to, the agencies that refer, and the program's own settings (its 24-hour number)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class Court(Tracked, Base):
    __tablename__ = "courts"

    name: Mapped[str] = mapped_column(String(200))
    division: Mapped[str | None] = mapped_column(String(200), nullable=True)
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    #: [{"weekday": 0..6 (Monday 0), "time": "HH:MM"}]: when it hears new summonses
    sessions: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agency(Tracked, Base):
    __tablename__ = "agencies"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    #: A regular expression a badge number of this agency matches (empty: any)
    badge_format: Mapped[str | None] = mapped_column(String(120), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProgramSetting(Base):
    """One named value of the program's settings (e.g. `phone_24h`)."""

    __tablename__ = "program_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)


class Lease(Base):
    """Who may run a shared job (the timers) until when: one workstation at a time."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
