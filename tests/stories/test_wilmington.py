"""Wilmington NC, played through the app: a Brunswick County Sheriff's referral is inside
the MOU's area; the DA finds him eligible; he consents, comes to intake and signs the
participation agreement on screen, which makes him Active; then he threatens his case manager, who proposes his
removal; the proposal waits in the supervisor's queue, the supervisor approves it, and the
DA files charges (Wilmington files after a removal)."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.compliance_decision import ComplianceDecision
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from lead_desktop.ui.forms.step_dialog import StepDialog
from lead_desktop.ui.person_window import PersonWindow
from tests.stories import care_steps
from tests.stories.app import (
    App,
    choose,
    enter_birth,
    find_person,
    form_says,
    open_queue_item,
    queue_rows,
    section,
    type_into,
    while_open,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("hale", "Jordan Hale", Role.OFFICER), ("nguyen", "Minh Nguyen", Role.CASE_MANAGER),
         ("price", "Dana Price", Role.SUPERVISOR), ("ward", "Ellis Ward", Role.PROSECUTOR_REVIEWER)]
BRUNSWICK = "Brunswick County Sheriff's Office"


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "wilmington-nc@1", "Cape Fear LEAD",
               server=story_server)
    made.add_accounts(STAFF)
    yield made
    made.close()


def test_wilmington_brunswick_referral_a_threat_and_the_supervisors_decision(qtbot, app):
    officer = app.sign_in("hale")
    form = section(officer, "New referral")
    for field, text in ((form.last_name, "Pruitt"), (form.first_name, "Cole"),
                        (form.badge, "BCSO-118"), (form.agency, BRUNSWICK),
                        (form.location, "Village Rd, Leland"), (form.incident, "BCSO-26-0419"),
                        (form.offense_code, "90-95(a)(3)"),
                        (form.offense_text, "Possession of a Schedule II substance")):
        type_into(qtbot, field, text)
    enter_birth(form, QDate(1979, 11, 3))
    form.origin.setCurrentIndex(form.origin.findText(BRUNSWICK))
    form.quantity.setValue(12)
    choose(form.quantity_unit, "dosage_units")
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)
    app.sign_out(officer)

    app.clock.advance(minutes=35)
    cm = app.sign_in("nguyen")

    def send_to_da(person: PersonWindow):
        person.assign.click()                       # "Record hand-off to me"
        choose(person.step, "eligibility_review")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
    find_person(qtbot, cm, "Pruitt", PersonWindow, send_to_da)
    app.sign_out(cm)

    app.clock.advance(hours=26)
    da = app.sign_in("ward")

    def eligible(form: EligibilityForm):
        assert form.findChild(QLabel, "result_catchment").text() == "✔ pass"  # an MOU agency
        for key in list(form.answers):
            form.findChild(QRadioButton, f"{key}_no").click()
        choose(form.decision, "eligible")
        form.decide()
        assert "now Waiting for intake" in form.message.text(), form.message.text()
    open_queue_item(qtbot, da, EligibilityForm, eligible, lambda r: r.kind.startswith("da_review"))
    app.sign_out(da)

    # He comes to intake: consent, intake and the agreement, signed in the person window.
    app.clock.advance(days=2)
    cm = app.sign_in("nguyen")

    def intake_and_agreement(person: PersonWindow):
        care_steps.sign_consent(qtbot, person, "Cole Pruitt")
        care_steps.sign_off_intake(qtbot, person)
        said = care_steps.sign_agreement(person, "Cole Pruitt")
        assert said.startswith("Signed on screen: kept as Signed participation agreement"), said
        choose(person.step, "active")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
        assert person.case.state.value == "active"
    find_person(qtbot, cm, "Pruitt", PersonWindow, intake_and_agreement)
    app.sign_out(cm)

    # He threatens his case manager at the office: she proposes his removal.
    app.clock.advance(days=2)
    cm = app.sign_in("nguyen")

    def propose_removal(person: PersonWindow):
        choose(person.proposals.step, "removed")

        def incident(dialog: StepDialog):
            type_into(qtbot, dialog.description, "threatened the case manager with a knife")
            type_into(qtbot, dialog.staff, "Minh Nguyen")
            type_into(qtbot, dialog.reason, "threat with a weapon")
            dialog.accept()
        while_open(qtbot, StepDialog, incident, person.proposals.propose_button.click)
        assert person.proposals.message.text() == "Proposed: a supervisor decides."
    find_person(qtbot, cm, "Pruitt", PersonWindow, propose_removal)
    app.sign_out(cm)

    supervisor = app.sign_in("price")

    def approve(person: PersonWindow):
        assert "proposes: Removed (threat with a weapon)" in person.proposals.shown.text()
        person.proposals.approve_button.click()
        assert person.proposals.message.text() == "Approved.", person.proposals.message.text()
        assert person.case.state.value == "removed"
    open_queue_item(qtbot, supervisor, PersonWindow, approve, lambda r: r.kind == "proposal")
    app.sign_out(supervisor)

    da = app.sign_in("ward")

    def file_charges(dialog: ComplianceDecision):
        choose(dialog.step, "referred_for_charges")
        type_into(qtbot, dialog.reason, "threat against program staff")
        assert dialog.decide(), dialog.message.text()
    open_queue_item(qtbot, da, ComplianceDecision, file_charges,
                    lambda r: r.kind == "compliance_decision")
    _, rows = queue_rows(qtbot, da)
    assert not [r for r in rows if r.kind == "compliance_decision"]
    app.sign_out(da)
