"""Consent records (42 CFR Part 2, §2.35, HIPAA) and the disclosure log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, IdColumn, Tracked, UTCDateTime


class Consent(Tracked, Base):
    __tablename__ = "consents"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    consent_type: Mapped[str] = mapped_column(String(30))
    discloser: Mapped[str] = mapped_column(String(200))
    recipients: Mapped[list] = mapped_column(JSON, default=list)  # [{name, class, address}]
    information_description: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_event: Mapped[str | None] = mapped_column(String(300), nullable=True)
    cj_revocable_after: Mapped[date | None] = mapped_column(Date, nullable=True)
    cj_revocable_after_event: Mapped[str | None] = mapped_column(String(300), nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    signer_authority: Mapped[str | None] = mapped_column(String(200), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signature_method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    witness: Mapped[str | None] = mapped_column(String(200), nullable=True)
    scanned_copy_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revocation_received_how: Mapped[str | None] = mapped_column(String(100), nullable=True)
    revocation_logged_by: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    superseded_by_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)


class DisclosureLogEntry(Tracked, Base):
    """Kept 3 years or more: the accounting of disclosures (Part 2 §2.25)."""

    __tablename__ = "disclosure_log"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recipient: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text)
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("consents.id"), nullable=True)
    # the consent's signed copy (an attachment) the disclosure relied on: the evidence
    signed_copy_id: Mapped[str | None] = mapped_column(IdColumn, nullable=True)
    legal_basis: Mapped[str | None] = mapped_column(String(40), nullable=True)
    legal_citation: Mapped[str | None] = mapped_column(String(300), nullable=True)
    what_sent: Mapped[list] = mapped_column(JSON, default=list)  # [{document, sha256}]
    method: Mapped[str | None] = mapped_column(String(40), nullable=True)
    by_user: Mapped[str] = mapped_column(IdColumn)
    notice_2_32_attached: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
