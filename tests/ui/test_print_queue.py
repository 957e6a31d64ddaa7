"""The clerk's print queue: batch print, reprint with a reason, service recorded."""

import io

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from lead_desktop.models import GeneratedDocument, Summons
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
from tests.support import steps


def filed_case(program, staff, last):
    case = steps.active_case(program, staff, "wilmington-nc@1", last, "Lee")
    incident = {"incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"}
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED,
                             details=incident, reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    return case


def test_batch_print_reprint_and_service(qtbot, program, staff, db):
    for last in ("Okafor", "Ødegård"):
        filed_case(program, staff, last)
    steps.schedule_every_summons(program, db, staff)
    printed, jobs = [], []
    page = PrintQueuePage(SummonsService(db, program.clock), DocumentService(db, program.clock),
                          staff[Role.CLERK], print_pdf=lambda pdf, title: printed.append(pdf) or True,
                          print_batch=lambda pdfs, title: jobs.append(pdfs) or True)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    assert page.print_all_drafted() == 2
    assert len(jobs) == 1 and len(jobs[0]) == 2   # one print job, a bundle per case
    assert {page.model.row(i).status for i in range(2)} == {"printed"}
    assert all(b"%PDF" in pdf[:8] for pdf in jobs[0])
    names = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text() for pdf in jobs[0])
    assert "Okafor, Lee" in names and "Ødegård, Lee" in names
    assert "New Hanover County District Court" in names and steps.COURT_ADDRESS in names

    page.table.selectionModel().select(page.model.index(0, 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert not page.print_selected() and "reason" in page.message.text()
    page.reason.setText("paper jam")
    assert page.print_selected()
    page.table.selectionModel().select(page.model.index(0, 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    page._offer_next()
    for status in ("filed", "issued"):
        page.next_status.setCurrentIndex(page.next_status.findData(status))
        assert page.record_status(), page.message.text()
        page.table.selectionModel().select(page.model.index(0, 0),
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        page._offer_next()
    page.next_status.setCurrentIndex(page.next_status.findData("served"))
    page.reason.setText("Officer Reyes")
    page.method.setText("in hand")
    assert page.record_status()
    with db.read() as session:
        served = session.scalars(select(Summons).where(Summons.status == "served")).one()
        assert (served.served_by, served.service_method) == ("Officer Reyes", "in hand")
        assert session.query(GeneratedDocument).count() == 3   # two prints and a reprint
    assert page.model.rowCount() == 1  # served summonses leave the queue


def test_a_cancelled_batch_leaves_every_summons_drafted(qtbot, program, staff, db):
    filed_case(program, staff, "Okafor")
    steps.schedule_every_summons(program, db, staff)
    page = PrintQueuePage(SummonsService(db, program.clock), DocumentService(db, program.clock),
                          staff[Role.CLERK], print_batch=lambda pdfs, title: False)
    qtbot.addWidget(page)
    assert page.print_all_drafted() == 0
    assert page.model.row(0).status == "drafted"
