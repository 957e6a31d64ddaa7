"""Provider follow-up through its widgets: vacancies shown while picking, the loop, the
consent guard, appointments and an excused absence."""

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime
from sqlalchemy import select

from lead_desktop.models import Appointment, DisclosureLogEntry
from lead_desktop.security.roles import Role
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from tests.support import steps


def test_refer_send_and_record_attendance(qtbot, program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")  # consent names the class
    program.clock.now = datetime.now(timezone.utc)
    today = program.clock.now.date()
    full = program.providers.add(cm, "Crossroads", levels_of_care=("mental_health",),
                                 provider_type="treatment provider")
    spectrum = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    program.providers.update_capacity(cm, full, "mental_health", total_slots=10,
                                      funded_slots=10, vacancies=0, waitlist_length=45,
                                      as_of=today)
    program.providers.update_capacity(cm, spectrum, "detox", total_slots=20, funded_slots=18,
                                      vacancies=3, as_of=today)
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    labels = [page.provider.itemText(i) for i in range(page.provider.count())]
    assert labels[0].startswith("Spectrum — Detox: 3 open")  # the level in words
    assert "45 waiting" in labels[1]

    assert page.draft()
    assert [page.next_status.itemText(i) for i in range(page.next_status.count())] == [
        "Canceled", "Sent"]                               # the steps in words, not codes
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    assert page.model.row(0).status == "sent" and page.model.row(0).consent_id
    with db.read() as session:
        assert session.scalars(select(DisclosureLogEntry.recipient)).all() == ["Spectrum"]

    page.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    assert page.schedule()
    page.attendance.setCurrentIndex(page.attendance.findData("excused"))
    assert not page.record_attendance(page.last_appointment)
    assert "excuse" in page.message.text()
    page.excuse.setText("in hospital, discharge papers seen")
    assert page.record_attendance(page.last_appointment)
    with db.read() as session:
        appointment = session.get(Appointment, page.last_appointment)
    assert (appointment.attendance, appointment.excuse_reason) == (
        "excused", "in hospital, discharge papers seen")


def test_appointments_listed_and_attendance_recorded_on_the_selected_one(qtbot, program,
                                                                          staff, db):
    """T7 defect 2: the tab lists the referral's appointments (date, time, provider,
    attendance in words) and records attendance on the one selected."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.clock.now = datetime.now(timezone.utc)
    program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                          provider_type="treatment provider")
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert page.draft()
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    box = page.appointments
    earlier = QDateTime.currentDateTime().addDays(-2)
    for when in (earlier, earlier.addDays(1), QDateTime.currentDateTime().addDays(3)):
        page.when.setDateTime(when)
        assert page.schedule(), page.message.text()
    assert box.model.rowCount() == 3
    first = [box.model.index(0, c).data() for c in range(box.model.columnCount())]
    assert first == [earlier.toString("yyyy-MM-dd"), earlier.toString("HH:mm"), "Spectrum",
                     "Not recorded", ""]
    assert box.selected().id == page.last_appointment      # the one just scheduled

    box.table.selectRow(0)
    page.attendance.setCurrentIndex(page.attendance.findData("missed"))
    assert not page.excuse.isEnabled()                    # an excuse only for "excused"
    assert page.record_attendance(), page.message.text()
    assert page.message.text() == "Attendance recorded: Missed."
    assert box.model.index(0, 3).data() == "Missed" and box.selected().id == box.model.row(0).id

    box.table.selectRow(2)                                 # not yet happened
    assert not page.record_attendance()
    assert "after the appointment time" in page.message.text()

    box.table.selectRow(1)
    page.attendance.setCurrentIndex(page.attendance.findData("excused"))
    assert page.excuse.isEnabled()
    page.excuse.setText("in hospital")
    assert box.record_button.isEnabled()
    box.record_button.click()
    assert box.model.index(1, 3).data() == "Excused" and box.model.index(1, 4).data() == \
        "in hospital"
    with db.read() as session:
        shown = {a.id: a.attendance for a in session.scalars(select(Appointment))}
    assert sorted(v or "" for v in shown.values()) == ["", "excused", "missed"]


def test_the_work_queues_record_attendance_opens_the_appointment(qtbot, program, staff, db):
    """Enter on "... appointment of <day>: record attendance": the person window opens at
    Provider follow-up with that appointment chosen, ready to mark."""
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
    from lead_desktop.ui.person_window import PersonWindow
    from tests.stories.app import while_open
    from tests.ui.test_courts_and_agencies import page_of, window_for

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.provider_referrals.schedule(cm, case.id, steps.at(program, 1), "provider")
    second = program.provider_referrals.schedule(cm, case.id, steps.at(program, 2), "provider")
    program.provider_referrals.schedule(cm, case.id, steps.at(program, 3), "provider")
    program.clock.advance(days=5)
    window = window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)
    page = page_of(window, WorkQueuePage)
    qtbot.waitUntil(lambda: sum(i.kind == "attendance_missing" for i in page.model._rows) == 3,
                    timeout=10000)
    row = next(n for n, i in enumerate(page.model._rows) if i.record_id == second)
    seen = []

    def ready(person):
        follow = person.followup
        assert person.tabs.currentWidget() is follow
        assert follow.appointments.selected().id == second
        assert follow.appointments.record_button.isEnabled()
        seen.append(True)

    while_open(qtbot, PersonWindow, ready, lambda: page._activated(page.model.index(row, 0)))
    assert seen


def _whole(combo) -> list[str]:
    """Item texts that do not fit the combo box's text field as it is laid out now."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    texts = (combo.itemText(i) for i in range(combo.count()))
    return [text for text in texts if combo.fontMetrics().horizontalAdvance(text) > field.width()]


def test_the_next_step_is_readable_in_a_narrow_window(qtbot, program, staff):
    """Seen in a 900-pixel window: the step drop-down filled after the page was shown kept
    the width of its first, shorter list ("Cancelec")."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                          provider_type="treatment provider")
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.draft()
    assert page.next_status.count() == 2
    qtbot.waitUntil(lambda: not _whole(page.next_status), timeout=2000)  # once laid out
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    shown = [page.next_status.itemText(i) for i in range(page.next_status.count())]
    assert "On the waitlist" in shown
    qtbot.waitUntil(lambda: not _whole(page.next_status), timeout=2000)


def test_an_appointment_with_no_referral_names_no_provider(qtbot, program, staff):
    """The Provider column holds a provider's name, never the word "Provider" (issue 15,
    finding 21): an appointment not tied to a referral shows a dash there."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.provider_referrals.schedule(cm, case.id, steps.at(program, 1), "provider")
    program.provider_referrals.schedule(cm, case.id, steps.at(program, 2), "court")
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    box = page.appointments
    assert [box.model.index(r, 2).data() for r in range(box.model.rowCount())] == ["—", "Court"]
