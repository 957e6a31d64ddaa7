"""The clerk's court and appearance date (tester's defect: a court with no sessions was
offered a Saturday): the date offered is a court day after the lead time, a weekend or a
holiday picked by hand is warned about but kept, and the printed summons says the day."""

import io
from datetime import date, datetime, timezone

from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel

from lead_desktop.security.roles import Role
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
from tests.support import steps

from .test_courts_and_agencies import page_of, window_for


def _queue_with_a_summons(qtbot, db, staff, program):
    steps.court(db, staff[Role.ADMINISTRATOR], "Brunswick County District Court",
                division="", sessions="", clock=program.clock)  # no sessions recorded
    case = steps.active_case(program, staff, "wilmington-nc@1", "Okafor", "Lee")
    program.cases.transition(staff[Role.SUPERVISOR], case.id, CaseState.REMOVED, details={
        "incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"},
        reason_text="threat")
    program.cases.transition(staff[Role.PROSECUTOR_REVIEWER], case.id,
                             CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    # Saturday 5 December 2026, 10 AM in Wilmington: 14 days later is a Saturday
    program.clock.now = datetime(2026, 12, 5, 15, 0, tzinfo=timezone.utc)
    window = window_for(qtbot, db, staff, Role.CLERK, program.clock)
    queue = page_of(window, PrintQueuePage)
    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    return queue


def test_a_court_without_sessions_is_offered_a_weekday_and_it_is_printed(qtbot, db, staff,
                                                                         program):
    queue = _queue_with_a_summons(qtbot, db, staff, program)
    printed = []
    queue._print_pdf = lambda pdf, title: printed.append(pdf) or True
    dialog = queue.court_dialog()
    qtbot.addWidget(dialog)
    assert dialog.session.count() == 0
    assert dialog.day.date().toPython() == date(2026, 12, 21)  # Monday, not Saturday 19th
    assert dialog.time.time().toString("HH:mm") == "09:00"
    assert dialog.problem() is None and dialog.warning.isHidden()
    assert queue.schedule_selected(dialog), queue.message.text()
    assert "on 2026-12-21 at 09:00." in queue.message.text()
    assert "Check the date" not in queue.message.text()

    queue.table.selectionModel().select(queue.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert queue.print_selected(), queue.message.text()
    text = " ".join(PdfReader(io.BytesIO(printed[0])).pages[0].extract_text().split())
    assert "Monday, December 21, 2026 at 09:00" in text


def test_a_weekend_or_holiday_picked_by_hand_is_warned_about_not_refused(qtbot, db, staff,
                                                                        program):
    HolidayService(db).add(staff[Role.ADMINISTRATOR], date(2026, 12, 22), "County closing",
                           "Cierre del condado")
    queue = _queue_with_a_summons(qtbot, db, staff, program)
    dialog = queue.court_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.day.date().toPython() == date(2026, 12, 21)
    assert dialog.warning.isHidden()

    dialog.day.setDate(QDate(2026, 12, 22))  # the program's own holiday
    assert dialog.warning.isVisible()
    assert "County closing" in dialog.warning.text()
    dialog.day.setDate(QDate(2026, 12, 25))
    assert "2026-12-25 is a holiday (Christmas Day)" in dialog.warning.text()
    dialog.day.setDate(QDate(2026, 12, 23))
    assert dialog.warning.isHidden()
    dialog.day.setDate(QDate(2026, 12, 19))
    assert "2026-12-19 is a Saturday" in dialog.warning.text()
    assert "You can still save it" in dialog.warning.text()

    assert queue.schedule_selected(dialog), queue.message.text()  # kept: a clerk may know
    assert "on 2026-12-19 at 09:00." in queue.message.text()
    assert "Check the date: 2026-12-19 is a Saturday" in queue.message.text()
    assert queue.model.row(0).return_date == date(2026, 12, 19)
