"""The revocation form of a consent (documents.md §6), from the records: blank to be
signed when the person asks to revoke, or filled in with how and when a revocation was
received once it is recorded. Numbered, hashed and audited like every document."""

from __future__ import annotations

from sqlalchemy import select

from lead_desktop.documents import revocation as revocation_doc
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Consent, GeneratedDocument, Person, User
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.documents_service import DocumentService, Generated


def revocation(documents: DocumentService, actor: Actor, consent_id: str,
               language: str | None = None) -> Generated:
    require(documents.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
            record_id=consent_id)
    today = documents.now().date()
    with documents.db.write() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise InvalidInput("No such consent.")
        person = session.get(Person, consent.person_id)
        number = session.scalar(select(GeneratedDocument.number).where(
            GeneratedDocument.kind == "consent", GeneratedDocument.source_id == consent.id)
            .order_by(GeneratedDocument.generated_at.desc())) or consent.id[:8].upper()
        received = ""
        if consent.revoked_at is not None:
            logger = session.get(User, consent.revocation_logged_by) \
                if consent.revocation_logged_by else None
            received = ", ".join(v for v in (
                consent.revoked_at.date().isoformat(), consent.revocation_received_how,
                f"logged by {logger.display_name}" if logger else "") if v)
        lang = language or person.preferred_language or "en"
        form = revocation_doc.Revocation(
            person_name=f"{person.first_name} {person.last_name}", dob=person.dob,
            consent_number=number,
            consent_signed_on=consent.signed_at.date() if consent.signed_at else None,
            recipients=tuple(", ".join(v for v in (r.get("name"), r.get("class")) if v)
                             for r in consent.recipients),
            effective_on=consent.revoked_at.date() if consent.revoked_at else today,
            language=lang if lang in ("en", "es") else "en",
            cj_revocable_from=consent.cj_revocable_after, received=received)
        case = session.get(Case, consent.case_id) if consent.case_id else None
        return documents._record(session, actor, "revocation", revocation_doc.TEMPLATE,
                                 lambda stamp: revocation_doc.build(form, stamp, today),
                                 person, case, consent.id, form.language)
