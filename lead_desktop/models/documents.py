"""A record of every document generated: which template, a hash of the file, who, when.
The file itself is not kept (it holds the data; it can be generated again)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, UTCDateTime, new_id


class GeneratedDocument(Base):
    __tablename__ = "generated_documents"

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # printed on every page
    kind: Mapped[str] = mapped_column(String(40))
    template: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(10), default="en")
    sha256: Mapped[str] = mapped_column(String(64))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), nullable=True,
                                                  index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    source_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)  # consent, summons…
    generated_by: Mapped[str] = mapped_column(IdColumn)
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime())
