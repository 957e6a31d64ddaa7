"""A record of every document generated: which template, a hash of the file, who, when.
The file itself is not kept (it holds the data; it can be generated again). And the
agency templates documents are filled from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
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


class AgencyTemplateRecord(Base):
    """A department's own fillable PDF (its court's official form) and the field map that
    fills it. Kept in the database, so every workstation prints the same version; a new
    version retires the one before (outputs record which version they used)."""

    __tablename__ = "agency_templates"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40), index=True)   # what it replaces: "summons"
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    field_map: Mapped[str] = mapped_column(Text)                # the TOML, as registered
    sha256: Mapped[str] = mapped_column(String(64))             # of the PDF
    registered_by: Mapped[str] = mapped_column(IdColumn)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
