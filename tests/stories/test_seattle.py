"""Seattle-style LEAD, played through the app: an officer makes two social contacts. The
16-year-old is screened out for age (social contacts get no DA review, but the minimum age
still holds) and gets a decline letter; the adult starts intake. When the adult is referred
again, the app links to her open case instead of opening a second one."""

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.step_dialog import StepDialog
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import (
    App,
    choose,
    choose_text,
    find_person,
    form_says,
    pdf_text,
    section,
    tab,
    type_into,
    while_open,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("lin", "Avery Lin", Role.OFFICER), ("okafor", "Chris Okafor", Role.CASE_MANAGER)]


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "seattle-lead@1", "Seattle LEAD",
               server=story_server)
    made.add_accounts(STAFF)
    yield made
    made.close()


def social_contact(qtbot, app, window, last, first, born: QDate):
    form = section(window, "New referral")
    for field, text in ((form.last_name, last), (form.first_name, first), (form.badge, "7734"),
                        (form.agency, "Seattle PD"), (form.location, "3rd Ave & Pine St")):
        type_into(qtbot, field, text)
    if not form.officer_name.text():
        type_into(qtbot, form.officer_name, "Avery Lin")
    form.dob.setDate(born)
    choose(form.referral_type, "social_contact")
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    return form


def test_seattle_minimum_age_for_social_contacts_and_one_case_per_person(qtbot, app):
    officer = app.sign_in("lin")
    sixteen = QDate(app.clock.now.year - 16, 1, 1)   # 16 on every day of this year
    for last, first, born in (("Young", "Jo", sixteen),
                              ("Rivera", "Ana", QDate(1991, 6, 2))):
        form = social_contact(qtbot, app, officer, last, first, born)
        assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)
    app.sign_out(officer)

    app.clock.advance(minutes=30)
    cm = app.sign_in("okafor")
    letters = []

    def screen_out(person: PersonWindow):
        person.assign.click()                       # "Record hand-off to me"
        choose(person.step, "intake_pending")       # the age check holds her back
        person.apply.click()
        assert "not eligible: Age 18 or over: 16 years old" in person.action_message.text(), \
            person.action_message.text()
        choose(person.step, "ineligible")

        def age(dialog: StepDialog):
            choose(dialog.reason_code, "age")
            type_into(qtbot, dialog.reason, "16 years old")
            dialog.accept()
        while_open(qtbot, StepDialog, age, person.apply.click)
        assert person.action_message.text() == "Done.", person.action_message.text()
        documents = tab(person, "Documents")
        choose_text(documents.choice, "Decline letter")
        letters.append(documents.save_to(app.folder))
    find_person(qtbot, cm, "Young", PersonWindow, screen_out)
    letter = pdf_text(letters[0].read_bytes())
    assert "Jo Young" in letter and "Below the program's minimum age. 16 years old" in letter
    # the date as other documents print it: the program's own day (Pacific), not UTC's
    assert app.clock.now.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%m/%d/%Y") \
        in letter

    def start_intake(person: PersonWindow):
        person.assign.click()                       # "Record hand-off to me"
        choose(person.step, "intake_pending")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
    find_person(qtbot, cm, "Rivera", PersonWindow, start_intake)

    # Ana is referred again: the app links to her open case.
    app.clock.advance(days=3)
    form = social_contact(qtbot, app, cm, "Rivera", "Ana", QDate(1991, 6, 2))
    assert form.candidates.isVisible()             # the duplicate check finds her
    form.use_existing.click()
    assert "already has an open case (Waiting for intake)" in form.message.text()

    def her_case(person: PersonWindow):
        summary = person.findChild(QLabel, "overviewSummary").text()
        assert "Case: <b>Waiting for intake</b>" in summary
        assert len(person.cases) == 1
    while_open(qtbot, PersonWindow, her_case, form.open_existing.click)
    app.sign_out(cm, discard=True)   # the second referral is not needed
