"""Charleston WV (seed 002), played through the app: treatment providers are overburdened,
so the administrator holds the program to one participant at once (a new profile version on
Administration → Program); the officer refers two people caught stealing to pay for their
habit; one starts intake, the other waits on the program's waitlist; the first is referred
to a treatment provider who puts him on its waitlist, so his case waits in "awaiting
treatment" (the provider and the waitlist's date kept); when the provider admits him, the
case is active again."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from lead_desktop.models import Case, CaseTransition, Person
from lead_desktop.security.roles import Role
from lead_desktop.services.care.intake_service import IntakeService
from lead_desktop.services.consent.consent_service import ConsentService
from lead_desktop.services.providers.provider_service import ProviderService
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import (
    ADMIN,
    App,
    choose,
    enter_birth,
    find_person,
    form_says,
    section,
    tab,
    type_into,
)
from tests.support import steps

pytestmark = pytest.mark.slow
STAFF = [("mills", "Jo Mills", Role.OFFICER), ("hart", "Ray Hart", Role.CASE_MANAGER),
         ("sam", "Sam Park", Role.SUPERVISOR)]


@pytest.fixture
def app(qtbot, tmp_path):
    made = App(qtbot, tmp_path, "charleston-wv@1", "Charleston LEAD")
    made.add_accounts(STAFF)
    yield made
    made.close()


def refer(qtbot, app, window, last, first, born, incident):
    form = section(window, "New referral")
    for field, text in ((form.last_name, last), (form.first_name, first),
                        (form.badge, "2207"), (form.agency, "Charleston Police Department"),
                        (form.location, "Kanawha Blvd E & Capitol St"),
                        (form.incident, incident), (form.offense_code, "61-3-13"),
                        (form.offense_text, "Petit larceny (weed whacker from a porch)")):
        type_into(qtbot, field, text)
    enter_birth(form, born)
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)


def step(person: PersonWindow, to: str) -> None:
    choose(person.step, to)
    person.apply.click()
    assert person.action_message.text() == "Done.", person.action_message.text()


def test_charleston_waitlist_awaiting_treatment_and_admission(qtbot, app):
    admin = app.sign_in(ADMIN)
    program = section(admin, "Program")
    assert "Charleston WV LEAD, version 1" in program.title.text()
    program.change.capacity.setValue(1)
    type_into(qtbot, program.change.note, "one case manager until the grant starts")
    assert program.change.save(), program.change.message.text()
    assert "At most 1 participants at once" in program.rules.text()
    app.sign_out(admin)

    officer = app.sign_in("mills")
    refer(qtbot, app, officer, "Walker", "Dale", QDate(1990, 5, 1), "CPD-26-0101")
    refer(qtbot, app, officer, "Boggs", "Tina", QDate(1985, 9, 12), "CPD-26-0102")
    app.sign_out(officer)

    app.clock.advance(minutes=30)
    cm = app.sign_in("hart")

    def start_intake(person: PersonWindow):
        person.assign.click()                        # "Record hand-off to me"
        step(person, "intake_pending")               # no DA review in Charleston
    find_person(qtbot, cm, "Walker", PersonWindow, start_intake)

    def program_full(person: PersonWindow):
        person.assign.click()
        choose(person.step, "intake_pending")
        person.apply.click()
        assert "capacity" in person.action_message.text(), person.action_message.text()
    find_person(qtbot, cm, "Boggs", PersonWindow, program_full)
    app.sign_out(cm)

    sup = app.sign_in("sam")
    find_person(qtbot, sup, "Boggs", PersonWindow, lambda person: step(person, "waitlisted"))
    app.sign_out(sup)

    # Dale signs his consent and does his intake (the forms have tests of their own).
    hart = app.accounts.sign_in("hart", app.passwords["hart"]).actor
    with app.database.read() as session:
        dale = session.scalar(select(Person.id).where(Person.last_name == "Walker"))
    done = SimpleNamespace(consents=ConsentService(app.database, app.clock),
                           intake=IntakeService(app.database, app.clock), clock=app.clock)
    consent = steps.signed_consent(done, hart, dale, [{"class": "treatment provider"}])
    with app.database.read() as session:
        case_id = session.scalar(select(Case.id).where(Case.person_id == dale))
    steps.complete_intake(done, hart, case_id, consent, agreement=False)
    ProviderService(app.database, app.clock).add(
        hart, "Kanawha Valley Treatment", levels_of_care=("residential",),
        provider_type="treatment provider")

    cm = app.sign_in("hart")

    def waiting_for_treatment(person: PersonWindow):
        step(person, "active")
        follow = tab(person, "Provider follow-up")
        assert follow.draft(), follow.message.text()
        choose(follow.next_status, "sent")
        type_into(qtbot, follow.detail, "secure fax")
        assert follow.advance(), follow.message.text()
        choose(follow.next_status, "waitlisted")
        follow.waitlist_position.setValue(140)
        assert follow.advance(), follow.message.text()
        step(person, "awaiting_treatment")
        assert person.case.state.value == "awaiting_treatment"
    find_person(qtbot, cm, "Walker", PersonWindow, waiting_for_treatment)
    waitlisted_on = app.clock.now.date()

    app.clock.advance(days=20)                       # a bed opens

    def admitted(person: PersonWindow):
        choose(person.step, "active")
        person.apply.click()
        assert "no provider has admitted" in person.action_message.text()
        follow = tab(person, "Provider follow-up")
        choose(follow.next_status, "accepted")
        assert follow.advance(), follow.message.text()
        choose(follow.next_status, "admitted")
        assert follow.advance(), follow.message.text()
        step(person, "active")
    find_person(qtbot, cm, "Walker", PersonWindow, admitted)

    def shows_the_case(person: PersonWindow):
        summary = person.findChild(QLabel, "overviewSummary").text()
        assert "Case: <b>Active</b> (Charleston WV LEAD)" in summary, summary
    find_person(qtbot, cm, "Walker", PersonWindow, shows_the_case)
    app.sign_out(cm)

    with app.database.read() as session:
        moves = session.execute(select(CaseTransition.to_state, CaseTransition.rule,
                                       CaseTransition.details)
                                .where(CaseTransition.case_id == case_id)
                                .order_by(CaseTransition.seq)).all()
    assert [m.to_state for m in moves] == ["referred", "intake_pending", "active",
                                           "awaiting_treatment", "active"]
    waiting = moves[3]
    assert waiting.details["provider"] == "Kanawha Valley Treatment"
    assert waiting.details["waitlisted_on"] == waitlisted_on.isoformat()
    assert moves[4].rule == "treatment_admission"
