"""The single row describing this database: its id, name and the audit chain's head."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lead_desktop.models.base import Base, UTCDateTime


class DatabaseInfo(Base):
    __tablename__ = "database_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    fingerprint: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(100))
    # The audit chain's head, updated in the same transaction as each entry, so that
    # removing the newest entries is detected too (a hash chain alone cannot see that).
    audit_head_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_hash: Mapped[str] = mapped_column(String(64))
    #: The program profile new referrals are accepted under (`id@version`); set at setup.
    program_profile: Mapped[str | None] = mapped_column(String(80), nullable=True)
