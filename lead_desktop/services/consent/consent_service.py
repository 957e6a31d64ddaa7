"""Recording consents, activating, revoking, and the guard before every disclosure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import Attachment, Consent, DisclosureLogEntry
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data, Role, Scope, scope
from lead_desktop.security.scope import office_of, receives, require_consent
from lead_desktop.services import records, text_input
from lead_desktop.services.consent import rules
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message
from lead_desktop.services.program.prosecutor_office import program_office, prosecutor_office
from lead_desktop.services.records import Problems

LEGAL_BASES = ("court_order", "medical_emergency", "audit")

# What a draft's form edits (recipients, a list, apart).
_DRAFT_FIELDS = ("person_id", "case_id", "consent_type", "discloser", "information_description",
                 "purpose", "language", "expires_on", "expires_event", "cj_revocable_after",
                 "cj_revocable_after_event", "witness")


def override_refused() -> PermissionDenied:
    """Someone other than a supervisor tried to override the consent guard (a disclosure,
    a provider referral)."""
    return PermissionDenied(message("Consents", QT_TRANSLATE_NOOP(
        "Consents", "Only a supervisor may override the consent guard.")))


def _not_a_draft(consent: Consent) -> InvalidInput:
    return InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
        "Consents", "Only a draft consent can be edited (this one is {status})."),
        status=Coded("consent_status", consent.status)))


@dataclass(frozen=True)
class ConsentInput:
    person_id: str
    consent_type: str
    discloser: str
    recipients: tuple[dict, ...]
    information_description: str
    purpose: str
    language: str = "en"
    case_id: str | None = None
    expires_on: date | None = None
    expires_event: str | None = None
    cj_revocable_after: date | None = None
    cj_revocable_after_event: str | None = None
    witness: str | None = None


@dataclass(frozen=True)
class Signature:
    signed_by: str
    signed_at: datetime
    signature_method: str  # wet_ink_scanned | e_signature
    scanned_copy_sha256: str
    signer_authority: str | None = None


@dataclass(frozen=True)
class ConsentView:
    id: str
    row_version: int
    person_id: str
    consent_type: str
    status: str
    recipients: tuple[dict, ...]
    expires_on: date | None
    cj_revocable_after: date | None
    valid_today: bool
    why_not_valid: Message | None   # the UI shows it in the user's language

    @classmethod
    def of(cls, consent: Consent, today: date) -> "ConsentView":
        v = rules.validity(consent, today)
        return cls(consent.id, consent.row_version, consent.person_id, consent.consent_type,
                   consent.status, tuple(consent.recipients), consent.expires_on,
                   consent.cj_revocable_after, v.valid, v.why_not)


@dataclass(frozen=True)
class Disclosure:
    person_id: str
    recipient: str
    purpose: str
    what_sent: tuple[dict, ...]  # ({document, sha256}, ...)
    recipient_class: str | None = None
    case_id: str | None = None
    method: str | None = None
    part2_material: bool = True
    notice_2_32_attached: bool = True
    legal_basis: str | None = None
    legal_citation: str | None = None
    override_reason: str | None = None


def validate(data: ConsentInput) -> None:
    p = Problems()
    # the witness is a staff member's name: checked as names are (a visible letter, no
    # invisible or direction characters)
    text_input.check_all(p, data, names=("witness",), texts=("information_description",
                                                            "purpose"))
    if data.consent_type not in rules.CONSENT_TYPES:
        p.add("consent_type", f"one of {', '.join(rules.CONSENT_TYPES)}")
    if not data.discloser.strip():
        p.add("discloser", "required")
    if not data.recipients or not all((r.get("name") or r.get("class")) for r in data.recipients):
        p.add("recipients", "name each recipient, or its class")
    for r in data.recipients:
        if r.get("name") and not r.get("class") and not r.get("address"):
            p.add("recipients", "a named recipient needs an address")
    description = data.information_description.strip()
    if len(description) < 20:
        p.add("information_description", "describe the information specifically (20+ characters)")
    elif description.casefold().strip(". ") in rules.VAGUE_DESCRIPTIONS:
        p.add("information_description", "\"any and all records\" is not specific enough")
    if not data.purpose.strip():
        p.add("purpose", "required")
    if not data.expires_on and not (data.expires_event or "").strip():
        p.add("expires_on", "give an expiry date or event")
    if data.consent_type == rules.CJ_REFERRAL and not data.cj_revocable_after and \
            not (data.cj_revocable_after_event or "").strip():
        p.add("cj_revocable_after", "required for a §2.35 consent (no later than final "
                                    "disposition)")
    p.raise_if_any()


class ConsentService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def record(self, actor: Actor, data: ConsentInput) -> ConsentView:
        """A consent in draft: it becomes active only once signed and its copy is on file."""
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent")
        validate(data)
        with self.db.write() as session:
            consent = Consent(**{k: getattr(data, k) for k in _DRAFT_FIELDS},
                recipients=[dict(r) for r in data.recipients], status="draft")
            records.created(consent, actor, self.now())
            session.add(consent)
            session.flush()
            audit.record(session, actor, "consent.create", record_type="consent",
                         record_id=consent.id, details={"type": data.consent_type})
            return ConsentView.of(consent, self.now().date())

    def draft(self, actor: Actor, consent_id: str) -> tuple[ConsentInput, int]:
        """A draft consent as stored, and its version: what the consent form reopens with."""
        require_consent(self.db, actor, Access.READ, consent_id,
                        program_office(self.db))
        with self.db.write() as session:
            consent = self._load(session, consent_id)
            if consent.status != "draft":
                raise _not_a_draft(consent)
            audit.record(session, actor, "consent.view", record_type="consent",
                         record_id=consent_id)
            values = {name: getattr(consent, name) for name in _DRAFT_FIELDS}
            return (ConsentInput(recipients=tuple(dict(r) for r in consent.recipients),
                                 **values), consent.row_version)

    def edit_draft(self, actor: Actor, consent_id: str, data: ConsentInput,
                   expected_version: int) -> ConsentView:
        """Correct a draft before it is signed. `expected_version` is the version the form
        opened: a save over a newer one raises StaleRecord and writes nothing; saving what
        is stored changes nothing."""
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
                record_id=consent_id)
        validate(data)
        with self.db.write() as session:
            consent = self._load(session, consent_id)
            if consent.status != "draft":
                raise _not_a_draft(consent)
            if data.person_id != consent.person_id:
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "A consent stays with the person it was recorded for.")))
            wanted = {name: getattr(data, name) for name in _DRAFT_FIELDS}
            wanted["recipients"] = [dict(r) for r in data.recipients]
            changes = {k: v for k, v in wanted.items() if getattr(consent, k) != v}
            if changes:
                records.require_version(consent, expected_version, changes, "consent")
                for name, value in changes.items():
                    setattr(consent, name, value)
                records.changed(consent, actor, self.now())
                session.flush()
                audit.record(session, actor, "consent.edit_draft", record_type="consent",
                             record_id=consent_id, details={"fields": sorted(changes)})
            return ConsentView.of(consent, self.now().date())

    def activate(self, actor: Actor, consent_id: str, signature: Signature, *,
                 expected_version: int | None = None) -> ConsentView:
        """The signed copy is on file: the draft becomes active. With `expected_version`
        (the form's), a draft changed since on another workstation is not activated unseen."""
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
                record_id=consent_id)
        p = Problems()
        text_input.check_all(p, signature, names=("signed_by",))
        if not signature.signed_by.strip():
            p.add("signed_by", "required")
        if signature.signature_method not in ("wet_ink_scanned", "e_signature"):
            p.add("signature_method", "wet ink (scanned) or e-signature")
        if len(signature.scanned_copy_sha256 or "") != 64:
            p.add("scanned_copy", "attach the signed copy before the consent becomes active")
        if "signed_at" not in p.by_field and signature.signed_at > self.now():
            p.add("signed_at", "cannot be in the future")
        p.raise_if_any()
        with self.db.write() as session:
            consent = self._load(session, consent_id)
            if consent.status != "draft":
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "Only a draft consent can be activated (this one is {status})."),
                    status=Coded("consent_status", consent.status)))
            if expected_version is not None:
                records.require_version(consent, expected_version, {"status": "active"},
                                        "consent")
            if not _has_signed_copy(session, consent_id, signature.scanned_copy_sha256):
                raise records.ValidationFailed({"scanned_copy": (
                    "attach the signed copy to this consent first: a consent becomes active "
                    "only with its signed copy on file")})
            consent.signed_by, consent.signed_at = signature.signed_by, signature.signed_at
            consent.signature_method = signature.signature_method
            consent.signer_authority = signature.signer_authority
            consent.scanned_copy_sha256 = signature.scanned_copy_sha256
            consent.status = "active"
            records.changed(consent, actor, self.now())
            audit.record(session, actor, "consent.activate", record_type="consent",
                         record_id=consent_id)
            return ConsentView.of(consent, self.now().date())

    def revoke(self, actor: Actor, consent_id: str, *, received_how: str,
               revoked_at: datetime | None = None,
               expected_version: int | None = None) -> ConsentView:
        """Revocation stops future disclosures; earlier ones made in reliance stand. With
        `expected_version` (the consent as shown) a consent changed meanwhile is refused."""
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
                record_id=consent_id)
        text_input.require_clean(received_how=received_how, revoked_at=revoked_at)
        if not received_how.strip():
            raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                "Consents", "Record how the revocation was received (in writing).")))
        when = revoked_at or self.now()
        with self.db.write() as session:
            consent = self._load(session, consent_id)
            if expected_version is not None:
                records.require_version(consent, expected_version, {"status": "revoked"},
                                        "consent")
            allowed = rules.revocable(consent, when.date())
            if not allowed.valid:
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "Cannot revoke: {why}."), why=allowed.why_not))
            if consent.status not in ("active", "draft"):
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "This consent is {status}: it can no longer be revoked."),
                    status=Coded("consent_status", consent.status)))
            consent.status, consent.revoked_at = "revoked", when
            consent.revocation_received_how = received_how.strip()
            consent.revocation_logged_by = actor.user_id
            records.changed(consent, actor, self.now())
            audit.record(session, actor, "consent.revoke", record_type="consent",
                         record_id=consent_id)
            return ConsentView.of(consent, self.now().date())

    def supersede(self, actor: Actor, old_id: str, new_id: str, *,
                  expected_version: int | None = None) -> None:
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
                record_id=old_id)
        with self.db.write() as session:
            old = self._load(session, old_id)
            if expected_version is not None:
                records.require_version(old, expected_version, {"status": "superseded"},
                                        "consent")
            if old.status == "superseded":
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "This consent is already superseded.")))
            old.status, old.superseded_by_id = "superseded", new_id
            records.changed(old, actor, self.now())
            audit.record(session, actor, "consent.supersede", record_type="consent",
                         record_id=old_id, details={"by": new_id})

    def list_for_person(self, actor: Actor, person_id: str) -> list[ConsentView]:
        require(self.db, actor, Data.CONSENTS, Access.READ, record_type="consent")
        today = self.now().date()
        with self.db.write() as session:
            rows = session.scalars(select(Consent).where(Consent.person_id == person_id)
                                   .order_by(Consent.created_at)).all()
            if actor.role is not None and \
                    scope(actor.role, Data.CONSENTS) is Scope.RECEIVED_2_35:
                # the reviewer: their office's §2.35 only
                office = office_of(session, actor, prosecutor_office(session))
                rows = [c for c in rows if receives(c, office)]
            audit.record(session, actor, "consent.list", record_type="person",
                         record_id=person_id)
            return [ConsentView.of(c, today) for c in rows]

    def disclose(self, actor: Actor, disclosure: Disclosure) -> str:
        """Log a disclosure, after the guard: a consent valid today naming this recipient,
        or another legal basis, or a supervisor's override with a reason (audited)."""
        require(self.db, actor, Data.CONSENTS, Access.WRITE, record_type="disclosure")
        text_input.require_clean(disclosure, texts=("purpose",))
        if disclosure.part2_material and not disclosure.notice_2_32_attached:
            raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                "Consents", "Part 2 material must go out with the §2.32 notice.")))
        if not disclosure.what_sent:
            raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                "Consents", "List what was sent, with a hash of each file.")))
        with self.db.write() as session:
            consent = guard_consent(session, disclosure.person_id, disclosure.recipient,
                                    disclosure.recipient_class, self.now().date())
            self._check_basis(actor, consent, disclosure)
            entry = DisclosureLogEntry(
                person_id=disclosure.person_id, case_id=disclosure.case_id,
                disclosed_at=self.now(), recipient=disclosure.recipient,
                purpose=disclosure.purpose, consent_id=consent.id if consent else None,
                legal_basis=disclosure.legal_basis, legal_citation=disclosure.legal_citation,
                what_sent=[dict(w) for w in disclosure.what_sent], method=disclosure.method,
                signed_copy_id=signed_copy_id(session, consent),
                by_user=actor.user_id, notice_2_32_attached=disclosure.notice_2_32_attached,
                override_reason=disclosure.override_reason if consent is None else None)
            records.created(entry, actor, self.now())
            session.add(entry)
            session.flush()
            audit.record(session, actor, "disclosure", record_type="disclosure",
                         record_id=entry.id,
                         details={"consent": entry.consent_id,
                                  "signed_copy": entry.signed_copy_id,
                                  "basis": entry.legal_basis,
                                  "override": bool(entry.override_reason),
                                  "files": [w.get("sha256") for w in disclosure.what_sent]})
            return entry.id

    def _check_basis(self, actor: Actor, consent: Consent | None, d: Disclosure) -> None:
        if consent is not None:
            return
        if d.legal_basis:
            if d.legal_basis not in LEGAL_BASES or not (d.legal_citation or "").strip():
                raise InvalidInput(message("Consents", QT_TRANSLATE_NOOP(
                    "Consents", "A legal basis is one of {bases}, with its citation."),
                    bases=Listed(tuple(Coded("legal_basis", b) for b in LEGAL_BASES))))
            return
        if not (d.override_reason or "").strip():
            raise ConsentMissing(message("Consents", QT_TRANSLATE_NOOP(
                "Consents", "No consent valid today names {recipient}."), recipient=d.recipient))
        if actor.role is not Role.SUPERVISOR:
            raise override_refused()

    @staticmethod
    def _load(session: Session, consent_id: str) -> Consent:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise records.not_found("consent")
        return consent


