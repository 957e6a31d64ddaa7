"""Charleston WV (seed 002), played through the app as its staff work: treatment providers
are overburdened, so the administrator holds the program to one participant at once (a new
profile version on Administration → Program) and adds the state's petit-larceny code to the
offense codes (Code lists); the officer refers two people caught stealing to pay for their
habit; one starts intake, the other waits on the program's waitlist. The case manager adds
the treatment provider on the Providers page, records the first participant's consent
(signed on screen) and his intake, and refers him to the provider, who puts him on its
waitlist: his case waits in "awaiting treatment" (the provider and the waitlist's date on
the timeline); when the provider admits him, the case is active again. Every check reads
what the screens show."""

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from lead_desktop.security.roles import Role
from lead_desktop.ui.attachments.signature_pad import SignatureDialog
from lead_desktop.ui.forms.consent_form import ConsentForm
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import (
    ADMIN,
    App,
    choose,
    choose_text,
    enter_birth,
    find_person,
    form_says,
    section,
    tab,
    type_into,
    while_open,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]  # on the file and on a server
STAFF = [("mills", "Jo Mills", Role.OFFICER), ("hart", "Ray Hart", Role.CASE_MANAGER),
         ("sam", "Sam Park", Role.SUPERVISOR)]
PROVIDER = "Kanawha Valley Treatment"


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "charleston-wv@1", "Charleston LEAD",
               server=story_server)
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
    # the code is on the program's list: the form says what it is
    assert "W. Va. Code § 61-3-13(b)" in form.offenses.hint.text(), form.offenses.hint.text()
    enter_birth(form, born)
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)


def step(person: PersonWindow, to: str) -> None:
    choose(person.step, to)
    person.apply.click()
    assert person.action_message.text() == "Done.", person.action_message.text()


