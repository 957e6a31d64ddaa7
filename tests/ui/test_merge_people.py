"""A supervisor merges two records of the same person from the People page of the main
window: both found by one search, chosen field by field, the cases moved, one left."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from lead_desktop.models import AuditEntry, Case
from lead_desktop.security.roles import Role
from lead_desktop.services.people.records import PersonInput
from lead_desktop.ui.pages.people_page import PeoplePage
from tests.support import steps
from tests.ui.test_courts_and_agencies import page_of, window_for


def select_rows(page, rows):
    model = page.results.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)


def test_a_supervisor_merges_two_records_of_one_person(qtbot, db, program, staff):
    officer = staff[Role.OFFICER]
    first = program.people.create(officer, PersonInput(
        "Nguyen", "Minh", date(1988, 3, 14), address="Shelter on 5th"), confirmed_new=True)
    second = program.people.create(officer, PersonInput(
        "Nguyen", "Minh", date(1988, 3, 14), address="12 Main St"), confirmed_new=True)
    steps.arrest_referral(program, officer, second.id, "seattle-lead@1")

    case_manager = window_for(qtbot, db, staff, Role.CASE_MANAGER, program.clock)
    assert page_of(case_manager, PeoplePage).merge_button is None   # supervisors only

    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = page_of(window, PeoplePage)
    page.query.setText("Nguyen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    select_rows(page, [0])
    assert not page.merge_button.isEnabled()
    select_rows(page, [0, 1])
    assert page.merge_button.isEnabled()

    dialog = page.merge_dialog()
    qtbot.addWidget(dialog)
    if dialog.kept.id != first.id:
        dialog.swap()
    assert not dialog.take["last_name"].isEnabled()    # same on both: nothing to choose
    dialog.take["address"].setChecked(True)
    assert not page.merge_selected(dialog)            # no reason given
    assert "reason" in dialog.message.text()
    dialog.reason.setText("same DOB and name; shelter confirmed")
    assert page.merge_selected(dialog), dialog.message.text()

    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.row(0).person_id == first.id
    kept = program.people.get(staff[Role.SUPERVISOR], first.id)
    assert kept.address == "12 Main St"
    with db.read() as session:
        assert {c.person_id for c in session.scalars(select(Case))} == {first.id}
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.event == "person.merge")).one().reason.startswith("same DOB")

    undo = page.unmerge_dialog()
    qtbot.addWidget(undo)
    assert undo.model.rowCount() == 1 and undo.model.row(0).merged == "Nguyen, Minh"
    undo.table.selectRow(0)
    assert not undo.undo() and "reason" in undo.message.text()
    undo.reason.setText("two brothers, not one person")
    assert undo.undo(), undo.message.text()
    assert undo.model.rowCount() == 0
    with db.read() as session:
        assert {c.person_id for c in session.scalars(select(Case))} == {second.id}


def test_a_merge_of_two_records_with_open_cases_is_refused_naming_both(qtbot, db, program,
                                                                        staff):
    officer, manager = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    first = program.people.create(officer, PersonInput(
        "Boggs", "Tina", date(1985, 9, 12)), confirmed_new=True)
    second = program.people.create(officer, PersonInput(
        "Boggs", "Tina", date(1985, 12, 9)), confirmed_new=True)
    waiting = steps.arrest_referral(program, officer, first.id, "seattle-lead@1")
    program.cases.record_handoff(manager, waiting.id, manager.user_id)
    steps.arrest_referral(program, officer, second.id, "seattle-lead@1")

    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = page_of(window, PeoplePage)
    page.query.setText("Boggs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    select_rows(page, [0, 1])
    dialog = page.merge_dialog()
    qtbot.addWidget(dialog)
    dialog.reason.setText("same person, day and month swapped")
    assert not page.merge_selected(dialog)
    said = dialog.message.text()
    assert "Both records have an open case" in said and "Close or exit one" in said
    assert said.count("Boggs, Tina's case (Referred") == 2 and "Case manager" in said
