"""Administration → Program: a site changes its catchment and intake deadline; the next
referral follows the new version, an older case keeps its own, both are audited; a holiday
is added from the same page."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from lead_desktop.models import AuditEntry, Case
from lead_desktop.security.roles import Role
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.setup import set_program_profile
from lead_desktop.ui.forms.referral_form import ReferralForm
from lead_desktop.ui.pages.program_page import ProgramPage
from tests.support import steps
from tests.ui.test_main_window import sections, window_for
from tests.ui.test_referral_form import fill, type_unicode

WORCESTER = "worcester-buyer-diversion@1"


def page_of(window, title, kind):
    page = window.pages.widget(sections(window).index(title))
    return page if isinstance(page, kind) else page.findChild(kind)


def test_a_site_changes_its_catchment_and_deadline(qtbot, program, staff, db):
    admin = staff[Role.ADMINISTRATOR]
    set_program_profile(db, ProfileStore(db)[WORCESTER], admin)
    officer = staff[Role.OFFICER]
    older = steps.arrest_referral(program, officer, steps.person(program, officer).id,
                                  WORCESTER, origin_area="City of Worcester")

    window = window_for(qtbot, db, Role.ADMINISTRATOR, staff)
    page = page_of(window, "Program", ProgramPage)
    window.show_page(page)
    rules = page.findChild(QLabel, "profileText").text()
    assert "Intake is due within 30 days of the referral." in rules
    assert "catchment: City of Worcester." in rules
    form = page.change
    form.catchment.setPlainText("City of Worcester\nTown of Shrewsbury")
    form.intake_days.setValue(45)
    qtbot.keyClicks(form.note, "Shrewsbury joins; 45 days to intake")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "version 2" in form.message.text()
    assert page.history.total == 2 and page.history.row(0).version == 2
    assert page.history.row(0).note == "Shrewsbury joins; 45 days to intake"
    rules = page.findChild(QLabel, "profileText").text()
    assert "Intake is due within 45 days" in rules and "Town of Shrewsbury" in rules
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # nothing changed
    assert ProfileStore(db).history("worcester-buyer-diversion")[-1].version == 2

    # The next referral, through the officer's form, follows version 2.
    desk = window_for(qtbot, db, Role.OFFICER, staff)
    referral = page_of(desk, "New referral", ReferralForm)
    desk.show_page(referral)
    assert referral.origin.findText("Town of Shrewsbury") >= 0
    fill(qtbot, referral, last="Okafor", first="Chidi")
    referral.origin.setCurrentText("Town of Shrewsbury")
    qtbot.mouseClick(referral.submit, Qt.MouseButton.LeftButton)
    assert referral.created_case_id, referral.message.text()
    with db.read() as session:
        newer = session.get(Case, referral.created_case_id)
        kept = session.get(Case, older.id)
        events = session.execute(select(AuditEntry.event, AuditEntry.record_id)).all()
    assert (newer.profile_id, newer.profile_version) == ("worcester-buyer-diversion", 2)
    assert kept.profile_version == 1
    assert program.cases.profile_of(program.cases.get(staff[Role.CASE_MANAGER], older.id)
                                    ).intake_deadline_days == 30
    assert ("configuration.profile_version", "worcester-buyer-diversion@2") in events
    assert ("referral.create", newer.referral_id) in events or \
        sum(1 for e, _ in events if e == "referral.create") == 2


def test_an_administrator_adds_a_holiday_on_the_program_page(qtbot, db, staff):
    window = window_for(qtbot, db, Role.ADMINISTRATOR, staff)
    panel = page_of(window, "Program", ProgramPage).holidays
    panel.day.setDate(QDate(2026, 11, 26))
    qtbot.keyClicks(panel.name_en, "Thanksgiving Day")
    type_unicode(panel.name_es, "Día de Acción de Gracias")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.total == 1, panel.message.text()
    assert [h.day for h in HolidayService(db).holidays()] == [date(2026, 11, 26)]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert panel.model.total == 0 and HolidayService(db).holidays() == []


def test_a_supervisor_reads_the_rules_but_changes_nothing(qtbot, db, staff):
    set_program_profile(db, ProfileStore(db)["baltimore-pilot@1"], staff[Role.ADMINISTRATOR])
    window = window_for(qtbot, db, Role.SUPERVISOR, staff)
    page = page_of(window, "Program", ProgramPage)
    text = page.findChild(QLabel, "profileText").text()
    assert "At most 60 participants at once" in text
    assert not page.change.isVisibleTo(page) and not page.holidays.add_button.isVisibleTo(page)


def test_the_administrator_moves_open_cases_to_the_new_version(qtbot, program, staff, db):
    admin = staff[Role.ADMINISTRATOR]
    set_program_profile(db, ProfileStore(db)["seattle-lead@1"], admin)
    case = steps.active_case(program, staff, "seattle-lead@1")
    window = window_for(qtbot, db, Role.ADMINISTRATOR, staff)
    form = page_of(window, "Program", ProgramPage).change
    form.caseload_max.setValue(30)
    form.apply_to_open.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Open cases moved to it: 1; keeping their version: 0." in form.message.text(), \
        form.message.text()
    assert program.cases.get(staff[Role.CASE_MANAGER], case.id).profile_key == "seattle-lead@2"
    assert not form.apply_to_open.isChecked()  # a choice made for one version only
