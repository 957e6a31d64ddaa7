"""Passwords per CJIS (issue 11): every wrong password, in sign-in, unlock and change
password alike, counts toward the lockout; every refusal is audited (never the password);
no part of the user name or display name in a password."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lead_desktop.errors import AccountLocked, AuthenticationFailed, PasswordRejected
from lead_desktop.models import AuditEntry, User
from lead_desktop.security.accounts import MAX_FAILED_ATTEMPTS, AccountService
from lead_desktop.security.passwords import PasswordPolicy
from lead_desktop.security.roles import Role

CM_PASSWORD = "blue heron over the marsh"


@pytest.fixture
def accounts(db, clock):
    return AccountService(db, now=clock)


@pytest.fixture
def cm(accounts, admin):
    accounts.create_user(admin, "jdoe", "Jane Doe", Role.CASE_MANAGER, CM_PASSWORD)
    return accounts.sign_in("jdoe", CM_PASSWORD).actor


def _failed(db, user_id):
    with db.read() as session:
        return session.get(User, user_id).failed_attempts


def _events(db, user_id=None):
    with db.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    return [(e.event, e.outcome, e.reason) for e in rows
            if user_id is None or e.user_id == user_id or e.record_id == user_id]


def _wrong(path, accounts, actor):
    """One wrong password through `path`."""
    if path == "sign-in":
        accounts.sign_in(actor.username, "not my password at all")
    elif path == "unlock":
        accounts.unlock_session(actor, "not my password at all")
    else:
        accounts.change_password(actor, "not my password at all", "a brand new phrase here")


@pytest.mark.parametrize("path", ["sign-in", "unlock", "change-password"])
def test_every_wrong_password_counts_toward_the_lockout(path, accounts, cm, db):
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed) as caught:
            _wrong(path, accounts, cm)
        assert not isinstance(caught.value, AccountLocked)
        assert _failed(db, cm.user_id) == attempt
    with pytest.raises(AccountLocked):
        _wrong(path, accounts, cm)
    with pytest.raises(AccountLocked):  # the right password no longer signs in
        accounts.sign_in(cm.username, CM_PASSWORD)
    assert ("auth.lockout", "failure", None) in _events(db, cm.user_id)


def test_the_paths_count_together(accounts, cm, db):
    for path in ("sign-in", "unlock", "change-password", "sign-in"):
        with pytest.raises(AuthenticationFailed):
            _wrong(path, accounts, cm)
    with pytest.raises(AccountLocked):
        _wrong("change-password", accounts, cm)


def test_a_right_password_change_clears_the_count(accounts, cm, db):
    with pytest.raises(AuthenticationFailed):
        _wrong("change-password", accounts, cm)
    accounts.change_password(cm, CM_PASSWORD, "green kites above the pier")
    assert _failed(db, cm.user_id) == 0


def test_wrong_current_password_is_audited_without_the_password(accounts, cm, db):
    with pytest.raises(AuthenticationFailed):
        _wrong("change-password", accounts, cm)
    assert _events(db, cm.user_id)[-1] == ("account.password_change", "failure",
                                           "wrong_current_password")
    with db.read() as session:
        texts = [repr((e.details, e.reason)) for e in session.scalars(select(AuditEntry))]
    assert not any("not my password" in t for t in texts)


@pytest.mark.parametrize("new, reason", [
    ("short", "password_rule"),
    ("jdoe was here long ago", "password_rule"),       # the user name
    ("my friend jane said so", "password_rule"),        # the display name
    (CM_PASSWORD, "password_reused"),
])
def test_password_rule_refusals_are_audited(accounts, cm, db, new, reason):
    with pytest.raises((PasswordRejected, Exception)):
        accounts.change_password(cm, CM_PASSWORD, new)
    assert _events(db, cm.user_id)[-1] == ("account.password_change", "failure", reason)
    assert _failed(db, cm.user_id) == 0  # the current password was right


def test_a_refused_new_accounts_password_is_audited(accounts, admin, db):
    with pytest.raises(PasswordRejected):
        accounts.create_user(admin, "sup", "Sam Upton", Role.SUPERVISOR, "supsupsupsupsup")
    assert _events(db)[-1] == ("account.password_rejected", "failure", "password_rule")


@pytest.mark.parametrize("password, username, display, refused", [
    ("supsupsupsupsup", "sup", "", True),          # a short user name: the whole of it
    ("i like long hikes", "al", "", False),
    ("correct horse mithra", "jo.smith", "", True),  # a 4-character run of the user name
    ("correct horse battery", "jo.smith", "", False),
    ("the name is riverstone", "", "Ana Rivera", True),  # a run of the display name
    ("bus to the ana river dock", "", "Ana Rivera", True),
    ("a quiet lake at sunrise", "", "Ana Rivera", False),
])
def test_no_run_of_the_users_names(password, username, display, refused):
    problems = PasswordPolicy().problems(password, username=username, display_name=display)
    assert any("name" in p for p in problems) is refused
