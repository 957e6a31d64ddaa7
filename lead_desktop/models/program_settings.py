"""Program-wide settings an administrator changes (for every workstation of the database),
one row per setting, its value as JSON."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, UTCDateTime


class ProgramSetting(Base):
    __tablename__ = "program_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
