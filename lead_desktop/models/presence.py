"""Who has the database open: one row per running program, kept fresh by a heartbeat.

Not a record of the program: rows come and go (a crashed workstation's row expires), so
this table is neither append-only nor versioned, and nothing in it is audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, UTCDateTime, new_id


class WorkstationPresence(Base):
    __tablename__ = "workstation_presence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workstation: Mapped[str] = mapped_column(String(200))
    username: Mapped[str] = mapped_column(String(100))
    program: Mapped[str] = mapped_column(String(40))
    pid: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
