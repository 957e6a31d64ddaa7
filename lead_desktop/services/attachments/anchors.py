"""What an attachment belongs to (its anchor), filled from the narrowest record named and
checked: a missing record, or records of different cases or people, are refused with a
message the UI shows in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Consent, ProviderReferral, Summons
from lead_desktop.services.attachments.kinds import Kind
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message


@dataclass(frozen=True)
class Anchor:
    """What an attachment belongs to: a person, and perhaps their case, a consent, a
    provider referral or a summons (the person and case follow from the narrower one)."""

    person_id: str | None = None
    case_id: str | None = None
    consent_id: str | None = None
    provider_referral_id: str | None = None
    summons_id: str | None = None


def say(text: str, **values: object) -> Message:
    """A message of the attachments (the UI shows it in the user's language)."""
    return message("Attachments", text, **values)


def resolve(db: Database, anchor: Anchor, the_kind: Kind) -> Anchor:
    """Fill the person (and case) from the narrower record; refuse a missing one."""
    with db.read() as session:
        person, case = anchor.person_id, anchor.case_id
        if anchor.consent_id:
            consent = session.get(Consent, anchor.consent_id)
            if consent is None:
                raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "No such consent.")))
            person, case = consent.person_id, case or consent.case_id
        if anchor.summons_id:
            summons = session.get(Summons, anchor.summons_id)
            if summons is None:
                raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "No such summons.")))
            if case and summons.case_id != case:
                raise InvalidInput(say(QT_TRANSLATE_NOOP(
                    "Attachments", "That summons is another case's.")))
            case = summons.case_id
        if anchor.provider_referral_id:
            referral = session.get(ProviderReferral, anchor.provider_referral_id)
            if referral is None:
                raise InvalidInput(say(QT_TRANSLATE_NOOP(
                    "Attachments", "No such provider referral.")))
            if case and referral.case_id != case:
                raise InvalidInput(say(QT_TRANSLATE_NOOP(
                    "Attachments", "That provider referral is another case's.")))
            case = referral.case_id
        if case:
            row = session.get(Case, case)
            if row is None:
                raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "No such case.")))
            if person and row.person_id != person:
                raise InvalidInput(say(QT_TRANSLATE_NOOP(
                    "Attachments", "That case is another person's.")))
            person = row.person_id
    if (the_kind.needs == "consent" and not anchor.consent_id) or \
            (the_kind.needs == "case" and not case):
        raise InvalidInput(say(the_kind.misplaced))
    if not person:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "Say whose paper this is.")))
    return Anchor(person, case, anchor.consent_id, anchor.provider_referral_id,
                  anchor.summons_id)