def signature(pad) -> None:
    """A participant signs with the mouse."""
    points = [(30 + i * 12, 110 - (i % 6) * 14) for i in range(16)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def timeline(person: PersonWindow) -> list[str]:
    return person.timeline.lines()


def the_administrator_sets_up(qtbot, app) -> None:
    admin = app.sign_in(ADMIN)
    program = section(admin, "Program")
    assert "Charleston WV LEAD, version 1" in program.title.text()
    program.change.capacity.setValue(1)
    type_into(qtbot, program.change.note, "one case manager until the grant starts")
    assert program.change.save(), program.change.message.text()
    assert "At most 1 participants at once" in program.rules.text()
    codes = section(admin, "Code lists")
    choose(codes.lists, "offense")
    type_into(qtbot, codes.new_code, "61-3-13")
    type_into(qtbot, codes.new_en, "Petit larceny")
    type_into(qtbot, codes.new_es, "Hurto menor")
    type_into(qtbot, codes.new_statute, "W. Va. Code § 61-3-13(b)")
    choose(codes.new_level, "misdemeanor")
    codes.new_from.setDate(QDate(2020, 1, 1))
    assert codes.add(), codes.message.text()
    app.sign_out(admin)


def test_charleston_waitlist_awaiting_treatment_and_admission(qtbot, app):
    the_administrator_sets_up(qtbot, app)

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

    def to_the_waitlist(person: PersonWindow):
        step(person, "waitlisted")
        qtbot.waitUntil(lambda: person.header.chip.text() == "On the waitlist")
    find_person(qtbot, sup, "Boggs", PersonWindow, to_the_waitlist)
    app.sign_out(sup)

    cm = app.sign_in("hart")
    providers = section(cm, "Providers")
    type_into(qtbot, providers.name, PROVIDER)
    type_into(qtbot, providers.address, "1 Hospital Dr, Charleston WV")
    type_into(qtbot, providers.payers, "WV Medicaid, self-pay")
    for i in range(providers.levels.count()):
        if providers.levels.item(i).data(Qt.ItemDataRole.UserRole) == "residential":
            providers.levels.item(i).setCheckState(Qt.CheckState.Checked)
    assert providers.add_provider(), providers.message.text()
    shown = [providers.model.index(r, c).data() for r in range(providers.model.rowCount())
             for c in range(providers.model.columnCount())]
    assert PROVIDER in shown, shown

    def consent_form(form: ConsentForm) -> None:
        choose(form.consent_type, "part2_general")
        type_into(qtbot, form.recipient_name, PROVIDER)
        type_into(qtbot, form.recipient_class, "treatment provider")
        form.information.setPlainText("Attendance, treatment plan progress and discharge status")
        type_into(qtbot, form.purpose, "Treatment referral and coordination")
        type_into(qtbot, form.signed_by, "Dale Walker")

        def sign(pad_dialog: SignatureDialog) -> None:
            signature(pad_dialog.pads["participant"])
            pad_dialog.accept()
        while_open(qtbot, SignatureDialog, sign,
                   form.findChild(QPushButton, "signOnScreen").click)
        assert form.message.text() == "Signed on screen: the consent is active.", \
            form.message.text()

    def intake_form(form: IntakeForm) -> None:
        type_into(qtbot, form.domains["housing"], "unsheltered; sleeps at the bus station")
        type_into(qtbot, form.needs, "a bed tonight")
        type_into(qtbot, form.action, "shelter bed at the Union Mission")
        choose_text(form.consent, "Part 2 general consent")
        form.findChild(QPushButton, "signOffIntake").click()
        assert form.message.text() == "Intake signed off.", form.message.text()

    def consent_intake_and_active(person: PersonWindow):
        consents = tab(person, "Consents and intake")
        while_open(qtbot, ConsentForm, consent_form,
                   consents.findChild(QPushButton, "newConsent").click)
        qtbot.waitUntil(lambda: consents.model.rowCount() == 1)
        assert consents.model.index(0, 1).data() == "Signed"
        while_open(qtbot, IntakeForm, intake_form,
                   consents.findChild(QPushButton, "openIntake").click)
        step(person, "active")
        qtbot.waitUntil(lambda: person.header.consent.text().startswith("Signed, valid"))
        qtbot.waitUntil(lambda: person.header.chip.text() == "Active")
    find_person(qtbot, cm, "Walker", PersonWindow, consent_intake_and_active)

    def waiting_for_treatment(person: PersonWindow):
        follow = tab(person, "Provider follow-up")
        offered = [follow.provider.itemText(i) for i in range(follow.provider.count())]
        follow.provider.setCurrentIndex(next(i for i, text in enumerate(offered)
                                             if text.startswith(PROVIDER)))
        assert follow.draft(), follow.message.text()
        choose(follow.next_status, "sent")
        type_into(qtbot, follow.detail, "secure fax")
        assert follow.advance(), follow.message.text()
        choose(follow.next_status, "waitlisted")
        follow.waitlist_position.setValue(140)
        assert follow.advance(), follow.message.text()
        step(person, "awaiting_treatment")
        qtbot.waitUntil(lambda: person.header.chip.text() == "Awaiting treatment")
    find_person(qtbot, cm, "Walker", PersonWindow, waiting_for_treatment)
    # the program's own day (Eastern), as the case's history words it, not UTC's
    waitlisted_on = app.clock.now.astimezone(ZoneInfo("America/New_York")).date()

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
        qtbot.waitUntil(lambda: person.header.chip.text() == "Active")
        expected = [
            "Referred (Arrest diversion) by Jo Mills",
            "Now Waiting for intake, by Ray Hart",
            "Now Active, by Ray Hart",
            f"Now Awaiting treatment, by Ray Hart — on the waitlist of {PROVIDER} since "
            f"{waitlisted_on.isoformat()}",
            "Now Active, by Ray Hart"]

        def told() -> None:  # oldest first, once the staff names have loaded
            lines = [line.split("  ", 1)[1] for line in reversed(timeline(person))]
            assert lines == expected, lines
        qtbot.waitUntil(told)
    find_person(qtbot, cm, "Walker", PersonWindow, shows_the_case)
    app.sign_out(cm)