class ConsentMissing(InvalidInput):
    """The consent guard refused: no valid consent names this recipient."""


def guard_consent(session: Session, person_id: str, recipient: str | None,
                  recipient_class: str | None, today: date) -> Consent | None:
    """The newest consent valid today that names this recipient, or None."""
    rows = session.scalars(select(Consent).where(Consent.person_id == person_id,
                                                 Consent.status == "active")
                           .order_by(Consent.signed_at.desc())).all()
    for consent in rows:
        if rules.validity(consent, today).valid and \
                rules.names_recipient(consent, recipient, recipient_class):
            return consent
    return None


def _has_signed_copy(session: Session, consent_id: str, sha256: str) -> bool:
    """The consent's signed copy is attached to it (the hash is the attachment's hash)."""
    return session.scalar(select(Attachment.id).where(
        Attachment.consent_id == consent_id, Attachment.sha256 == sha256,
        Attachment.kind == "signed_consent", Attachment.voided_at.is_(None))
        .limit(1)) is not None


def signed_copy_id(session: Session, consent: Consent | None) -> str | None:
    """The attachment a consent was activated with: what a disclosure relied on."""
    if consent is None or not consent.scanned_copy_sha256:
        return None
    return session.scalar(select(Attachment.id).where(
        Attachment.consent_id == consent.id, Attachment.sha256 == consent.scanned_copy_sha256)
        .order_by(Attachment.created_at).limit(1))


def any_valid_consent(session: Session, person_id: str, today: date) -> bool:
    rows = session.scalars(select(Consent).where(Consent.person_id == person_id,
                                                 Consent.status == "active")).all()
    return any(rules.validity(c, today).valid for c in rows)
