"""The revocation form of a consent (documents.md §6), from the records: blank to be
signed when the person asks to revoke, or filled in with how and when a revocation was
received once it is recorded. Numbered, hashed and audited like every document."""

from __future__ import annotations

from lead_desktop.documents import dates, names
from lead_desktop.documents import revocation as revocation_doc
from lead_desktop.documents.choices import in_language
from lead_desktop.models import Case, Consent, Person, User
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import document_facts as facts
from lead_desktop.services import records
from lead_desktop.services.documents_service import DocumentService, Generated


def revocation(documents: DocumentService, actor: Actor, consent_id: str,
               language: str | None = None) -> Generated:
    require(documents.db, actor, Data.CONSENTS, Access.WRITE, record_type="consent",
            record_id=consent_id)
    with documents.db.write() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise records.not_found("consent")
        person = session.get(Person, consent.person_id)
        case = session.get(Case, consent.case_id) if consent.case_id else None
        zone = documents._program_zone(session, case)   # dates are the program's dates
        today = dates.local(documents.now(), zone).date()
        number = facts.consent_number(consent.id)         # as printed on the consent
        lang = language or person.preferred_language or "en"
        lang = lang if lang in ("en", "es") else "en"
        received = ""
        if consent.revoked_at is not None:
            logger = session.get(User, consent.revocation_logged_by) \
                if consent.revocation_logged_by else None
            received = ", ".join(v for v in (
                dates.day(dates.local(consent.revoked_at, zone), lang),
                consent.revocation_received_how,
                f"logged by {logger.display_name}" if logger else "") if v)
        form = revocation_doc.Revocation(
            person_name=names.first_last(person.first_name, person.last_name, lang),
            dob=person.dob,
            consent_number=number,
            consent_signed_on=dates.local(consent.signed_at, zone).date()
            if consent.signed_at else None,
            recipients=tuple(", ".join(v for v in (r.get("name"),
                                                   in_language(r.get("class") or "", lang)) if v)
                             for r in consent.recipients),
            effective_on=dates.local(consent.revoked_at, zone).date() if consent.revoked_at
            else today, language=lang,
            cj_revocable_from=consent.cj_revocable_after, received=received)
        return documents._record(session, actor, "revocation", revocation_doc.TEMPLATE,
                                 lambda stamp: revocation_doc.build(form, stamp, today),
                                 person, case, consent.id, form.language)
