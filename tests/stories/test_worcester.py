"""Worcester Buyer Diversion, played through the app: IT creates the database, the
administrator enters the staff and the court; the officer
refers two buyers at the scene (a case manager and a social-services representative
respond); the DA finds one ineligible (the decline letter goes out in Spanish) and the other
eligible; he never comes to intake, so after the deadline the app's timers raise a
compliance review and the DA files; the clerk picks the court and date and prints the
complaint packet. The PDFs are read back."""

from datetime import timedelta

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.compliance_decision import ComplianceDecision
from lead_desktop.ui.forms.court_date_dialog import CourtDateDialog
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from lead_desktop.ui.person_window import PersonWindow
from tests.stories import care_steps
from tests.stories.app import (
    App,
    choose,
    choose_text,
    enter_birth,
    find_person,
    form_says,
    open_queue_item,
    pdf_text,
    queue_rows,
    section,
    tab,
    type_into,
    while_open,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("reyes", "Dana Reyes", Role.OFFICER), ("chen", "Casey Chen", Role.CASE_MANAGER),
         ("ortiz", "Luis Ortiz", Role.PROSECUTOR_REVIEWER), ("sam", "Sam Park", Role.SUPERVISOR),
         ("kim", "Kim Lee", Role.CLERK)]


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "worcester-buyer-diversion@1", "Worcester Buyer Diversion",
               server=story_server)
    made.add_accounts(STAFF, courts=({"name": "Worcester District Court",
                                      "address": "225 Main St, Worcester, MA 01608",
                                      "division": "Central", "sessions": "Mon 09:00; Thu 09:00"},))
    yield made
    made.close()


def refer(qtbot, app, window, last, first, born, language, incident):
    form = section(window, "New referral")
    for field, text in ((form.last_name, last), (form.first_name, first),
                        (form.badge, "4471"), (form.agency, "Worcester PD"),
                        (form.location, "Main St & Front St"), (form.incident, incident),
                        (form.offense_code, "94C-34"),
                        (form.offense_text, "Possession of a Class A substance"),
                        (form.second_responder, "Maria Lopez, Spectrum outreach")):
        type_into(qtbot, field, text)
    enter_birth(form, born)
    choose(form.language, language)
    form.referred_at.setDateTime(app.clock.now - timedelta(minutes=40))
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)


def hand_off_and_send_to_da(qtbot, window, last):
    def work(person: PersonWindow):
        person.assign.click()                       # "Record hand-off to me"
        assert person.case.case_manager_id is not None, person.action_message.text()
        choose(person.step, "eligibility_review")
        person.apply.click()
        assert person.action_message.text() == "Done."
    find_person(qtbot, window, last, PersonWindow, work)


