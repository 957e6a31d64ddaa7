"""Baltimore pilot, played through the app: a social contact from outside the west-downtown
area is screened out (social contacts skip the DA, not the area check) and gets a decline
letter; a prostitution arrest is referred with no drug quantity and the DA finds her
eligible, the quantity item passing because no drugs were involved."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from lead_desktop.ui.forms.step_dialog import StepDialog
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import (
    App,
    choose,
    choose_text,
    enter_birth,
    find_person,
    form_says,
    open_queue_item,
    pdf_text,
    section,
    tab,
    type_into,
    while_open,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("diaz", "Rosa Diaz", Role.OFFICER), ("grant", "Lee Grant", Role.CASE_MANAGER),
         ("moore", "Pat Moore", Role.PROSECUTOR_REVIEWER)]


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "baltimore-pilot@1", "Baltimore LEAD pilot",
               server=story_server)
    made.add_accounts(STAFF)
    yield made
    made.close()


def referral(qtbot, app, window, last, first, born, kind, area, **arrest):
    form = section(window, "New referral")
    for field, text in ((form.last_name, last), (form.first_name, first), (form.badge, "C-211"),
                        (form.agency, "Baltimore Police Department"),
                        (form.location, "Eutaw St & W Lexington St")):
        type_into(qtbot, field, text)
    enter_birth(form, born)
    choose(form.referral_type, kind)
    form.origin.setEditText(area)
    if arrest:
        type_into(qtbot, form.incident, arrest["incident"])
        type_into(qtbot, form.offense_code, "CR 11-306")
        type_into(qtbot, form.offense_text, "Prostitution")
        choose(form.offense_kind, "prostitution")
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)


def test_baltimore_area_for_every_referral_and_a_prostitution_arrest(qtbot, app):
    officer = app.sign_in("diaz")
    referral(qtbot, app, officer, "Carter", "Dee", QDate(1991, 6, 14), "social_contact",
             "Fells Point")
    referral(qtbot, app, officer, "Brooks", "Tanya", 1984, "arrest_diversion",  # year estimated
             section(officer, "New referral").origin.itemText(0), incident="BPD-26-7781")
    app.sign_out(officer)

    app.clock.advance(minutes=20)
    cm = app.sign_in("grant")
    letters = []

    def screen_out(person: PersonWindow):
        person.assign.click()                       # "Record hand-off to me"
        choose(person.step, "intake_pending")
        person.apply.click()
        assert "originates in Fells Point" in person.action_message.text(), \
            person.action_message.text()
        choose(person.step, "ineligible")

        def catchment(dialog: StepDialog):
            choose(dialog.reason_code, "catchment")
            type_into(qtbot, dialog.reason, "met in Fells Point")
            dialog.accept()
        while_open(qtbot, StepDialog, catchment, person.apply.click)
        assert person.action_message.text() == "Done.", person.action_message.text()
        choose_text(tab(person, "Documents").choice, "Decline letter")
        letters.append(tab(person, "Documents").save_to(app.folder))
    find_person(qtbot, cm, "Carter", PersonWindow, screen_out)
    letter = pdf_text(letters[0].read_bytes())
    assert "Dee Carter" in letter and "Outside the program's area. met in Fells Point" in letter

    def send_to_da(person: PersonWindow):
        person.assign.click()
        choose(person.step, "eligibility_review")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
    find_person(qtbot, cm, "Brooks", PersonWindow, send_to_da)
    app.sign_out(cm)

    da = app.sign_in("moore")

    def eligible(form: EligibilityForm):
        # no quantity was entered, and none is needed: no drugs were involved
        assert form.findChild(QLabel, "result_max_quantity_g").text() == "✔ pass"
        for key in list(form.answers):
            form.findChild(QRadioButton, f"{key}_no").click()
        choose(form.decision, "eligible")
        form.decide()
        assert "now Waiting for intake" in form.message.text(), form.message.text()
    open_queue_item(qtbot, da, EligibilityForm, eligible, lambda r: r.person.startswith("Brooks"))
    app.sign_out(da)
