"""A merge of two person records: the before-image that makes an unmerge possible."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, UTCDateTime, new_id


class PersonMerge(Base):
    __tablename__ = "person_merges"

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    survivor_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    merged_by: Mapped[str] = mapped_column(IdColumn)
    reason: Mapped[str] = mapped_column(String(500))
    #: Field values of both people before the merge, and the ids of every record re-pointed.
    before_image: Mapped[dict] = mapped_column(JSON)
    unmerged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    unmerged_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)


class NotSamePerson(Base):
    """A supervisor's finding that two records the duplicate check pairs are two people:
    the pair stays off the list of suspected duplicates (the lower id first)."""

    __tablename__ = "person_not_same"

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    first_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    second_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[str] = mapped_column(IdColumn)
    reason: Mapped[str] = mapped_column(String(500))