def test_worcester_buyer_never_comes_to_intake_and_the_da_files(qtbot, app):
    officer = app.sign_in("reyes")
    # as the officer enters it, on the program's own day (Eastern), not UTC's
    referred_on = (app.clock.now - timedelta(minutes=40)).astimezone(
        ZoneInfo("America/New_York")).date()
    refer(qtbot, app, officer, "O'Brien-Muñoz", "Tomás", QDate(1993, 2, 27), "en", "WPD-26-001234")
    refer(qtbot, app, officer, "Quiñones", "Marta", QDate(1987, 8, 9), "es", "WPD-26-001240")
    app.sign_out(officer)

    app.clock.advance(minutes=25)   # the case manager arrives at the scene
    cm = app.sign_in("chen")
    hand_off_and_send_to_da(qtbot, cm, "O'Brien")
    hand_off_and_send_to_da(qtbot, cm, "Quiñones")
    app.sign_out(cm)

    # The DA works the checklist of each from the queue.
    app.clock.advance(hours=20)
    da = app.sign_in("ortiz")

    def eligible(form: EligibilityForm):
        for key in list(form.answers):
            form.findChild(QRadioButton, f"{key}_no").click()
        choose(form.decision, "eligible")
        form.decide()
        assert "now Waiting for intake" in form.message.text(), form.message.text()

    def ineligible(form: EligibilityForm):
        choose(form.decision, "ineligible")
        choose(form.reason_code, "distribution")
        qtbot.keyClicks(form.reason_text, "sold to an undercover officer")
        form.decide()
        assert "now Not eligible" in form.message.text(), form.message.text()

    open_queue_item(qtbot, da, EligibilityForm, eligible, lambda r: r.person.startswith("O'Brien"))
    open_queue_item(qtbot, da, EligibilityForm, ineligible, lambda r: r.person.startswith("Qui"))
    app.sign_out(da)

    # The case manager mails the decline letter, in Marta's language.
    cm = app.sign_in("chen")
    letters = []

    def print_decline_letter(person: PersonWindow):
        assert "Case: <b>Not eligible</b>" in person.findChild(QLabel, "overviewSummary").text()
        documents = tab(person, "Documents")
        choose_text(documents.choice, "Decline letter")
        letters.append(documents.save_to(app.folder))
    find_person(qtbot, cm, "Quiñones", PersonWindow, print_decline_letter)
    letter = pdf_text(letters[0].read_bytes())
    assert "Decisión sobre su remisión" in letter and "Marta Quiñones" in letter
    assert "Distribución. sold to an undercover officer" in letter
    app.sign_out(cm)

    # Tomás never comes in. The deadline passes; when the DA opens the app, its timers
    # have already raised a compliance review on their own, and the DA decides to file: a
    # summons (the Massachusetts complaint packet) is drafted.
    app.clock.advance(days=31)
    da = app.sign_in("ortiz")
    _, rows = queue_rows(qtbot, da)
    assert [str(r.message) for r in rows] == ["Compliance review: decide whether to file"]

    def file_charges(dialog: ComplianceDecision):
        choose(dialog.step, "referred_for_charges")
        qtbot.keyClicks(dialog.reason, "did not come to intake")
        assert dialog.decide(), dialog.message.text()
    open_queue_item(qtbot, da, ComplianceDecision, file_charges,
                    lambda r: r.kind == "compliance_decision")
    app.sign_out(da)

    # The clerk picks the court and the appearance date, and prints the packet.
    clerk = app.sign_in("kim")
    queue = section(clerk, "Print queue")
    queue.refresh()
    assert queue.model.rowCount() == 1 and queue.model.row(0).status == "drafted"
    queue.table.selectRow(0)
    appearance = []

    def court_and_date(dialog: CourtDateDialog):
        assert dialog.court.currentText().startswith("Worcester District Court")
        appearance.append(dialog.day.date().toPython())
        dialog.accept()
    while_open(qtbot, CourtDateDialog, court_and_date,
               queue.findChild(QPushButton, "chooseCourt").click)
    assert "Worcester District Court" in queue.message.text(), queue.message.text()
    queue.table.selectRow(0)
    queue.findChild(QPushButton, "printSelected").click()
    assert queue.message.text().startswith("Printed"), queue.message.text()
    packet = pdf_text(app.printed[0])
    assert "O'Brien-Muñoz, Tomás" in packet
    assert "Worcester District Court" in packet
    assert appearance and referred_on.strftime("%m/%d/%Y") in packet  # the offense date
    assert "Intake not completed by the deadline" in packet      # the reason, in words
    assert "intake_deadline_missed" not in packet
    app.sign_out(clerk)


def test_worcester_buyer_who_comes_to_intake_signs_the_agreement_and_is_active(qtbot, app):
    """Worcester's compliance model: Active needs the signed participation agreement. The
    case manager signs it with him on screen in the Documents tab (in his language), and
    only then can the case move on."""
    officer = app.sign_in("reyes")
    refer(qtbot, app, officer, "Quiñones", "Marta", QDate(1987, 8, 9), "es", "WPD-26-001240")
    app.sign_out(officer)
    app.clock.advance(minutes=25)
    cm = app.sign_in("chen")
    hand_off_and_send_to_da(qtbot, cm, "Quiñones")
    app.sign_out(cm)
    app.clock.advance(hours=20)
    da = app.sign_in("ortiz")

    def eligible(form: EligibilityForm):
        for key in list(form.answers):
            form.findChild(QRadioButton, f"{key}_no").click()
        choose(form.decision, "eligible")
        form.decide()
        assert "now Waiting for intake" in form.message.text(), form.message.text()
    open_queue_item(qtbot, da, EligibilityForm, eligible, lambda r: r.person.startswith("Qui"))
    app.sign_out(da)

    app.clock.advance(days=3)
    cm = app.sign_in("chen")

    def intake_and_agreement(person: PersonWindow):
        care_steps.sign_consent(qtbot, person, "Marta Quiñones")
        care_steps.sign_off_intake(qtbot, person)
        choose(person.step, "active")                 # not yet: the agreement is unsigned
        person.apply.click()
        assert "participation agreement" in person.action_message.text()
        said = care_steps.sign_agreement(person, "Marta Quiñones")
        assert said.startswith("Signed on screen: kept as Signed participation agreement"), said
        choose(person.step, "active")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
        assert person.case.state.value == "active"
    find_person(qtbot, cm, "Quiñones", PersonWindow, intake_and_agreement)
    app.sign_out(cm)
