"""A person's page at a glance: the header from the records, notes read in full, empty
tables that say so, and a "Next step" that explains itself."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel

from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.ui.person_header import initials
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role


def page(qtbot, program, actor, person_id, full=True):
    services = CaseServices(program.people, program.cases, program.notes,
                            program.consents if full else None)
    window = PersonWindow(services, actor, person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "glance_loaded", False))  # the background load
    return window


def test_the_header_shows_the_person_and_the_case_from_the_records(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    stored = program.cases.get(cm, case.id)
    w = page(qtbot, program, cm, case.person_id)
    h = w.header
    assert h.name.text() == "Okafor, Chris"
    assert h.birth.text() == "Born 1991-06-02"
    assert h.photo.text() == "CO"
    assert (h.chip.text(), h.chip.property("tone")) == ("Active", "good")
    assert h.case_manager.text() == "Case manager"          # the account's display name
    assert h.consent.text().startswith("Signed")             # the intake's consent
    assert stored.completion_due is None                     # harm reduction: no end date
    assert h.deadline.text() == "None"
    # an active case no longer shows the intake deadline
    assert "Intake due" not in w.summary.text()
    assert "Seattle-style LEAD" in w.summary.text()          # the program's name, not its key


def test_a_case_waiting_for_intake_shows_its_intake_deadline(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    w = page(qtbot, program, cm, case.person_id, full=False)
    assert w.header.chip.text() == "Waiting for intake"
    assert w.header.deadline.text().startswith(f"Intake by {case.intake_due.isoformat()}")
    assert w.header.consent.text() == "Not shown to your role"


def test_a_long_note_is_readable_in_full_with_its_author(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    long_text = ("Met at the clinic. " * 300)[:5000].strip()
    program.notes.add(cm, case.id, NoteInput(contact_at=program.clock.now, duration_min=45,
                                             contact_type="home_visit", text=long_text))
    w = page(qtbot, program, cm, case.person_id)
    authors = {w.notes_model.index(0, c).data() for c in range(w.notes_model.columnCount())}
    assert "Case manager" in authors
    shown = w.notes_model.index(0, w.notes_model.columnCount() - 1).data()
    assert shown.endswith("…") and len(shown) < 200          # the table shows its start
    w.notes_table.selectionModel().select(
        w.notes_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    detail = w.note_detail.toPlainText()
    assert long_text in detail                               # every one of 5,000 characters
    assert "Home visit" in detail and "by Case manager" in detail


def test_empty_tables_say_so(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "seattle-lead@1", "Le", "Casey")
    w = page(qtbot, program, cm, case.person_id)
    empty = w.findChild(type(w.summary), "notesEmpty")
    assert empty.text() == "No notes yet." and not empty.isHidden()
    steps.note(program, cm, case.id, "First call")
    w.refresh()
    assert empty.isHidden()


def test_next_step_explains_whose_step_it_is(qtbot, program, staff):
    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    found = steps.person(program, officer, "Le", "Casey", dob=date(1990, 3, 3))
    case = steps.arrest_referral(program, officer, found.id, "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    from lead_desktop.services.program.vocabulary import CaseState
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    w = page(qtbot, program, cm, case.person_id)
    assert w.step.count() == 0 and not w.apply.isEnabled()
    assert not w.no_step.isHidden()
    assert w.no_step.text() == ("The next step from Eligibility review is taken by: "
                                "Supervisor, Prosecutor reviewer.")


def test_the_timeline_tells_the_case_in_words(qtbot, program, staff):
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    steps.note(program, cm, case.id, "Called about housing", contact_type="phone")
    w = page(qtbot, program, cm, case.person_id)
    lines = [w.timeline.item(i).text() for i in range(w.timeline.count())]
    assert any("Referred (Arrest diversion) by Officer" in line for line in lines), lines
    assert any("Now Active, by Case manager" in line for line in lines), lines
    assert any("Contact: Phone, 10 min, by Case manager" in line for line in lines), lines


def test_initials_of_a_display_name():
    assert initials("Okafor, Chris") == "CO"
    assert initials("Madonna") == "M"
