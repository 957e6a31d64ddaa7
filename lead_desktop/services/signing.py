"""Signing on screen: the consent, participation agreement or revocation is generated as
usual (numbered, recorded, audited), the signatures captured on the signature pad are
placed on its lines, and the result is kept as the signed copy (an attachment). A consent
signed this way becomes active with that copy, as a scanned one would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from lead_desktop.db.database import Database
from lead_desktop.documents import consent as consent_doc
from lead_desktop.documents import dates, signed_copy
from lead_desktop.documents import participation_agreement as agreement_doc
from lead_desktop.documents import revocation as revocation_doc
from lead_desktop.documents.fonts import entry_problem
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Consent, Person
from lead_desktop.models.base import utcnow
from lead_desktop.security.actor import Actor
from lead_desktop.services import records, text_input
from lead_desktop.services.attachments.attachment_service import (
    Anchor,
    AttachmentService,
    AttachmentView,
)
from lead_desktop.services.attachments.kinds import AGREEMENT, CONSENT
from lead_desktop.services.consent import rules as consent_rules
from lead_desktop.services.consent.consent_service import ConsentService, ConsentView, Signature
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.revocation_document import revocation

PARTICIPANT, CASE_MANAGER, WITNESS = "participant", "case_manager", "witness"
_WITNESS = {"en": "Signature of witness", "es": "Firma del testigo"}


@dataclass(frozen=True)
class Ink:
    """What the signature pad captured for one signer."""

    signer: str          # participant | case_manager | witness
    printed_name: str
    png: bytes


@dataclass(frozen=True)
class SignedConsent:
    copy: AttachmentView
    consent: ConsentView


class SigningService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow, *,
                 documents: DocumentService | None = None) -> None:
        self.db, self.now = db, now
        self.documents = documents or DocumentService(db, now)
        self.attachments = AttachmentService(db, now)
        self.consents = ConsentService(db, now)

    def sign_consent(self, actor: Actor, consent_id: str, inks: list[Ink], *,
                     language: str | None = None,
                     expected_version: int | None = None) -> SignedConsent:
        """The consent form signed on screen, kept as its signed copy; the draft becomes
        active with it (method e-signature, signed by the participant's printed name)."""
        _check(inks)
        made = self.documents.consent(actor, consent_id, language)
        lang = self._language(consent_id=consent_id, asked=language)
        labels = {PARTICIPANT: consent_doc.wording()[lang]["signature"]}
        pdf = self._place(actor, made.pdf, inks, labels, lang, case_id=None)
        copy = self.attachments.add(actor, CONSENT, pdf, Anchor(consent_id=consent_id),
                                    title=f"Signed consent {made.number} (on screen)",
                                    source="e_signature")
        participant = next(i for i in inks if i.signer == PARTICIPANT)
        view = self.consents.activate(actor, consent_id, Signature(
            signed_by=participant.printed_name, signed_at=self.now(),
            signature_method="e_signature", scanned_copy_sha256=copy.sha256),
            expected_version=expected_version)
        return SignedConsent(copy, view)

    def sign_revocation(self, actor: Actor, consent_id: str, inks: list[Ink], *,
                        language: str | None = None) -> AttachmentView:
        """The revocation form signed on screen, kept with the consent it revokes; a
        consent in force is revoked with it (received in writing, today). A §2.35 consent
        before its revocable-from date is refused first: nothing is kept."""
        _check(inks)
        with self.db.read() as session:
            consent = session.get(Consent, consent_id)
            in_force = consent is not None and consent.status in ("active", "draft")
            allowed = consent_rules.revocable(consent, self.now().date()) if in_force else None
        if allowed is not None and not allowed.valid:
            raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "Cannot revoke: {why}."), why=allowed.why_not))
        made = revocation(self.documents, actor, consent_id, language)
        lang = self._language(consent_id=consent_id, asked=language)
        labels = {PARTICIPANT: revocation_doc.wording()[lang]["signature"]}
        pdf = self._place(actor, made.pdf, inks, labels, lang, case_id=None)
        copy = self.attachments.add(actor, CONSENT, pdf, Anchor(consent_id=consent_id),
                                    title=f"Signed revocation {made.number} (on screen)",
                                    source="e_signature")
        if in_force:
            self.consents.revoke(actor, consent_id,
                                 received_how="in writing: the revocation form signed on "
                                              "screen")
        return copy

    def sign_agreement(self, actor: Actor, case_id: str, inks: list[Ink], *,
                       language: str | None = None) -> AttachmentView:
        """The participation agreement signed by the participant and the case manager; kept
        as the signed agreement, which records it as signed (attachment_service.add)."""
        _check(inks)
        made = self.documents.participation_agreement(actor, case_id, language)
        lang = self._language(case_id=case_id, asked=language)
        t = agreement_doc.wording()[lang]
        labels = {PARTICIPANT: t["signature_participant"],
                  CASE_MANAGER: t["signature_case_manager"]}
        pdf = self._place(actor, made.pdf, inks, labels, lang, case_id=case_id)
        return self.attachments.add(actor, AGREEMENT, pdf, Anchor(case_id=case_id),
                                    title=f"Signed participation agreement {made.number} "
                                          "(on screen)", source="e_signature")

    def _language(self, *, asked: str | None, consent_id: str | None = None,
                  case_id: str | None = None) -> str:
        """The language the document was generated in (as DocumentService chooses it)."""
        with self.db.read() as session:
            if consent_id is not None:
                consent = session.get(Consent, consent_id)
                person = session.get(Person, consent.person_id) if consent else None
            else:
                case = session.get(Case, case_id)
                person = session.get(Person, case.person_id) if case else None
        lang = asked or (person.preferred_language if person else None) or "en"
        return lang if lang in consent_doc.LANGUAGES else "en"

    def _place(self, actor: Actor, pdf: bytes, inks: list[Ink], labels: dict[str, str],
               lang: str, case_id: str | None) -> bytes:
        with self.db.read() as session:
            case = session.get(Case, case_id) if case_id else None
            zone = self.documents._program_zone(session, case)  # noqa: SLF001 - shared rule
        local = dates.local(self.now(), zone)
        when = f"{dates.day(local, lang)} {dates.clock(local, lang)}"
        marks = [signed_copy.Mark(labels.get(ink.signer) or _WITNESS[lang],
                                  ink.printed_name.strip(), ink.png) for ink in inks]
        return signed_copy.place(
            pdf, marks, note=signed_copy.statement(when, actor.workstation, lang),
            date_text=dates.day(local, lang),
            extra_title="Firmas electrónicas" if lang == "es" else "Electronic signatures").pdf


def _check(inks: list[Ink]) -> None:
    p = records.Problems()
    for ink in inks:
        text_input.check(p, f"{ink.signer}_name", ink.printed_name)
        if not ink.printed_name.strip():
            p.add(f"{ink.signer}_name", "print the signer's name")
        elif problem := entry_problem(ink.printed_name):  # refused here, not at printing
            p.add(f"{ink.signer}_name", problem)
        if not ink.png:
            p.add(ink.signer, "sign on the pad")
        if ink.signer not in (PARTICIPANT, CASE_MANAGER, WITNESS):
            raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                "Consents", "Unknown signer {signer}."), signer=repr(ink.signer)))
    if not any(ink.signer == PARTICIPANT for ink in inks):
        p.add(PARTICIPANT, "the participant signs")
    p.raise_if_any()
