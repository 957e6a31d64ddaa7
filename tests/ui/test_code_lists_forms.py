"""The forms offer the administrator's code lists: the officer's referral form the offense
codes in use on the referral's day (statute, description and level shown, kept with the
referral), the note form the contact types in use on the contact's day in the user's
language; a retired code is not offered, and the services refuse it too."""

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDateTime, Qt

from lead_desktop.models import Case, Referral
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.services.program.code_lists import CodeInput, CodeListService
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui import translations
from lead_desktop.ui.forms.note_form import NoteForm
from lead_desktop.ui.forms.referral_form import ReferralForm
from lead_desktop.ui.labels import use_code_book
from tests.support import steps
from tests.ui.test_main_window import window_for
from tests.ui.test_program_page import page_of
from tests.ui.test_referral_form import fill


@pytest.fixture(autouse=True)
def _no_code_book_after():
    yield
    use_code_book(None)


def test_the_referral_form_offers_the_offense_codes_in_use(qtbot, db, staff):
    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.add(admin, CodeInput("offense", "61-3-13", "Petit larceny", "Hurto menor",
                               statute="W. Va. Code § 61-3-13(b)", level="misdemeanor",
                               effective_from=date(2020, 1, 1)))
    codes.retire(admin, "offense", "94C-34", on=date.today())  # the form's day: today

    desk = window_for(qtbot, db, Role.OFFICER, staff)
    form = page_of(desk, "New referral", ReferralForm)
    desk.show_page(form)
    offered = form.offenses.offered_codes()
    assert "61-3-13" in offered and "94C-34B" in offered and "94C-34" not in offered
    shown = form.offenses.model.item(offered.index("61-3-13")).text()
    assert shown == "61-3-13 · Petit larceny (W. Va. Code § 61-3-13(b), misdemeanor)"
    fill(qtbot, form, last="Okafor", first="Chidi")
    form.offense_code.clear()
    form.offense_text.clear()
    qtbot.keyClicks(form.offense_code, "61-3-13")
    assert "W. Va. Code § 61-3-13(b)" in form.offenses.hint.text()
    form.offenses.fill_description()                  # as leaving the field does
    assert form.offense_text.text() == "Petit larceny"
    form.offense_code.clear()
    qtbot.keyClicks(form.offense_code, "94C-34")       # retired: said so, kept as typed
    assert "no longer" in form.offenses.hint.text()
    form.offense_code.clear()
    qtbot.keyClicks(form.offense_code, "61-3-13")
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert form.created_case_id, form.message.text()
    with db.read() as session:
        referral = session.get(Referral, session.get(Case, form.created_case_id).referral_id)
    assert referral.offenses[0] == {"code": "61-3-13", "description": "Petit larceny",
                                     "kind": "drug", "statute": "W. Va. Code § 61-3-13(b)",
                                     "level": "misdemeanor"}


@pytest.fixture
def spanish(qapp):
    """The app in Spanish, as a user who chose it (the translators removed after)."""
    loaded = translations.install(qapp, "es")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_the_note_form_offers_contact_types_of_the_day_in_spanish(qtbot, program, staff, db,
                                                                   spanish):
    codes, admin = CodeListService(db), staff[Role.ADMINISTRATOR]
    codes.retire(admin, "contact_type", "text", on=date(2026, 1, 1))
    codes.add(admin, CodeInput("contact_type", "video", "Video call", "Videollamada",
                               effective_from=date(2026, 2, 1)))
    use_code_book(codes.book())
    assert translations.current_language() == "es"
    manager = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    form = NoteForm(program.notes, manager, case.id, can_flag_part2=True)
    qtbot.addWidget(form)
    form.contact_at.setDateTime(QDateTime(program.clock.now.astimezone().replace(tzinfo=None)))
    offered = {form.contact_type.itemData(i): form.contact_type.itemText(i)
               for i in range(form.contact_type.count())}
    assert offered["street"] == "En la calle" and offered["video"] == "Videollamada"
    assert "text" not in offered
    form.contact_at.setDateTime(QDateTime(datetime(2025, 12, 15, 10, 0)))   # before both
    offered = [form.contact_type.itemData(i) for i in range(form.contact_type.count())]
    assert "text" in offered and "video" not in offered
    with pytest.raises(ValidationFailed) as refused:  # the service holds the same rule
        program.notes.add(manager, case.id, NoteInput(
            contact_at=datetime(2026, 3, 2, 14, 0, tzinfo=timezone.utc), duration_min=10,
            contact_type="text", text="Texted about the appointment"))
    assert set(refused.value.problems) == {"contact_type"}


def test_a_form_offers_a_code_added_on_another_workstation(qtbot, db, staff, monkeypatch):
    from lead_desktop.services.program.vocabulary import CaseState
    from lead_desktop.ui import labels
    from lead_desktop.ui.forms.step_dialog import StepDialog

    monkeypatch.setattr(labels, "FRESH_FOR_S", 3600.0)  # however slow this machine is
    window_for(qtbot, db, Role.SUPERVISOR, staff)      # signed in: the lists read once
    CodeListService(db).add(staff[Role.ADMINISTRATOR], CodeInput(      # elsewhere, later
        "exit_reason", "moved_out_of_state", "Moved out of state"))
    before = StepDialog(CaseState.ACTIVE, CaseState.EXITED)
    qtbot.addWidget(before)
    assert before.exit_type.findData("moved_out_of_state") < 0  # read a moment ago
    monkeypatch.setattr(labels, "FRESH_FOR_S", 0.0)    # as if the hour had passed
    after = StepDialog(CaseState.ACTIVE, CaseState.EXITED)
    qtbot.addWidget(after)
    assert after.exit_type.findData("moved_out_of_state") >= 0


def test_a_justice_event_takes_a_listed_offense_and_its_level(qtbot, program, staff, db):
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.ui.forms.justice_tab import JusticeTab

    use_code_book(CodeListService(db).book())
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    tab = JusticeTab(OutcomeService(db, program.clock), staff[Role.CASE_MANAGER],
                     case.person_id, case.id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.keyClicks(tab.offense, "CR-5")
    popup = tab.offense_codes.popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    assert first.data().startswith("CR-5-601 · Possession")
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(first).center())
    assert tab.offense.text() == "CR-5-601"
    assert tab.level.currentData() == "misdemeanor"


def test_picking_an_offense_from_the_list_fills_code_and_description(qtbot, db, staff):
    desk = window_for(qtbot, db, Role.OFFICER, staff)
    form = page_of(desk, "New referral", ReferralForm)
    desk.show_page(form)
    qtbot.keyClicks(form.offense_code, "94C-34")      # three codes start so
    popup = form.offenses.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rows = [popup.model().index(r, 0) for r in range(popup.model().rowCount())]
    pick = next(i for i in rows if i.data().startswith("94C-34B ·"))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(pick).center())
    assert form.offense_code.text() == "94C-34B"
    assert form.offense_text.text() == "Possession of a Class B substance"
    for field in (form.offense_code, form.offense_text):
        field.clear()                                  # nothing left unsaved
