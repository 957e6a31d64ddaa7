"""The referral form as an officer uses it, including the duplicate step."""

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from lead_desktop.models import AuditEntry, Case, Person
from lead_desktop.security.roles import Role
from lead_desktop.services.people.records import PersonInput
from lead_desktop.ui.forms.referral_form import ReferralForm

SEATTLE = "seattle-lead@1"


def form_for(qtbot, program, staff, role=Role.OFFICER):
    form = ReferralForm(program.people, program.cases, staff[role],
                        program.cases.profiles[SEATTLE], officer_name="Officer Dana Reyes")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.referred_at.setDateTime(QDateTime(program.clock.now.astimezone().replace(tzinfo=None)))
    return form


def type_unicode(widget, text):
    """Non-ASCII through real key events, one character at a time (keyClicks aborts on it)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def fill(qtbot, form, last="Muñoz", first="Zoë"):
    type_unicode(form.last_name, last)
    type_unicode(form.first_name, first)
    form.dob.setDate(QDate(1988, 3, 14))
    qtbot.keyClicks(form.badge, "4471")
    qtbot.keyClicks(form.agency, "Seattle PD")
    qtbot.keyClicks(form.location, "3rd Ave & Pine St")
    qtbot.keyClicks(form.incident, "SPD-26-000118")
    qtbot.keyClicks(form.offense_code, "69.50.4013")
    qtbot.keyClicks(form.offense_text, "Possession")
    form.quantity.setValue(0.8)


def test_officer_enters_a_referral(qtbot, program, staff, db):
    form = form_for(qtbot, program, staff)
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)        # empty: marked fields
    assert form.errors.text("last_name") == "required"
    assert form.errors.text("officer_badge") == "required"
    fill(qtbot, form)
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id, form.message.text()
    with db.read() as session:
        case = session.get(Case, form.created_case_id)
        person = session.get(Person, case.person_id)
        events = session.scalars(select(AuditEntry.event)).all()
    assert (person.last_name, person.first_name) == ("Muñoz", "Zoë")
    assert case.state == "referred" and case.referred_by_id == staff[Role.OFFICER].user_id
    assert {"person.create", "referral.create"} <= set(events)


def test_duplicate_step_before_a_new_person(qtbot, program, staff, db):
    existing = program.people.create(staff[Role.CASE_MANAGER], PersonInput(
        "Munoz", "Zoe", date(1988, 3, 14)))
    form = form_for(qtbot, program, staff)
    fill(qtbot, form)
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id is None and form.candidates.isVisible()
    assert "score" in form.candidates.item(0).text()
    qtbot.mouseClick(form.use_existing, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert session.get(Case, form.created_case_id).person_id == existing.id
        assert session.query(Person).count() == 1


def test_nothing_is_pre_filled_and_a_blank_date_is_a_choice(qtbot, program, staff):
    form = form_for(qtbot, program, staff)
    assert form.person_input().dob is None          # never a made-up birth date
    fill(qtbot, form)
    form.dob.clear()
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id is None
    assert "Unknown" in form.errors.text("dob")


def test_unknown_date_of_birth_and_first_name_through_the_form(qtbot, program, staff, db):
    """A street referral with no first name and no date of birth is recorded, flagged for
    completion, and the next referral of the same person is still offered the record."""
    form = form_for(qtbot, program, staff)
    fill(qtbot, form, last="Łukasiewicz", first="")
    form.dob.set_unknown()
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id, form.message.text()
    assert "flagged for completion" in form.message.text()
    with db.read() as session:
        person = session.get(Person, session.get(Case, form.created_case_id).person_id)
        assert (person.first_name, person.dob) == ("", None)
    first_id = person.id
    again = form_for(qtbot, program, staff)
    fill(qtbot, again, last="Lukasiewicz", first="Piotr")
    again.dob.set_estimated_year(1985)
    qtbot.mouseClick(again.submit, Qt.MouseButton.LeftButton)
    assert again.created_case_id is None and again.candidates.isVisible()
    assert again.candidates.item(0).data(256) == first_id
    assert "born unknown" in again.candidates.item(0).text()


def test_a_person_known_by_one_name_through_the_form(qtbot, program, staff, db):
    """A mononym (or a surname not given yet): recorded with the first name only, flagged
    for completion, offered to the next referral, and printed as "(surname not known)"."""
    form = form_for(qtbot, program, staff)
    fill(qtbot, form, last="", first="Ana")
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id, form.message.text()
    assert "flagged for completion" in form.message.text()
    person = program.people.get(staff[Role.CASE_MANAGER],
                                program.cases.get(staff[Role.CASE_MANAGER],
                                                  form.created_case_id).person_id)
    assert (person.last_name, person.first_name) == ("", "Ana")
    assert person.to_complete == ("last_name",) and person.display_name == "?, Ana"
    again = form_for(qtbot, program, staff)
    fill(qtbot, again, last="Silva", first="Ana")
    qtbot.mouseClick(again.submit, Qt.MouseButton.LeftButton)
    assert again.created_case_id is None and again.candidates.isVisible()
    assert again.candidates.item(0).data(256) == person.id
    assert again.candidates.item(0).text().startswith("?, Ana")


def test_neither_name_is_refused(qtbot, program, staff):
    form = form_for(qtbot, program, staff)
    fill(qtbot, form, last="", first="")
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id is None
    assert form.errors.text("last_name") == "required"


def test_a_save_that_waits_too_long_keeps_the_input(qtbot, program, staff, db, monkeypatch):
    """Another workstation holds the file past the wait budget: a clear message, nothing
    saved, and everything typed is still there to save again."""
    from lead_desktop.db import waiting

    monkeypatch.setattr(waiting, "WAIT_BUDGET_S", 1.5)
    form = form_for(qtbot, program, staff)
    fill(qtbot, form)
    other = db.raw_connection()
    other.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a long save
    try:
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert form.created_case_id is None
    assert "another workstation" in form.message.text()
    assert (form.last_name.text(), form.first_name.text()) == ("Muñoz", "Zoë")
    assert form.incident.text() == "SPD-26-000118"
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)  # free again: it lands
    assert form.created_case_id, form.message.text()
