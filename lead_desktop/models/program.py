"""The program's rules as an administrator keeps them: profile versions (append-only: a
change is a new version, a case keeps the one it was accepted under), the holiday calendar
of business days and the code lists a site extends (both with the dates they apply)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, UTCDateTime, new_id


class ProfileVersion(Base):
    """One version of a program profile: its rules as canonical TOML. Never changed."""

    __tablename__ = "profile_versions"
    __table_args__ = (UniqueConstraint("profile_id", "version",
                                       name="uq_profile_versions_profile_id_version"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    profile_id: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    #: Why this version was made ("catchment: Leland PD added"; "bundled preset")
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    #: Who, in words, also for the setup and upgrade that have no user account
    created_by_name: Mapped[str] = mapped_column(String(200))


class Holiday(Base):
    """A day off of the program's business-day calendar. Added, and possibly withdrawn
    (stamped once), never edited."""

    __tablename__ = "holidays"

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    day: Mapped[date] = mapped_column(Date, index=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_es: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    withdrawn_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)


class CodeEntry(Base):
    """One code of an administrator-kept list (offense codes, exit reasons, contact types,
    housing and employment categories), in English and Spanish, in use from a date and
    possibly retired on one (stamped once); a retired code still reads on old records."""

    __tablename__ = "code_entries"
    __table_args__ = (UniqueConstraint("list_name", "code",
                                       name="uq_code_entries_list_name_code"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    list_name: Mapped[str] = mapped_column(String(30), index=True)
    code: Mapped[str] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(300))
    label_es: Mapped[str] = mapped_column(String(300))
    #: Offense codes: the statute and the level (felony, misdemeanor, ...)
    statute: Mapped[str | None] = mapped_column(String(120), nullable=True)
    level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    retired_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
