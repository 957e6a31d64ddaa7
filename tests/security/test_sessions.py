"""Sessions end with the account: a session signed in before its account was disabled,
reset or given another role is refused at its next service call, audited, and the
database's listeners hear of it (the desktop app returns to sign-in)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied, SessionEnded
from lead_desktop.models import AuditEntry, User
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput
from tests.support import steps

from ..conftest import STAFF_PASSWORD


@pytest.fixture
def signed_in_cm(db, staff):
    return AccountService(db).sign_in(staff[Role.CASE_MANAGER].username, STAFF_PASSWORD).actor


def _last(db, event):
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.event == event)
                               .order_by(AuditEntry.seq.desc())).first()


def test_sign_in_gives_the_session_its_account_version(db, staff, signed_in_cm):
    with db.read() as session:
        version = session.get(User, signed_in_cm.user_id).account_version
    assert signed_in_cm.account_version == version == 1


def test_a_disabled_accounts_open_session_is_refused_at_its_next_action(db, staff, program,
                                                                        signed_in_cm):
    person = steps.person(program, signed_in_cm)  # works while the account is active
    heard = []
    db.session_listeners.append(heard.append)
    AccountService(db).disable(staff[Role.ADMINISTRATOR], signed_in_cm.username, "left")
    with pytest.raises(SessionEnded, match="disabled"):
        program.people.get(signed_in_cm, person.id)
    with pytest.raises(SessionEnded):
        AccountService(db).change_password(signed_in_cm, STAFF_PASSWORD,
                                           "a brand new phrase of mine")
    entry = _last(db, "session.ended")
    assert (entry.user_id, entry.outcome, entry.reason) == (signed_in_cm.user_id, "failure",
                                                            "disabled")
    assert len(heard) == 2 and all(isinstance(e, SessionEnded) for e in heard)


def test_a_part2_note_is_refused_after_disabling(db, staff, program, signed_in_cm):
    person = steps.person(program, staff[Role.OFFICER])
    case = steps.arrest_referral(program, staff[Role.OFFICER], person.id, "wilmington-nc@1",
                                 quantity=60, quantity_unit="dosage_units",
                                 origin_area="Wilmington Police Department")
    program.cases.record_handoff(signed_in_cm, case.id, signed_in_cm.user_id)
    AccountService(db).disable(staff[Role.ADMINISTRATOR], signed_in_cm.username, "left")
    with pytest.raises(SessionEnded):
        program.notes.add(signed_in_cm, case.id, NoteInput(
            contact_at=program.clock.now, duration_min=5, contact_type="office", text="x",
            part2=True))
    assert program.notes.list_for_case(staff[Role.SUPERVISOR], case.id) == []


def test_a_password_reset_by_an_administrator_ends_the_other_sessions(db, staff, program,
                                                                      signed_in_cm):
    AccountService(db).reset_password(staff[Role.ADMINISTRATOR], signed_in_cm.username)
    with pytest.raises(SessionEnded, match="password was reset"):
        program.people.search(signed_in_cm, "rivera")


def test_a_role_change_ends_the_session_even_if_changed_back(db, staff, program, signed_in_cm):
    accounts, admin = AccountService(db), staff[Role.ADMINISTRATOR]
    accounts.set_role(admin, signed_in_cm.username, Role.CLERK)
    with pytest.raises(SessionEnded, match="role was changed"):
        program.people.search(signed_in_cm, "rivera")
    accounts.set_role(admin, signed_in_cm.username, Role.CASE_MANAGER)
    with pytest.raises(SessionEnded):
        program.people.search(signed_in_cm, "rivera")
    again = accounts.sign_in(signed_in_cm.username, STAFF_PASSWORD).actor
    assert program.people.search(again, "rivera") == []
    entry = _last(db, "account.role_change")
    assert json.loads(entry.details) == {"from": "clerk", "to": "case_manager"}


def test_an_administrator_cannot_change_their_own_role(db, staff):
    from lead_desktop.errors import InvalidInput

    admin = staff[Role.ADMINISTRATOR]
    with pytest.raises(InvalidInput):
        AccountService(db).set_role(admin, admin.username, Role.AUDITOR)


def test_only_an_administrator_changes_roles(db, staff):
    with pytest.raises(PermissionDenied):
        AccountService(db).set_role(staff[Role.SUPERVISOR], "case.manager", Role.SUPERVISOR)


def test_a_locked_session_does_not_unlock_after_disabling(db, staff, signed_in_cm):
    accounts = AccountService(db)
    accounts.lock_session(signed_in_cm)
    accounts.disable(staff[Role.ADMINISTRATOR], signed_in_cm.username, "left")
    with pytest.raises(SessionEnded):
        accounts.unlock_session(signed_in_cm, STAFF_PASSWORD)


def test_the_check_costs_one_small_read(db, staff, signed_in_cm):
    """Cheap enough for every call: well under a millisecond on a real SQLCipher file."""
    import time

    from lead_desktop.security.session_check import ended_reason

    start = time.perf_counter()
    for _ in range(200):
        assert ended_reason(db, signed_in_cm) is None
    per_call = (time.perf_counter() - start) / 200
    assert per_call < 0.02  # generous for a loaded CI machine; measured ~0.2 ms


def test_a_lockout_elsewhere_ends_the_open_session(db, staff, program, signed_in_cm):
    accounts = AccountService(db)
    for _ in range(5):  # someone guessing at another workstation
        with pytest.raises(Exception):
            accounts.sign_in(signed_in_cm.username, "a wrong guess")
    with pytest.raises(SessionEnded, match="locked"):
        program.people.search(signed_in_cm, "rivera")
