"""Wilmington NC, played through the app: a participant misses his treatment appointments.
The case manager adds the provider on the Providers page as a treatment provider, so his
consent to that class covers the referral; she schedules two appointments in Provider
follow-up; after them the work queue asks her to record attendance and opens the person at
that appointment, where she records both misses. The app's timers then put the case in
compliance review (the DA's, case manager's and supervisor's queues); the supervisor
disqualifies him, the DA files, and the clerk prints the summons (T7 defects 2 and 5)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QPushButton, QRadioButton

from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.compliance_decision import ComplianceDecision
from lead_desktop.ui.forms.court_date_dialog import CourtDateDialog
from lead_desktop.ui.forms.eligibility_form import EligibilityForm
from lead_desktop.ui.person_window import PersonWindow
from tests.stories import care_steps
from tests.stories.app import (
    App,
    choose,
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
STAFF = [("hale", "Jordan Hale", Role.OFFICER), ("nguyen", "Minh Nguyen", Role.CASE_MANAGER),
         ("price", "Dana Price", Role.SUPERVISOR), ("ward", "Ellis Ward", Role.PROSECUTOR_REVIEWER),
         ("kim", "Kim Lee", Role.CLERK)]
COURT = {"name": "New Hanover County District Court",
         "address": "316 Princess St, Wilmington, NC 28401", "division": "District",
         "sessions": "Tue 09:00; Thu 09:00"}
PROVIDER = "Coastal Horizons"
EASTERN = ZoneInfo("America/New_York")  # the Wilmington profile's time zone
BRUNSWICK = "Brunswick County Sheriff's Office"


@pytest.fixture
def app(qtbot, tmp_path, story_server):
    made = App(qtbot, tmp_path, "wilmington-nc@1", "Cape Fear LEAD",
               server=story_server)
    made.add_accounts(STAFF, courts=(COURT,))
    yield made
    made.close()


def refer_and_find_eligible(qtbot, app) -> None:
    officer = app.sign_in("hale")
    form = section(officer, "New referral")
    for field, text in ((form.last_name, "Pruitt"), (form.first_name, "Cole"),
                        (form.badge, "BCSO-118"), (form.agency, BRUNSWICK),
                        (form.location, "Market St"), (form.incident, "WPD-26-0771"),
                        (form.offense_code, "90-95(a)(3)"),
                        (form.offense_text, "Possession of a Schedule II substance")):
        type_into(qtbot, field, text)
    enter_birth(form, QDate(1979, 11, 3))
    form.origin.setCurrentIndex(form.origin.findText(BRUNSWICK))   # inside the MOU's area
    form.quantity.setValue(12)
    choose(form.quantity_unit, "dosage_units")
    form.referred_at.setDateTime(app.clock.now)
    form.submit.click()
    assert form.message.text() == "Referral saved. Status: Referred.", form_says(form)
    app.sign_out(officer)

    app.clock.advance(minutes=35)
    cm = app.sign_in("nguyen")

    def send_to_da(person: PersonWindow):
        person.assign.click()
        choose(person.step, "eligibility_review")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
    find_person(qtbot, cm, "Pruitt", PersonWindow, send_to_da)
    app.sign_out(cm)

    app.clock.advance(hours=20)
    da = app.sign_in("ward")

    def eligible(form: EligibilityForm):
        for key in list(form.answers):
            form.findChild(QRadioButton, f"{key}_no").click()
        choose(form.decision, "eligible")
        form.decide()
        assert "now Waiting for intake" in form.message.text(), form.message.text()
    open_queue_item(qtbot, da, EligibilityForm, eligible, lambda r: r.kind.startswith("da_review"))
    app.sign_out(da)


def test_two_missed_appointments_recorded_in_the_window_lead_to_the_summons(qtbot, app):
    refer_and_find_eligible(qtbot, app)

    # The case manager adds the provider as a treatment provider, and at intake he
    # consents to disclosure to treatment providers (a class: the provider is not named).
    app.clock.advance(days=1)
    cm = app.sign_in("nguyen")
    providers = section(cm, "Providers")
    type_into(qtbot, providers.name, PROVIDER)
    choose(providers.provider_type, "treatment provider")
    providers.levels.item(0).setCheckState(Qt.CheckState.Checked)
    assert providers.add_provider(), providers.message.text()
    first_visit = app.clock.now + timedelta(days=1)
    second_visit = app.clock.now + timedelta(days=3)

    def intake_referral_and_appointments(person: PersonWindow):
        care_steps.sign_consent(qtbot, person, "Cole Pruitt")   # class "treatment provider"
        care_steps.sign_off_intake(qtbot, person)
        said = care_steps.sign_agreement(person, "Cole Pruitt")
        assert said.startswith("Signed on screen"), said
        choose(person.step, "active")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
        follow = tab(person, "Provider follow-up")
        assert follow.draft(), follow.message.text()
        choose(follow.next_status, "sent")
        type_into(qtbot, follow.detail, "secure fax")
        assert follow.advance(), follow.message.text()       # the consent to the class
        for visit in (first_visit, second_visit):
            follow.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(visit.timestamp())))
            follow.findChild(QPushButton, "scheduleAppointment").click()
            assert follow.message.text() == "Appointment scheduled.", follow.message.text()
    find_person(qtbot, cm, "Pruitt", PersonWindow, intake_referral_and_appointments)
    app.sign_out(cm)

    # Both appointments pass; the provider reports he came to neither.
    app.clock.advance(days=4)
    cm = app.sign_in("nguyen")
    _, rows = queue_rows(qtbot, cm)
    due = sorted(str(r.message) for r in rows if r.kind == "attendance_missing")
    # the queue words an appointment on the program's local day (an evening visit in New
    # York is on the UTC day after)
    assert due == [f"appointment with {PROVIDER} of {day.astimezone(EASTERN):%Y-%m-%d}: "
                   "record attendance" for day in (first_visit, second_visit)]

    def record_misses(person: PersonWindow):
        follow = person.followup
        assert person.tabs.currentWidget() is follow          # opened at the follow-up tab
        box = follow.appointments
        chosen = box.selected()                              # ... on the queue's appointment
        assert chosen is not None and chosen.attendance is None
        for row in range(box.model.rowCount()):
            box.table.selectRow(row)
            assert box.model.index(row, 2).data() == PROVIDER
            choose(follow.attendance, "missed")
            box.findChild(QPushButton, "recordAttendance").click()
            assert follow.message.text() == "Attendance recorded: Missed.", \
                follow.message.text()
        assert [box.model.index(r, 3).data() for r in range(2)] == ["Missed", "Missed"]
    open_queue_item(qtbot, cm, PersonWindow, record_misses,
                    lambda r: r.kind == "attendance_missing")
    _, rows = queue_rows(qtbot, cm)
    assert not [r for r in rows if r.kind == "attendance_missing"]
    app.sign_out(cm)

    # Two unexcused misses: Wilmington's limit. The timers that run when the app starts
    # put the case in compliance review, in each of the three queues.
    app.clock.advance(hours=1)
    for who, kind in (("ward", "compliance_decision"), ("nguyen", "compliance_review")):
        window = app.sign_in(who)
        _, rows = queue_rows(qtbot, window)
        assert kind in [r.kind for r in rows], [str(r.message) for r in rows]
        app.sign_out(window)

    supervisor = app.sign_in("price")

    def disqualify(person: PersonWindow):
        assert person.case.state.value == "compliance_review"
        choose(person.step, "disqualified")
        type_into(qtbot, person.reason, "two unexcused missed appointments")
        person.apply.click()
        assert person.action_message.text() == "Done.", person.action_message.text()
        assert person.case.state.value == "disqualified"
    open_queue_item(qtbot, supervisor, PersonWindow, disqualify,
                    lambda r: r.kind == "compliance_review")
    app.sign_out(supervisor)

    da = app.sign_in("ward")

    def file_charges(dialog: ComplianceDecision):
        choose(dialog.step, "referred_for_charges")
        type_into(qtbot, dialog.reason, "missed treatment appointments")
        assert dialog.decide(), dialog.message.text()
    open_queue_item(qtbot, da, ComplianceDecision, file_charges,
                    lambda r: r.kind == "compliance_decision")
    app.sign_out(da)

    clerk = app.sign_in("kim")
    queue = section(clerk, "Print queue")
    queue.refresh()
    assert queue.model.rowCount() == 1 and queue.model.row(0).status == "drafted"
    queue.table.selectRow(0)
    appearance = []

    def court_and_date(dialog: CourtDateDialog):
        assert dialog.court.currentText().startswith(COURT["name"])
        appearance.append(dialog.day.date().toPython())
        dialog.accept()
    while_open(qtbot, CourtDateDialog, court_and_date,
               queue.findChild(QPushButton, "chooseCourt").click)
    queue.table.selectRow(0)
    queue.findChild(QPushButton, "printSelected").click()
    assert queue.message.text().startswith("Printed"), queue.message.text()
    summons = pdf_text(app.printed[0])
    day = appearance[0]
    assert "SUMMONS / NOTICE TO APPEAR" in summons and "Name: Pruitt, Cole" in summons
    assert "90-95(a)(3)" in summons and "Possession of a Schedule II substance" in summons
    assert f"{COURT['name']} – District" in summons and COURT["address"] in summons
    assert f"{day:%A, %B} {day.day}, {day.year} at 09:00" in summons   # the date chosen
    assert "Referred from Cape Fear LEAD – did not complete." in summons
    app.sign_out(clerk)
