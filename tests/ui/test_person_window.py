"""The person / case window and the case-note form, driven through their widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QTableView
from sqlalchemy import select

from lead_desktop.models import AuditEntry, CaseNote
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui import translations
from lead_desktop.ui.forms.note_form import NoteForm
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role
SECRET_NOTE = "Methadone dose raised at the clinic"


@pytest.fixture
def active(program, staff):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    steps.note(program, staff[R.CASE_MANAGER], case.id, SECRET_NOTE, part2=True)
    return case


def window(qtbot, program, staff, role, case):
    services = CaseServices(program.people, program.cases, program.notes)
    w = PersonWindow(services, staff[role], case.person_id)
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def tab_titles(w):
    return [w.tabs.tabText(i) for i in range(w.tabs.count())]


def test_case_manager_adds_a_note_through_the_form(qtbot, program, staff, active, db):
    w = window(qtbot, program, staff, R.CASE_MANAGER, active)
    assert tab_titles(w) == ["Overview", "History", "Referral", "Notes"]
    assert w.notes_model.rowCount() == 1
    asked = []
    form = NoteForm(program.notes, staff[R.CASE_MANAGER], active.id, can_flag_part2=True,
                    confirm_discard=lambda: asked.append(1) or True)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    from PySide6.QtCore import QDateTime
    form.contact_at.setDateTime(QDateTime(program.clock.now.astimezone().replace(tzinfo=None)))
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)      # empty note: refused inline
    assert form.errors.text("text") == "required" and form.saved_id is None
    qtbot.keyClicks(form.text, "Met at the library; asked about housing.")
    form.contact_type.setCurrentIndex(form.contact_type.findData("street"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.saved_id is not None, (form.message.text(), form.errors._labels)
    with db.read() as session:
        note = session.get(CaseNote, form.saved_id)
        created = session.scalars(select(AuditEntry).where(AuditEntry.event == "note.create")).all()
    assert (note.contact_type, note.text) == ("street", "Met at the library; asked about housing.")
    assert form.saved_id in [e.record_id for e in created]
    w.refresh()
    assert w.notes_model.rowCount() == 2


def test_the_referral_tab_shows_the_referral_and_the_da_decision(qtbot, program, staff, active):
    w = window(qtbot, program, staff, R.CASE_MANAGER, active)
    w.tabs.setCurrentIndex(tab_titles(w).index("Referral"))
    page = w.tabs.currentWidget()
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    view = program.cases.referral(staff[R.CASE_MANAGER], active.id)
    assert view.officer in shown and view.agency in shown and view.offences[0] in shown
    assert view.da_decision == "eligible" and "Eligible on" in shown   # words, not the code


def test_clerk_sees_no_notes_at_all(qtbot, program, staff, active):
    w = window(qtbot, program, staff, R.CLERK, active)
    assert "Notes" not in tab_titles(w) and "Referral" not in tab_titles(w)
    assert not [t for t in w.findChildren(QTableView) if t.objectName() == "notesTable"]
    shown = " ".join(label.text() for label in w.findChildren(QLabel))
    for table in w.findChildren(QTableView):
        model = table.model()
        shown += " ".join(str(model.index(r, c).data()) for r in range(model.rowCount())
                          for c in range(model.columnCount()))
    assert SECRET_NOTE not in shown and "Methadone" not in shown


@pytest.fixture
def spanish(qapp):
    loaded = translations.install(qapp, "es")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_no_step_is_chosen_for_the_user_and_each_step_is_shown_whole(qtbot, program, staff,
                                                                    active, spanish):
    # shown at once, as the app does, and filled when the reads come back; in Spanish,
    # whose words are longer ("Se perdió el contacto" once showed as "Se perdi")
    w = PersonWindow(CaseServices(program.people, program.cases, program.notes),
                     staff[R.CASE_MANAGER], active.person_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    metrics = w.step.fontMetrics()
    longest = max(metrics.horizontalAdvance(w.step.itemText(i)) for i in range(w.step.count()))
    assert w.step.width() > longest
    assert w.step.count() > 0 and w.step.currentIndex() == -1 and w.step.currentText() == ""
    assert w.step.placeholderText()
    w.apply.click()  # nothing chosen: nothing happens to the case, and the user is told
    assert w.action_message.text() not in ("", "Done.", "Hecho.")
    assert w.case.state == CaseState.ACTIVE


def test_offered_steps_and_moving_the_case(qtbot, program, staff, active):
    w = window(qtbot, program, staff, R.CASE_MANAGER, active)
    offered = [CaseState(w.step.itemData(i)) for i in range(w.step.count())]
    assert CaseState.LOST_CONTACT in offered and CaseState.COMPLETED not in offered
    w.step.setCurrentIndex(offered.index(CaseState.LOST_CONTACT))
    qtbot.keyClicks(w.reason, "not seen since the encampment cleared")
    w.apply.setFocus()
    qtbot.keyClick(w.apply, Qt.Key.Key_Space)
    assert w.action_message.text() == "Done."
    assert w.history_model.row(w.history_model.rowCount() - 1).to_state == "lost_contact"
    # the overview and the header say the new state at once, not after reopening
    assert "Case: <b>Lost contact</b>" in w.summary.text()
    assert w.header.chip.text() == "Lost contact"


def test_a_supervisor_exits_a_case_with_its_details(qtbot, program, staff, active):
    from lead_desktop.ui.forms.step_dialog import StepDialog

    w = window(qtbot, program, staff, R.SUPERVISOR, active)
    offered = [CaseState(w.step.itemData(i)) for i in range(w.step.count())]
    w.step.setCurrentIndex(offered.index(CaseState.EXITED))
    dialog = StepDialog(CaseState.ACTIVE, CaseState.EXITED)
    qtbot.addWidget(dialog)
    dialog.exit_type.setCurrentIndex(dialog.exit_type.findData("moved"))
    qtbot.keyClicks(dialog.reason, "moved to Spokane to live with family")
    w.take_step(details_dialog=dialog)
    assert w.action_message.text() == "Done."
    assert program.cases.get(staff[R.SUPERVISOR], active.id).state is CaseState.EXITED
    last = w.history_model.row(w.history_model.rowCount() - 1)
    assert last.details["exit_type"] == "moved"


def test_removal_needs_the_incident(qtbot, program, staff, active):
    from lead_desktop.ui.forms.step_dialog import StepDialog

    w = window(qtbot, program, staff, R.SUPERVISOR, active)
    offered = [CaseState(w.step.itemData(i)) for i in range(w.step.count())]
    w.step.setCurrentIndex(offered.index(CaseState.REMOVED))
    dialog = StepDialog(CaseState.ACTIVE, CaseState.REMOVED)
    qtbot.addWidget(dialog)
    w.take_step(details_dialog=dialog)
    assert "description" in w.action_message.text() and "staff involved" in w.action_message.text()
    qtbot.keyClicks(dialog.description, "threatened staff at the office")
    qtbot.keyClicks(dialog.staff, "C. Morales")
    w.take_step(details_dialog=dialog)
    assert program.cases.get(staff[R.SUPERVISOR], active.id).state is CaseState.REMOVED


def test_amendments_show_beside_the_original(qtbot, program, staff, active):
    from lead_desktop.services.care.note_service import NoteInput

    cm = staff[R.CASE_MANAGER]
    original = program.notes.list_for_case(cm, active.id)[0]
    program.notes.sign(cm, original.id)
    program.notes.amend(cm, original.id, NoteInput(
        contact_at=original.contact_at, duration_min=10, contact_type="phone",
        text="Dose unchanged; I misread the fax."), "misread the fax")
    w = window(qtbot, program, staff, R.CASE_MANAGER, active)
    rows = [w.notes_model.row(i) for i in range(w.notes_model.rowCount())]
    column = [w.notes_model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(w.notes_model.columnCount())].index("Amendment")
    shown = {r.id: w.notes_model.index(i, column).data() for i, r in enumerate(rows)}
    assert shown[original.id] == "amended below"
    assert any("corrects an earlier note: misread the fax" == v for v in shown.values())
    assert {r.text for r in rows} >= {SECRET_NOTE, "Dose unchanged; I misread the fax."}


def test_form_fields_have_accessible_names(qtbot, program, staff):
    from lead_desktop.ui.forms.referral_form import ReferralForm

    form = ReferralForm(program.people, program.cases, staff[R.OFFICER],
                        program.cases.profiles["seattle-lead@1"])
    qtbot.addWidget(form)
    assert form.last_name.accessibleName() == "Last name"
    assert form.badge.accessibleName() == "Badge"


def test_a_consent_made_in_the_window_is_offered_at_once_in_its_documents_tab(
        qtbot, program, staff, active, db):
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.ui.forms.consent_form import ConsentForm
    from tests.stories.app import while_open

    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake, documents=DocumentService(db, program.clock))
    w = PersonWindow(services, staff[R.CASE_MANAGER], active.person_id)
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)
    qtbot.addWidget(w)
    documents = w._lazy.page("documents_tab")  # the clerk looked at it first

    def offered():
        return [documents.choice.itemText(i) for i in range(documents.choice.count())
                if documents.choice.itemData(i)[0] == "consent"]
    before = offered()

    def draft(form: ConsentForm) -> None:
        form.recipient_name.setText("Harbor Clinic")
        form.recipient_address.setText("1 Pier Rd")
        form.information.setPlainText("Attendance and discharge status only")
        form.purpose.setText("Treatment coordination")
        assert form.save(), form.message.text()
        form.accept()
    while_open(qtbot, ConsentForm, draft, w.consents.findChild(QPushButton, "newConsent").click)
    qtbot.waitUntil(lambda: len(offered()) == len(before) + 1)
    assert any(text.endswith("(Draft)") for text in offered()), offered()


def test_a_case_removed_for_a_threat_is_offered_no_participation_agreement(
        qtbot, program, staff, active, db):
    from lead_desktop.services.documents_service import DocumentService

    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake, documents=DocumentService(db, program.clock))

    def agreement_offered():
        w = PersonWindow(services, staff[R.CASE_MANAGER], active.person_id)
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: w.loaded, timeout=10000)
        documents = w._lazy.page("documents_tab")
        return any(documents.choice.itemData(i)[0] == "agreement"
                   for i in range(documents.choice.count()))
    assert agreement_offered()
    program.cases.transition(staff[R.SUPERVISOR], active.id, CaseState.REMOVED,
                             reason_code="threat", details={
                                 "incident_date": program.clock.now.date().isoformat(),
                                 "description": "threatened the case manager",
                                 "staff_involved": "Case Manager"})
    assert not agreement_offered()
