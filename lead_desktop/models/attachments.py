"""Paper that comes back (issue 20): signed consents, IDs, court papers, letters, kept
inside the encrypted database. The content is split into chunks in their own table, so a
listing never loads a file and no single row grows past a few pages of overflow."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime, new_id


class Attachment(Tracked, Base):
    """One file kept with a person (and their case, consent, provider referral or summons).
    Never deleted by the app: a removal is a void with a reason (Tracked), the content kept
    until the retention rule allows deletion."""

    __tablename__ = "attachments"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True,
                                                index=True)
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consents.id"), nullable=True,
                                                   index=True)
    provider_referral_id: Mapped[str | None] = mapped_column(
        ForeignKey("provider_referrals.id"), nullable=True)
    summons_id: Mapped[str | None] = mapped_column(ForeignKey("summonses.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)  # services/attachments/kinds.py
    title: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))  # found from the content, not the name
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the bytes stored
    source: Mapped[str] = mapped_column(String(20))  # file | clipboard | scan | e_signature
    location_removed: Mapped[bool] = mapped_column(default=False)  # EXIF GPS was taken out
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # small PNG
    # a voided attachment's content (chunks, thumbnail) deleted under the retention rule
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class AttachmentChunk(Base):
    """A piece of an attachment's bytes, in order. Written once with the attachment."""

    __tablename__ = "attachment_chunks"
    __table_args__ = (UniqueConstraint("attachment_id", "seq"),)

    id: Mapped[str] = mapped_column(IdColumn, primary_key=True, default=new_id)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
