"""Every edit form opens with what is stored and its version: reopened, it shows the stored
values, and saving it unchanged is no conflict and writes nothing over anyone."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from lead_desktop.models import AuditEntry, CaseNote, IntakeAssessment
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.forms.note_form import NoteForm
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role


def no_conflict_expected(conflict):
    raise AssertionError(f"a conflict was raised: {conflict.theirs} / {conflict.yours}")


@pytest.fixture
def case(program, staff):
    program.clock.now = datetime.now(timezone.utc)  # the forms date things "today"
    return steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")


def saves(db, event):
    with db.read() as session:
        return len(session.scalars(select(AuditEntry).where(AuditEntry.event == event)).all())


def test_a_reopened_intake_shows_what_is_stored_and_saves_unchanged_without_conflict(
        qtbot, program, staff, case, db):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    with db.read() as session:  # the active case's intake, saved through the service
        stored = session.scalars(select(IntakeAssessment)).one()
        version, domains = stored.row_version, stored.domains
    form = IntakeForm(program.intake, cm, case.id, [], resolve_conflict=no_conflict_expected)
    qtbot.addWidget(form)
    assert form.version == version
    assert form.domains["housing"].text() == domains["housing"]["status"] == "unsheltered"
    assert form.needs.text() == "a bed tonight"
    assert form.action.text() == "shelter bed at St. John's"
    assert not form.unsaved.dirty
    before = saves(db, "intake.save")
    assert form.save(), form.message.text()
    assert form.version == version and saves(db, "intake.save") == before  # nothing written
    with db.read() as session:
        again = session.scalars(select(IntakeAssessment)).one()
    assert again.domains == domains  # the notes typed elsewhere are kept too

    # another desk changes one field; this form, reopened, shows it and saves on top
    other = IntakeForm(program.intake, sup, case.id, [], resolve_conflict=no_conflict_expected)
    qtbot.addWidget(other)
    other.domains["legal"].setText("court date on the 12th")
    assert other.save()
    reopened = IntakeForm(program.intake, cm, case.id, [], resolve_conflict=no_conflict_expected)
    qtbot.addWidget(reopened)
    assert reopened.version == version + 1
    assert reopened.domains["legal"].text() == "court date on the 12th"
    reopened.needs.setText("a bed tonight, and food")
    assert reopened.save()
    with db.read() as session:
        final = session.scalars(select(IntakeAssessment)).one()
    assert final.domains["legal"]["status"] == "court date on the 12th"
    assert final.domains["housing"] == domains["housing"]
    assert final.immediate_needs == "a bed tonight, and food"


def test_the_old_form_with_its_old_version_still_gets_the_conflict(qtbot, program, staff, case, db):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    seen = []
    mine = IntakeForm(program.intake, cm, case.id, [],
                      resolve_conflict=lambda c: seen.append(c) or conflict_dialog.KEEP_THEIRS)
    theirs = IntakeForm(program.intake, sup, case.id, [], resolve_conflict=no_conflict_expected)
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.action.setText("detox bed booked")
    assert theirs.save()
    mine.action.setText("called the shelter")
    assert not mine.save() and seen
    with db.read() as session:
        assert session.scalars(select(IntakeAssessment)).one().action_taken == "detox bed booked"


def draft_note(program, cm, case_id, text="Met at the shelter."):
    program.clock.now = datetime.now(timezone.utc)
    return program.notes.add(cm, case_id, NoteInput(
        contact_at=program.clock.now - timedelta(hours=1), duration_min=25,
        contact_type="street", text=text, location="5th and Pine"))


def test_a_draft_note_reopens_with_what_is_stored_through_the_person_window(
        qtbot, program, staff, case, db):
    cm = staff[R.CASE_MANAGER]
    note_id = draft_note(program, cm, case.id)
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    assert not window.edit_note.isEnabled()
    row = [n.id for n in window.notes_model._rows].index(note_id)
    window.notes_table.selectionModel().select(
        window.notes_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert window.edit_note.isEnabled()
    opened = []

    def run(form):
        opened.append(form)
        qtbot.addWidget(form)
        form._resolve = no_conflict_expected
        assert form.text.toPlainText() == "Met at the shelter."
        assert form.duration.value() == 25 and form.contact_type.currentData() == "street"
        assert form.version == 1
        form.save()                          # unchanged: no conflict, nothing written
        return form.result()

    window.edit_draft(run)
    assert opened and opened[0].saved_id == note_id
    with db.read() as session:
        note = session.get(CaseNote, note_id)
    assert (note.row_version, note.location, note.text) == (
        1, "5th and Pine", "Met at the shelter.")
    assert saves(db, "note.edit_draft") == 0


def test_a_draft_note_saved_elsewhere_is_a_conflict_not_an_overwrite(
        qtbot, program, staff, case, db):
    cm = staff[R.CASE_MANAGER]
    note_id = draft_note(program, cm, case.id)
    view = next(n for n in program.notes.list_for_case(cm, case.id) if n.id == note_id)
    seen = []
    form = NoteForm(program.notes, cm, case.id, can_flag_part2=True, draft=view,
                    resolve_conflict=lambda c: seen.append(c) or conflict_dialog.KEEP_THEIRS)
    qtbot.addWidget(form)
    program.notes.edit_draft(cm, note_id, NoteInput(
        contact_at=view.contact_at, duration_min=25, contact_type="street",
        text="Met at the shelter; saved on the laptop.", location="5th and Pine"), 1)
    form.text.setPlainText("Met at the shelter; typed at the desk.")
    form.save()
    assert seen and form.saved_id is None and "Kept" in form.message.text()
    assert "laptop" in seen[0].theirs["text"] and "desk" in seen[0].yours["text"]
    form._resolve = lambda c: conflict_dialog.SAVE_MINE  # a deliberate choice
    form.save()
    with db.read() as session:
        note = session.get(CaseNote, note_id)
    assert note.text == "Met at the shelter; typed at the desk." and note.row_version == 3


def consent_draft(program, cm, person_id, case_id):
    from lead_desktop.services.consent.consent_service import ConsentInput

    return program.consents.record(cm, ConsentInput(
        person_id=person_id, case_id=case_id, consent_type="part2_general",
        discloser="LEAD program case management",
        recipients=({"name": "Harbor Clinic", "address": "1 Pier Rd"},
                    {"class": "treatment provider"}),
        information_description="Attendance and discharge status only",
        purpose="Treatment coordination", expires_on=program.clock.now.date()
        + timedelta(days=200), expires_event="end of treatment", witness="J. Doe")).id


def test_a_consent_draft_reopens_with_what_is_stored_through_the_person_window(
        qtbot, program, staff, case, db):
    from lead_desktop.models import Consent

    cm = staff[R.CASE_MANAGER]
    consent_id = consent_draft(program, cm, case.person_id, case.id)
    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake)
    window = PersonWindow(services, cm, case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    assert not window.open_draft.isEnabled()
    row = [c.id for c in window.consents_model._rows].index(consent_id)
    window.consents_table.selectRow(row)
    assert window.open_draft.isEnabled()
    with db.read() as session:
        before = {c.name: getattr(session.get(Consent, consent_id), c.name)
                  for c in Consent.__table__.columns}

    def run(form):
        qtbot.addWidget(form)
        form._resolve = no_conflict_expected
        assert form.recipient_name.text() == "Harbor Clinic"
        assert form.recipient_address.text() == "1 Pier Rd"
        assert form.information.toPlainText() == "Attendance and discharge status only"
        assert form.purpose.text() == "Treatment coordination"
        assert form.expires_on.date().toPython() == before["expires_on"]
        assert form.version == 1 and not form.unsaved.dirty
        assert form.save(), form.message.text()             # unchanged: nothing written
        form.purpose.setText("Treatment coordination and referral")
        assert form.save(), form.message.text()             # corrects the same draft

    window.open_consent_draft(run)
    with db.read() as session:
        rows = session.scalars(select(Consent)).all()
        after = {c.name: getattr(session.get(Consent, consent_id), c.name)
                 for c in Consent.__table__.columns}
    assert len([r for r in rows if r.status == "draft"]) == 1    # no second draft
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"purpose", "row_version", "updated_at", "updated_by"}
    assert after["row_version"] == 2 and len(after["recipients"]) == 2
    assert (after["expires_event"], after["witness"]) == ("end of treatment", "J. Doe")


def test_a_consent_draft_saved_elsewhere_is_a_conflict(qtbot, program, staff, case, db):
    from lead_desktop.ui.forms.consent_form import ConsentForm

    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    consent_id = consent_draft(program, cm, case.person_id, case.id)
    seen = []
    mine = ConsentForm(program.consents, cm, case.person_id, case.id, consent_id=consent_id,
                       resolve_conflict=lambda c: seen.append(c) or conflict_dialog.KEEP_THEIRS)
    theirs = ConsentForm(program.consents, sup, case.person_id, case.id, consent_id=consent_id,
                         resolve_conflict=no_conflict_expected)
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.purpose.setText("Treatment coordination (supervisor)")
    assert theirs.save()
    mine.purpose.setText("Treatment coordination (mine)")
    assert not mine.save() and seen
    assert program.consents.draft(cm, consent_id)[0].purpose == \
        "Treatment coordination (supervisor)"


def test_the_person_form_opens_with_what_is_stored_through_the_person_window(
        qtbot, program, staff, case, db):
    from lead_desktop.models import Person

    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    stored = program.people.get(cm, case.person_id)
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    assert window.findChild(type(window.tabs), "personTabs") is not None
    with db.read() as session:
        before = {c.name: getattr(session.get(Person, case.person_id), c.name)
                  for c in Person.__table__.columns}

    def run(form):
        qtbot.addWidget(form)
        form._resolve = no_conflict_expected
        assert form.edits["last_name"].text() == stored.last_name == "Okafor"
        assert form.edits["first_name"].text() == "Chris"
        assert form.dob.date().toPython() == stored.dob
        assert form.version == stored.row_version and not form.unsaved.dirty
        assert form.save(), form.message.text()          # unchanged: no conflict, no write
        form.edits["address"].setText("Shelter on 5th")
        return form.save()

    window.edit_person(run)
    with db.read() as session:
        after = {c.name: getattr(session.get(Person, case.person_id), c.name)
                 for c in Person.__table__.columns}
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"address", "row_version", "updated_at", "updated_by"}
    assert after["row_version"] == stored.row_version + 1
    assert program.people.get(cm, case.person_id).aliases == stored.aliases

    # a form still showing the old version gets the conflict, and the stored address stays
    from lead_desktop.ui.forms.person_form import PersonForm
    seen = []
    old = PersonForm(program.people, sup, case.person_id,
                     resolve_conflict=lambda c: seen.append(c) or conflict_dialog.KEEP_THEIRS)
    qtbot.addWidget(old)
    program.people.update(cm, case.person_id, old.version,
                          replace(old.data(), usual_location="the library"))
    old.edits["address"].setText("12 Main St")
    assert not old.save() and seen
    assert program.people.get(cm, case.person_id).address == "Shelter on 5th"


def test_closing_an_unchanged_draft_does_not_ask_but_a_changed_one_does(
        qtbot, program, staff, case):
    cm = staff[R.CASE_MANAGER]
    note_id = draft_note(program, cm, case.id)
    view = next(n for n in program.notes.list_for_case(cm, case.id) if n.id == note_id)
    asked = []
    form = NoteForm(program.notes, cm, case.id, can_flag_part2=True, draft=view,
                    confirm_discard=lambda: asked.append(1) or False)
    qtbot.addWidget(form)
    form.text.setPlainText(view.text + " More.")
    form.reject()
    assert asked == [1] and form.result() == 0
    form.text.setPlainText(view.text)
    form.reject()
    assert asked == [1]


def test_signing_off_a_reopened_intake_saves_what_was_typed_first(qtbot, program, staff, db):
    from lead_desktop.services.program.vocabulary import CaseState

    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    program.clock.now = datetime.now(timezone.utc)
    person = steps.person(program, officer, "Rivera", "Ana")
    case = steps.arrest_referral(program, officer, person.id, "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    program.eligibility.decide(staff[R.PROSECUTOR_REVIEWER], case.id, "eligible")
    consent = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    from lead_desktop.services.care.intake_service import IntakeInput
    program.intake.save(cm, case.id, IntakeInput(program.clock.now.date(), {
        "housing": {"status": "unsheltered", "notes": ""}}), None)
    form = IntakeForm(program.intake, cm, case.id, program.consents.list_for_person(cm, person.id),
                      resolve_conflict=no_conflict_expected)
    qtbot.addWidget(form)
    form.consent.setCurrentIndex(form.consent.findData(consent))
    form.action.setText("shelter bed booked")
    form.sign_off()
    assert "signed off" in form.message.text(), form.message.text()
    with db.read() as session:
        stored = session.scalars(select(IntakeAssessment)).one()
    assert (stored.action_taken, stored.consent_id) == ("shelter bed booked", consent)
