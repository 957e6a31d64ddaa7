"""Accounts and sign-in rules (security.md), on a real encrypted database."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from lead_desktop.errors import (
    AccountLocked,
    AlreadyExists,
    AuthenticationFailed,
    InvalidInput,
    PasswordRejected,
    PermissionDenied,
)
from lead_desktop.models import AuditEntry, User
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role

from ..conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


CM_PASSWORD = "blue heron over the marsh"


@pytest.fixture
def accounts(db, clock):
    return AccountService(db, now=clock)


@pytest.fixture
def case_manager(accounts, admin):
    accounts.create_user(admin, "jdoe", "Jane Doe", Role.CASE_MANAGER, CM_PASSWORD)
    return "jdoe"


def _audit(db, event=None):
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if event:
            query = query.where(AuditEntry.event == event)
        return session.scalars(query).all()


def test_first_account_must_be_an_administrator(accounts, system_actor):
    with pytest.raises(InvalidInput, match="administrator"):
        accounts.create_user(system_actor, "cm", "Case Manager", Role.CASE_MANAGER, CM_PASSWORD)


def test_only_an_administrator_adds_accounts(accounts, admin, case_manager):
    cm = accounts.sign_in(case_manager, CM_PASSWORD).actor
    with pytest.raises(PermissionDenied):
        accounts.create_user(cm, "other", "Other Person", Role.OFFICER)
    denied = _audit(accounts.db, "access.denied")
    assert denied and denied[-1].user_id == cm.user_id and denied[-1].outcome == "failure"


def test_temporary_password_must_be_changed(accounts, admin):
    user, temporary = accounts.create_user(admin, "Officer.Ray", "Ray Officer", Role.OFFICER)
    assert user.username == "officer.ray" and user.must_change_password
    signed = accounts.sign_in("OFFICER.RAY", temporary)
    assert signed.user.must_change_password
    accounts.change_password(signed.actor, temporary, "seven lanterns in the fog")
    assert not accounts.sign_in("officer.ray", "seven lanterns in the fog").user.must_change_password


def test_duplicate_user_name(accounts, admin, case_manager):
    with pytest.raises(AlreadyExists):
        accounts.create_user(admin, "JDOE", "Another Jane", Role.CLERK)


@pytest.mark.parametrize("password, reason", [
    ("short", "at least 12"),
    ("password1234", "too common"),
    ("baseball2024!", "too common"),
    ("aaaaaaaaaaaaaaaa", "too common"),
    ("jdoe is my login name", "own name"),
    ("Jane's secret garden", "own name"),
    ("lead desktop forever", "program"),
])
def test_password_rules(accounts, admin, password, reason):
    with pytest.raises(PasswordRejected, match=reason):
        accounts.create_user(admin, "jdoe", "Jane Doe", Role.CASE_MANAGER, password)


def test_unicode_passwords_and_no_composition_rules(accounts, admin):
    accounts.create_user(admin, "zoe", "Zoë Ødegård", Role.CLERK, "ünïcödé ist erlaubt ✓")
    assert accounts.sign_in("zoe", "ünïcödé ist erlaubt ✓")


def test_lockout_after_five_failures_for_ten_minutes(accounts, case_manager, clock):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as caught:
            accounts.sign_in(case_manager, "wrong password here")
        assert not isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked) as caught:
        accounts.sign_in(case_manager, "wrong password here")
    assert caught.value.seconds_left == 600
    clock.now += timedelta(minutes=9)
    with pytest.raises(AccountLocked, match="1 minute") as caught:
        accounts.sign_in(case_manager, CM_PASSWORD)  # even the right password
    assert 0 < caught.value.seconds_left <= 60
    clock.now += timedelta(minutes=1, seconds=1)
    assert accounts.sign_in(case_manager, CM_PASSWORD)
    assert len(_audit(accounts.db, "auth.lockout")) == 1


def test_administrator_unlocks(accounts, admin, case_manager):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(case_manager, "wrong password here")
    accounts.unlock(admin, case_manager)
    assert accounts.sign_in(case_manager, CM_PASSWORD)


def test_failures_are_audited_without_the_password(accounts, case_manager):
    secret = "my-wrong-secret-attempt"
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(case_manager, secret)
    with pytest.raises(AuthenticationFailed, match="not correct"):
        accounts.sign_in("nobody", secret)
    failures = [e for e in _audit(accounts.db, "auth.sign_in") if e.outcome == "failure"]
    assert [e.reason for e in failures] == ["wrong_password", "unknown_user"]
    for entry in _audit(accounts.db):
        assert secret not in " ".join(str(v) for v in vars(entry).values())


def test_no_reuse_of_the_last_ten_passwords(accounts, case_manager):
    actor = accounts.sign_in(case_manager, CM_PASSWORD).actor
    history = [CM_PASSWORD] + [f"new passphrase number {n} ok" for n in range(10)]
    for old, new in zip(history, history[1:]):
        accounts.change_password(actor, old, new)
    with pytest.raises(InvalidInput, match="last 10"):
        accounts.change_password(actor, history[-1], history[1])
    accounts.change_password(actor, history[-1], CM_PASSWORD)  # eleven back: allowed again


def test_change_password_needs_the_current_one(accounts, case_manager):
    actor = accounts.sign_in(case_manager, CM_PASSWORD).actor
    with pytest.raises(AuthenticationFailed):
        accounts.change_password(actor, "not my password", "seven lanterns in the fog")
    assert _audit(accounts.db, "account.password_change")[-1].outcome == "failure"


def test_disabled_account_cannot_sign_in(accounts, admin, case_manager):
    accounts.disable(admin, case_manager, "left the agency")
    with pytest.raises(AuthenticationFailed, match="disabled"):
        accounts.sign_in(case_manager, CM_PASSWORD)
    with pytest.raises(InvalidInput):
        accounts.disable(admin, "admin", "oops")


def test_dormant_account_is_disabled(accounts, case_manager, clock):
    accounts.sign_in(case_manager, CM_PASSWORD)
    clock.now += timedelta(days=91)
    with pytest.raises(AuthenticationFailed, match="90 days"):
        accounts.sign_in(case_manager, CM_PASSWORD)
    with accounts.db.read() as session:
        user = session.scalar(select(User).where(User.username == case_manager))
        assert user.disabled_at is not None


def test_reset_password_gives_a_temporary_one(accounts, admin, case_manager):
    temporary = accounts.reset_password(admin, case_manager)
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(case_manager, CM_PASSWORD)
    assert accounts.sign_in(case_manager, temporary).user.must_change_password


def test_passwords_are_argon2id(accounts, case_manager):
    with accounts.db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == case_manager))
    assert stored.startswith("$argon2id$") and CM_PASSWORD not in stored


def test_list_users_is_for_administrators(accounts, admin, case_manager):
    assert [u.username for u in accounts.list_users(admin)] == ["admin", "jdoe"]
    assert ADMIN_PASSWORD  # the admin fixture signed in with it
