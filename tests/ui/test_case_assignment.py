"""The caseload through the person window: a case manager records the hand-off of a case
nobody holds, sees no notes of another's case, and only a supervisor reassigns."""

from __future__ import annotations

import pytest

from lead_desktop.models import User
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role


@pytest.fixture
def referred(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    return steps.arrest_referral(program, staff[R.OFFICER], person.id, "wilmington-nc@1",
                                 quantity=60, quantity_unit="dosage_units",
                                 origin_area="Wilmington Police Department")


@pytest.fixture
def second_cm(db, staff):
    with db.write() as session:
        user = User(username="cm.two", display_name="Casey Two", role=R.CASE_MANAGER.value,
                    password_hash="x")
        session.add(user)
        session.flush()
        return Actor(user.id, user.username, R.CASE_MANAGER, "ws")


def window(qtbot, program, actor, person_id):
    services = CaseServices(program.people, program.cases, program.notes,
                            work_queue=program.work_queue)
    w = PersonWindow(services, actor, person_id)
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(w)
    return w


def tabs(w):
    return [w.tabs.tabText(i) for i in range(w.tabs.count())]


def test_a_case_manager_records_the_hand_off_of_an_unheld_case(qtbot, program, staff,
                                                               referred):
    cm = staff[R.CASE_MANAGER]
    w = window(qtbot, program, cm, referred.person_id)
    assert "Notes" not in tabs(w) and not w.assign.isHidden()
    w.assign.click()
    assert program.cases.get(cm, referred.id).case_manager_id == cm.user_id
    assert w.assign.isHidden()
    again = window(qtbot, program, cm, referred.person_id)
    assert "Notes" in tabs(again)


def test_another_case_managers_case_shows_no_notes_and_no_hand_off(qtbot, program, staff,
                                                                   referred, second_cm):
    program.cases.record_handoff(second_cm, referred.id, second_cm.user_id)
    w = window(qtbot, program, staff[R.CASE_MANAGER], referred.person_id)
    assert w.case is None and "Notes" not in tabs(w)  # the case is not theirs to see


def test_a_supervisor_reassigns(qtbot, program, staff, referred, second_cm):
    cm = staff[R.CASE_MANAGER]
    program.cases.record_handoff(cm, referred.id, cm.user_id)
    w = window(qtbot, program, staff[R.SUPERVISOR], referred.person_id)
    assert not w.assign.isHidden()
    w.assign.assign_to(second_cm.user_id)
    assert program.cases.get(second_cm, referred.id).case_manager_id == second_cm.user_id


def test_a_case_manager_cannot_hand_a_case_to_someone_else_or_take_a_held_one(
        program, staff, referred, second_cm, db):
    """Reassignment, and assignment to another person, are the supervisor's: refused and
    audited. Only the hand-off to oneself of a case nobody holds is the case manager's."""
    from sqlalchemy import select

    from lead_desktop.errors import PermissionDenied
    from lead_desktop.models import AuditEntry

    cm = staff[R.CASE_MANAGER]
    with pytest.raises(PermissionDenied, match="only a supervisor assigns"):
        program.cases.record_handoff(cm, referred.id, second_cm.user_id)
    assert program.cases.get(staff[R.SUPERVISOR], referred.id).case_manager_id is None
    program.cases.record_handoff(second_cm, referred.id, second_cm.user_id)
    with pytest.raises(PermissionDenied, match="not on your caseload"):  # held by another
        program.cases.record_handoff(cm, referred.id, cm.user_id)
    with db.read() as session:
        reasons = session.scalars(select(AuditEntry.reason).where(
            AuditEntry.event == "access.denied", AuditEntry.record_id == referred.id)).all()
    assert reasons == ["assignment_needs_supervisor", "not_in_caseload"]
