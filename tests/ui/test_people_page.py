"""People search as the desk types: nothing before two letters, best matches first, and
records to complete marked."""

from datetime import date

from PySide6.QtWidgets import QLabel

from lead_desktop.security.roles import Role
from lead_desktop.services.people.records import PersonInput
from lead_desktop.ui.pages.people_page import PeoplePage
from lead_desktop.ui.person_window import CaseServices, PersonWindow


def test_typing_a_name_lists_surname_matches_first_and_flags_incomplete(qtbot, program, staff):
    cm = staff[Role.CASE_MANAGER]
    for person in (PersonInput("Lucas", "Maria", date(1980, 1, 2)),
                   PersonInput("Łukasiewicz", "", None)):
        program.people.create(cm, person, confirmed_new=True)
    page = PeoplePage(program.people, cm, open_person=lambda _: None)
    qtbot.addWidget(page)
    page.query.setText("l")
    qtbot.waitUntil(lambda: "two letters" in page.status.text())
    assert page.model.rowCount() == 0
    page.query.setText("lukas")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert first[0] == "Łukasiewicz" and first[2] == "unknown"
    assert first[3] == "first name, date of birth"


def test_the_person_window_shows_what_to_complete(qtbot, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = program.people.create(cm, PersonInput("Okafor", "", date(1985, 1, 1),
                                                   dob_estimated=True), confirmed_new=True)
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          person.id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    text = window.findChild(QLabel, "overviewSummary").text()
    assert "Born about 1985" in text and "To complete: first name" in text


def test_completing_the_identity_clears_the_flag(qtbot, program, staff):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    cm = staff[Role.CASE_MANAGER]
    person = program.people.create(cm, PersonInput("Okafor", "", None), confirmed_new=True)
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          person.id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    assert "Complete" in window.findChild(QPushButton, "editPerson").text()
    tries = []

    def run(form):
        assert form.dob.value() == (None, False)                 # opened as stored: unknown
        form.dob.clear()                                         # "Date" chosen, left blank
        tries.append(form.save())
        assert "Unknown" in form.errors.text("dob")
        form.dob.set_unknown()                                   # still unknown...
        form.edits["first_name"].setText("Chidi")                # ...and a first name
        tries.append(form.save())
        form.dob.setDate(QDate(1985, 3, 14))                     # then the date, found later
        tries.append(form.save())
        return tries[-1]

    window.edit_person(run)
    assert tries == [False, True, True]
    stored = program.people.get(cm, person.id)
    assert (stored.first_name, stored.dob, stored.to_complete) == ("Chidi", date(1985, 3, 14), ())
    assert "To complete" not in window.findChild(QLabel, "overviewSummary").text()


def test_a_search_is_audited_a_moment_after_its_results(qtbot, program, staff, db):
    """The results come first; the search's audit entry follows off the UI thread (the
    settle), without any other write, and names who searched."""
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry

    cm = staff[Role.CASE_MANAGER]
    program.people.create(cm, PersonInput("", "Ana", date(1991, 6, 2)), confirmed_new=True)

    def searches():
        with db.read() as session:
            return session.scalars(select(AuditEntry.username).where(
                AuditEntry.event == "person.search")).all()
    page = PeoplePage(program.people, cm, open_person=lambda _: None)
    qtbot.addWidget(page)
    page.query.setText("ana")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "" and "last name" in page.model.index(0, 3).data()
    qtbot.waitUntil(lambda: searches() == [cm.username], timeout=10_000)
