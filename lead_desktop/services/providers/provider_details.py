"""A provider's details as the Providers page edits them: its type (what a consent to a
class of recipients matches, services/providers/provider_types.py), address, phone and
contact person. Kept apart from capacity (provider_service.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.models import Provider
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.providers.provider_types import checked_type


@dataclass(frozen=True)
class ProviderDetailsView:
    id: str
    name: str
    provider_type: str | None
    address: str | None
    phone: str | None
    contact_person: str | None
    row_version: int


def _blank_none(text: str | None) -> str | None:
    return (text or "").strip() or None


class ProviderDetails:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def all(self, actor: Actor) -> dict[str, ProviderDetailsView]:
        """Every active provider's details, by id."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.READ, record_type="provider")
        with self.db.read() as session:
            rows = session.scalars(select(Provider).where(
                Provider.active.is_(True), Provider.voided_at.is_(None))).all()
            return {p.id: ProviderDetailsView(p.id, p.name, p.provider_type, p.address, p.phone,
                                              p.contact_person, p.row_version) for p in rows}

    def change(self, actor: Actor, provider_id: str, *, provider_type: str | None,
               address: str | None, phone: str | None, contact_person: str | None,
               expected_version: int | None = None) -> None:
        """New details; with `expected_version` (the details as shown) a change saved
        meanwhile on another workstation is not overwritten unseen (StaleRecord)."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE, record_type="provider",
                record_id=provider_id)
        text_input.require_clean(address=address, phone=phone, contact_person=contact_person)
        new = {"provider_type": checked_type(provider_type), "address": _blank_none(address),
               "phone": _blank_none(phone), "contact_person": _blank_none(contact_person)}
        with self.db.write() as session:
            provider = session.get(Provider, provider_id)
            if provider is None or provider.voided_at is not None:
                raise records.not_found("provider")
            if expected_version is not None:
                records.require_version(provider, expected_version, new, "provider")
            changed = sorted(k for k, v in new.items() if getattr(provider, k) != v)
            if not changed:
                return
            for key in changed:
                setattr(provider, key, new[key])
            records.changed(provider, actor, self.now())
            audit.record(session, actor, "provider.update", record_type="provider",
                         record_id=provider_id, details={"fields": changed})
