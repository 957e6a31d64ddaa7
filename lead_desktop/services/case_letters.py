"""The decline letter and the DA completion notice from the records (workflow.md §2):
numbered, recorded and audited like every document (DocumentService._record)."""

from __future__ import annotations

from sqlalchemy import select

from lead_desktop.documents import case_letters as letters_doc
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, CaseTransition, Person, Referral
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records
from lead_desktop.services.documents_service import DocumentService, Generated
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.prosecutor_office import prosecutor_office
from lead_desktop.services.program.vocabulary import CaseState


def decline_letter(docs: DocumentService, actor: Actor, case_id: str,
                   language: str | None = None) -> Generated:
    """To the person, in their preferred language (or the one asked for)."""
    require(docs.db, actor, Data.ELIGIBILITY, Access.READ, record_type="case", record_id=case_id)
    with docs.db.write() as session:
        case, person, referral, step = _records(session, case_id, CaseState.INELIGIBLE)
        lang = language or person.preferred_language
        letter = _letter(docs, session, person, referral, step,
                         lang if lang in letters_doc.LANGUAGES else "en")
        return docs._record(session, actor, "decline_letter", letters_doc.DECLINE_TEMPLATE,
                            lambda stamp: letters_doc.decline_letter(letter, stamp), person,
                            case, case.id, letter.language)


def completion_notice(docs: DocumentService, actor: Actor, case_id: str,
                      language: str | None = None) -> Generated:
    """To the prosecutor, copy to the participant: that the program was completed, and
    when; in the language chosen, else the participant's (documents.md: participant-facing
    papers print in their preferred language)."""
    require(docs.db, actor, Data.ELIGIBILITY, Access.READ, record_type="case", record_id=case_id)
    with docs.db.write() as session:
        case, person, referral, step = _records(session, case_id, CaseState.COMPLETED)
        lang = language or person.preferred_language
        letter = _letter(docs, session, person, referral, step,
                         lang if lang in letters_doc.LANGUAGES else "en")
        return docs._record(session, actor, "da_completion_notice",
                            letters_doc.COMPLETION_TEMPLATE,
                            lambda stamp: letters_doc.completion_notice(letter, stamp), person,
                            case, case.id, letter.language)


# the letter of a decision the case has not reached: one sentence per letter
_NOT_REACHED = {
    CaseState.INELIGIBLE: QT_TRANSLATE_NOOP("Cases", "This case has not been ineligible."),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("Cases", "This case has not been completed."),
}


def _records(session, case_id: str, state: CaseState):
    case = session.get(Case, case_id)
    if case is None:
        raise records.not_found("case")
    step = session.scalar(select(CaseTransition).where(
        CaseTransition.case_id == case_id, CaseTransition.to_state == state.value)
        .order_by(CaseTransition.seq.desc()))
    if step is None:
        raise InvalidInput(message("Cases", _NOT_REACHED[state]))
    return case, session.get(Person, case.person_id), session.get(Referral, case.referral_id), \
        step


def _letter(docs: DocumentService, session, person: Person, referral: Referral,
            step: CaseTransition, language: str) -> letters_doc.CaseLetter:
    case = session.get(Case, step.case_id)
    profile = docs.profiles.get(f"{case.profile_id}@{case.profile_version}")
    local = profile.local_date if profile else (lambda moment: moment.date())
    return letters_doc.CaseLetter(
        program_name=docs._program(session), last_name=person.last_name,
        first_name=person.first_name, dob=person.dob,
        referral_date=local(referral.referred_at), incident_number=referral.incident_number or "",
        reason_code=step.reason_code or "", reason_text=step.reason_text or "",
        decided_on=local(step.at), language=language,
        office=prosecutor_office(session, case))
