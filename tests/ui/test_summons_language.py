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
