"""Where a person's consent stands, in one word for the chip of their header: signed,
expires soon, not signed yet, revoked, expired, or none. Decided here (Qt-free) from the
consents the services list; drawn by ui/status_chip.py with the "consent_standing" labels.

"Expires soon" uses the program's consent alert window (the same days after which the work
queue lists "Consent expiring"), so the header and the queue agree."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Sequence

from lead_desktop.services.program.profile import Timers


class ConsentStanding(str, Enum):
    SIGNED = "signed"
    EXPIRES_SOON = "expires_soon"
    DRAFT = "draft"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NONE = "none"


DEFAULT_ALERT_DAYS = Timers().consent_expiry_alert_days


def consent_standing(consents: Sequence, today: date,
                     alert_days: int = DEFAULT_ALERT_DAYS) -> ConsentStanding:
    """`consents`: the person's ConsentViews, oldest first (ConsentService.list_for_person).
    A valid one wins (the soonest expiry of the valid ones decides "expires soon"); else a
    draft waiting for its signature; else what became of the newest consent in force."""
    valid = [c for c in consents if c.valid_today]
    if valid:
        ends = [c.expires_on for c in valid if c.expires_on]
        if ends and (min(ends) - today).days <= alert_days:
            return ConsentStanding.EXPIRES_SOON
        return ConsentStanding.SIGNED
    if any(c.status == "draft" for c in consents):
        return ConsentStanding.DRAFT
    ended = [c for c in consents if c.status in ("active", "expired", "revoked")]
    if not ended:
        return ConsentStanding.NONE
    return (ConsentStanding.REVOKED if ended[-1].status == "revoked"
            else ConsentStanding.EXPIRED)
