"""Courts and agencies through the app: the administrator keeps them on their page; the
clerk picks the court and a session date for a drafted summons in the print queue; the
summons printed from the queue names the court, its address, the agency's address and the
offense time (the PDF read back)."""

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.program.directory import AgencyInput, DirectoryService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.desk_assembly import build_pages
from lead_desktop.ui.main_window import MainWindow
from lead_desktop.ui.pages.directory_page import DirectoryPage
from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
from tests.support import steps

from ..conftest import STAFF_PASSWORD


def window_for(qtbot, db, staff, role, clock):
    accounts = AccountService(db)
    signed_in = accounts.sign_in(staff[role].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts, now=clock),
                        database_label="Test", demo=False,
                        unlock=lambda pw: accounts.unlock_session(signed_in.actor, pw))
    qtbot.addWidget(window)
    window.show()
    return window


def page_of(window, kind):
    return next(window.pages.widget(i) for i in range(window.pages.count())
                if isinstance(window.pages.widget(i), kind))


def test_the_administrator_keeps_the_directory(qtbot, db, staff, program):
    window = window_for(qtbot, db, staff, Role.ADMINISTRATOR, program.clock)
    page = page_of(window, DirectoryPage)
    qtbot.keyClicks(page.court_name, "New Hanover County District Court")
    qtbot.keyClicks(page.court_sessions, "Mon 9")
    assert not page.save_court()
    assert "required" in page.court_errors.text("address")
    assert "Mon 9" in page.court_errors.text("sessions")
    page.court_address.setPlainText(steps.COURT_ADDRESS)
    page.court_sessions.setText("Mon 09:00; Thu 14:00")
    assert page.save_court(), page.message.text()
    assert page.courts.rowCount() == 1
    page.agency_name.setText("Wilmington PD")
    page.agency_address.setPlainText("615 Bess Street, Wilmington, NC 28401")
    page.agency_phone.setText("910-343-3600")
    page.agency_badge.setText("[")
    assert not page.save_agency() and "not a pattern" in page.agency_errors.text("badge_format")
    page.agency_badge.setText(r"\d{4}")
    assert page.save_agency(), page.message.text()
    page.phone_24h.setText("910-555-0199")
    assert page.save_phone()
    # a change: pick the court, edit, save (the row version travels with it)
    page.court_table.clicked.emit(page.courts.index(0, 0))
    page.court_division.setText("Criminal")
    assert page.save_court()
    directory = DirectoryService(db)
    assert [c.label for c in directory.courts()] == [
        "New Hanover County District Court – Criminal"]
    assert directory.agency("wilmington pd").badge_ok("4471")
    assert directory.phone_24h() == "910-555-0199"


def test_the_clerk_picks_the_court_and_prints_it(qtbot, db, staff, program):
    steps.court(db, staff[Role.ADMINISTRATOR], clock=program.clock)
    DirectoryService(db, program.clock).save_agency(staff[Role.ADMINISTRATOR], AgencyInput(
        name="Wilmington PD", address="615 Bess Street, Wilmington, NC 28401",
        phone="910-343-3600"))
    case = steps.active_case(program, staff, "wilmington-nc@1", "Okafor", "Lee",
                             agency="Wilmington PD")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    window = window_for(qtbot, db, staff, Role.CLERK, program.clock)
    queue = page_of(window, PrintQueuePage)
    printed = []
    queue._print_pdf = lambda pdf, title: printed.append(pdf) or True
    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert not queue.print_selected() and "court" in queue.message.text().lower()

    dialog = queue.court_dialog()
    qtbot.addWidget(dialog)
    assert dialog.address.text() == steps.COURT_ADDRESS
    # the first session on or after the program's 14 days' lead time (Monday 2 March)
    assert dialog.session.count() == 5
    assert dialog.session.itemText(0) == "Mon 2026-03-16 09:00"
    assert queue.schedule_selected(dialog), queue.message.text()
    row = queue.model.row(0)
    assert row.court == "New Hanover County District Court – Criminal"
    assert row.return_date == date(2026, 3, 16) and row.return_time == "09:00"

    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert queue.print_selected(), queue.message.text()
    text = " ".join(PdfReader(io.BytesIO(printed[0])).pages[0].extract_text().split())
    assert "New Hanover County District Court – Criminal" in text
    assert steps.COURT_ADDRESS in text and "615 Bess Street" in text
    assert f"{row.return_date:%B} {row.return_date.day}, {row.return_date.year} at 09:00" in text
    # referred 30 minutes before 15:00 UTC on March 2: 9:30 AM in Wilmington (EST)
    assert "Offense: 03/02/2026 at 9:30 AM EST, Main St & Front St" in text
