"""A summons is a court paper: the clerk's Documents tab prints it in English even for a
participant who prefers Spanish, and in Spanish when the clerk chooses it (a copy for
the defendant)."""

import io

from pypdf import PdfReader

from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.documents_tab import DocumentsTab
from tests.stories.app import choose, choose_text
from tests.support import steps


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_clerk_prints_the_summons_in_english_unless_choosing_spanish(
        qtbot, db, program, staff):
    sup, da, clerk = staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "wilmington-nc@1", "Ivanov", "Pyotr",
                             preferred_language="es")
    program.cases.transition(sup, case.id, CaseState.REMOVED, reason_text="threat", details={
        "incident_date": "2026-03-02", "description": "threat", "staff_involved": "CM"})
    program.cases.transition(da, case.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    steps.schedule_every_summons(program, db, staff)
    documents = DocumentService(db, program.clock)
    tab = DocumentsTab(documents, clerk, [], documents.summons_ids(clerk, case.person_id))
    qtbot.addWidget(tab)
    choose_text(tab.choice, "Summons")
    english = _text(tab.generate().pdf)
    assert "SUMMONS" in english.upper() and "CITACIÓN" not in english
    assert "Possession of a Class A substance" in english
    choose(tab.language, "es")
    spanish = _text(tab.generate().pdf)
    assert "CITACIÓN" in spanish


def test_the_participant_s_notice_in_the_packet_follows_the_language_chosen(
        qtbot, db, program, staff, tmp_path):
    """Issue 15, defect 11: in a Massachusetts complaint packet the court's and the DA's
    pages stay English; the notice's copy for the participant follows the Documents tab's
    language: Español gives a Spanish copy on a page of its own, even for a participant on
    file as preferring English; English (or the person's language, English) gives none."""
    import pypdfium2

    sup, da, clerk = staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1", "Martínez",
                             "Morgan", preferred_language="en")
    program.cases.transition(sup, case.id, CaseState.REMOVED, reason_text="threat", details={
        "incident_date": "2026-03-02", "description": "threat", "staff_involved": "CM"})
    program.cases.transition(da, case.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    steps.schedule_every_summons(program, db, staff, "Worcester District Court",
                                 "225 Main Street, Worcester, MA 01608")
    documents = DocumentService(db, program.clock)
    tab = DocumentsTab(documents, clerk, [], documents.summons_ids(clerk, case.person_id))
    qtbot.addWidget(tab)
    choose_text(tab.choice, "Summons")

    def pages(pdf: bytes) -> list[str]:
        return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]

    english = pages(tab.generate().pdf)
    assert "Notice of program non-completion" in english[-1]
    assert not any("Aviso de no finalización" in page for page in english)
    choose(tab.language, "es")
    made = tab.generate().pdf
    spanish = pages(made)
    assert "Application for criminal complaint" in " ".join(spanish)   # the court's: English
    assert "Notice of program non-completion" in spanish[-2]           # the DA's: English
    copy = spanish[-1]
    assert "Aviso de no finalización del programa" in copy and "Motivo" in copy, copy
    assert "Página 1 de 1" in copy and "Generado el 2 de marzo de 2026" in copy, copy
    assert not any(word in copy for word in ("Reason", "Referral date", "Page ", "Generated",
                                             "CONFIDENTIAL")), copy
    pdf = pypdfium2.PdfDocument(made)
    pdf[len(pdf) - 1].render(scale=1.4).to_pil().save(tmp_path / "participant_copy.png")
