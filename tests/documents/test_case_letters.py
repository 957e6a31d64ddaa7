"""The decline letter (to the person, in Spanish here) and the DA completion notice, from
the records and read back from the PDF: names, dates, the reason in words."""

import io
from datetime import timedelta

from pypdf import PdfReader

from lead_desktop.documents import dates
from lead_desktop.security.roles import Role
from lead_desktop.services.case_letters import completion_notice, decline_letter
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps

S = CaseState


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_decline_letter_in_the_persons_language(program, staff, db):
    officer, cm, da = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer, "Quiñones", "Marta", preferred_language="es")
    case = steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.clock.advance(days=1)
    program.eligibility.decide(da, case.id, "ineligible", "distribution", "sold to an officer")
    docs = DocumentService(db, program.clock)
    text = text_of(decline_letter(docs, cm, case.id).pdf)
    assert "Decisión sobre su remisión" in text and "Marta Quiñones" in text
    assert "Distribución. sold to an officer" in text
    referred = (program.clock.now - timedelta(days=1)).date()
    assert dates.day(referred, "es") in text                        # referral date
    assert dates.day(program.clock.now.date(), "es") in text        # DA's decision
    assert "WPD-26-001234" in text


def test_completion_notice_for_the_da(program, staff, db):
    sup = staff[Role.SUPERVISOR]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    cm = staff[Role.CASE_MANAGER]
    docs = DocumentService(db, program.clock)
    goal = program.intake.add_goal(cm, case.id, "a lease in his name", domain="housing")
    program.intake.set_goal_status(cm, goal, "met", 1)
    program.clock.advance(days=200)
    program.cases.transition(sup, case.id, S.COMPLETED, reason_text="housed, plan met")
    text = text_of(completion_notice(docs, sup, case.id).pdf)
    assert "Notice of program completion" in text and "Chris Okafor" in text
    assert f"completed Test program on {program.clock.now.strftime('%m/%d/%Y')}" in text
    assert "not to be filed" in text and "To: the Prosecuting Attorney." in text  # King County


def test_a_person_known_by_one_name_prints_as_such(program, staff, db):
    """A first name only (a mononym, or a surname not known yet): the letter says so in the
    person's language, never prints a stray comma."""
    officer, cm, da = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer, "", "Marta", preferred_language="es")
    case = steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.clock.advance(days=1)
    program.eligibility.decide(da, case.id, "ineligible", "distribution", "sold to an officer")
    text = text_of(decline_letter(DocumentService(db, program.clock), cm, case.id).pdf)
    assert "Marta (apellido desconocido)" in text and ", Marta" not in text


def test_the_completion_notice_prints_in_the_participants_language_with_local_dates(
        program, staff, db):
    """Its copy goes to the participant: in the language chosen (else theirs), with the
    program's date format, never ISO dates; the office is the one the profile names."""
    sup, cm = staff[Role.SUPERVISOR], staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "baltimore-pilot@1", "Nguyễn", "Hồng")
    goal = program.intake.add_goal(cm, case.id, "un apartamento", domain="housing")
    program.intake.set_goal_status(cm, goal, "met", 1)
    program.clock.advance(days=200)
    program.cases.transition(sup, case.id, S.COMPLETED, reason_text="plan met")
    docs = DocumentService(db, program.clock)
    spanish = text_of(completion_notice(docs, sup, case.id, "es").pdf)
    assert "Aviso de finalización del programa" in spanish
    assert "Para: la oficina del State's Attorney" in spanish
    assert dates.day(program.clock.now.date(), "es") in spanish
    assert program.clock.now.date().isoformat() not in spanish
    english = text_of(completion_notice(docs, sup, case.id, "en").pdf)
    assert "To: the State's Attorney. Copy: the participant." in english
    assert "District Attorney" not in english
    assert "06/02/1991" in english  # the birth date as other documents print it
