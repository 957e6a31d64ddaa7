"""Summons / complaint records: what the DA decided to file and where the paper is."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class Summons(Tracked, Base):
    __tablename__ = "summonses"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_by: Mapped[str] = mapped_column(IdColumn)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    document_kind: Mapped[str] = mapped_column(String(24))
    offenses: Mapped[list] = mapped_column(JSON, default=list)
    #: the directory's court (its address prints); `court`/`division` keep the names as set
    court_id: Mapped[str | None] = mapped_column(ForeignKey("courts.id"), nullable=True)
    court: Mapped[str | None] = mapped_column(String(200), nullable=True)
    division: Mapped[str | None] = mapped_column(String(200), nullable=True)
    return_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    return_time: Mapped[str | None] = mapped_column(String(10), nullable=True)
    complaint_number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    obtn: Mapped[str | None] = mapped_column(String(60), nullable=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="drafted", index=True)
    status_history: Mapped[list] = mapped_column(JSON, default=list)  # [{status, at, by}]
    served_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    served_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    service_method: Mapped[str | None] = mapped_column(String(40), nullable=True)
