"""When a consent is valid, and whether it names a recipient. Pure functions over rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.models import Consent
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

CONSENT_TYPES = ("part2_general", "part2_tpo", "part2_cj_referral", "hipaa_authorization",
                 "program_roi", "counseling_notes", "legal_proceedings")
CJ_REFERRAL = "part2_cj_referral"
VAGUE_DESCRIPTIONS = ("any and all records", "all records", "any records", "everything")


@dataclass(frozen=True)
class Validity:
    valid: bool
    #: why not, as a message (English in logs; the UI shows it in the user's language)
    why_not: Message | None = None


def _say(text: str, **values: object) -> Message:
    return message("Consents", text, **values)


def validity(consent: Consent, today: date) -> Validity:
    if consent.voided_at is not None:
        return Validity(False, _say(QT_TRANSLATE_NOOP("Consents", "voided")))
    if consent.status == "revoked":
        return Validity(False, _say(QT_TRANSLATE_NOOP("Consents", "revoked on {day}"),
                                    day=consent.revoked_at.date()))
    if consent.status == "superseded":
        return Validity(False, _say(QT_TRANSLATE_NOOP("Consents",
                                                      "superseded by a newer consent")))
    if consent.status == "expired" or (consent.expires_on and consent.expires_on < today):
        return Validity(False, _say(QT_TRANSLATE_NOOP("Consents", "expired on {day}"),
                                    day=consent.expires_on) if consent.expires_on
                        else _say(QT_TRANSLATE_NOOP("Consents", "expired")))
    if consent.status != "active":
        return Validity(False, _say(QT_TRANSLATE_NOOP("Consents",
                                                      "not signed and activated yet")))
    return Validity(True)


def revocable(consent: Consent, today: date) -> Validity:
    """§2.35: a criminal-justice referral consent cannot be revoked before its date."""
    if consent.consent_type == CJ_REFERRAL and consent.cj_revocable_after and \
            today < consent.cj_revocable_after:
        return Validity(False, _say(QT_TRANSLATE_NOOP(
            "Consents", "this §2.35 consent cannot be revoked before {day}"),
            day=consent.cj_revocable_after))
    return Validity(True)


def names_recipient(consent: Consent, name: str | None, recipient_class: str | None) -> bool:
    """True if the consent names this recipient, by name or by class."""
    for recipient in consent.recipients or []:
        if name and (recipient.get("name") or "").casefold() == name.casefold():
            return True
        if recipient_class and (recipient.get("class") or "").casefold() == \
                recipient_class.casefold():
            return True
    return False


def expiring_soon(consent: Consent, today: date, within_days: int) -> bool:
    return bool(consent.expires_on) and 0 <= (consent.expires_on - today).days <= within_days
