"""Accounts and sign-in (security.md): unique named users, roles, lockout after repeated
failures, password history, dormant accounts. Every outcome is audited, never a password.

Failures are committed (counter, lockout, audit entry) before the error is raised, so the
rollback that follows an error cannot erase them.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import (
    AccountLocked,
    AlreadyExists,
    AuthenticationFailed,
    ConflictError,
    InvalidInput,
    PasswordChangeRequired,
)
from lead_desktop.models import PasswordHistory, User
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit, passwords
from lead_desktop.security.account_messages import (
    current_not_correct,
    minutes,
    not_correct,
    reused_password,
    said,
    team_changed_meanwhile,
)
from lead_desktop.security.actor import Actor, workstation_name
from lead_desktop.security.permissions import require, require_session
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services import text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=10)
DORMANT_AFTER = timedelta(days=90)
UNSEEN = object()  # an edit made without a form showing the stored value (lead-admin)
_USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: datetime | None
    must_change_password: bool
    team: str | None = None

    @classmethod
    def of(cls, user: User) -> "UserView":
        return cls(user.id, user.username, user.display_name, Role(user.role),
                   user.disabled_at is not None, user.locked_until, user.must_change_password,
                   user.team)


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    user: UserView


def _team(team: str | None) -> str | None:
    """A team name as typed, or None for no team."""
    name = " ".join((team or "").split())
    if len(name) > 80:
        raise InvalidInput(said(QT_TRANSLATE_NOOP(
            "Accounts", "A team name is at most 80 characters.")))
    return name or None


def clean_username(username: str) -> str:
    name = username.strip().casefold()
    if not (2 <= len(name) <= 64) or not set(name) <= _USERNAME_CHARS:
        raise InvalidInput(said(QT_TRANSLATE_NOOP(
            "Accounts", "A user name has 2 to 64 characters: letters a-z, digits, '.', '_' "
            "or '-'.")))
    return name


def _could_be_username(name: str) -> bool:
    return 2 <= len(name) <= 64 and set(name) <= _USERNAME_CHARS


def _as_typed(name: str) -> str:
    """A user name as typed, safe to keep in the audit log: broken characters (lone
    surrogates) as escapes, invisible and control characters as '?', 64 characters."""
    name = name.strip()[:64].encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else "?" for c in name)[:64]


def temporary_password() -> str:
    """A one-time password for a new or reset account; it must be changed at first sign-in."""
    alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


class AccountService:
    def __init__(self, db: Database, policy: passwords.PasswordPolicy | None = None,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.policy = policy or passwords.PasswordPolicy()
        self.now = now

    # --- administration ---

    def create_user(self, actor: Actor, username: str, display_name: str, role: Role,
                    password: str | None = None, team: str | None = None,
                    ) -> tuple[UserView, str | None]:
        """Add an account. Without a password a temporary one is made, returned once, and
        must be changed at first sign-in. The very first account of a database may be made
        by the system (setup), and must be an administrator."""
        name = clean_username(username)
        if not display_name.strip():
            raise InvalidInput(said(QT_TRANSLATE_NOOP(
                "Accounts", "Enter the person's full name.")))
        display_problem = text_input.problem(display_name, text_input.Kind.NAME)
        if display_problem:  # printed on documents and in the audit page, like people's names
            raise InvalidInput(said(QT_TRANSLATE_NOOP(
                "Accounts", "The full name {problem}."), problem=display_problem))
        bootstrap = actor.user_id is None and self._user_count() == 0
        if bootstrap and role is not Role.ADMINISTRATOR:
            raise InvalidInput(said(QT_TRANSLATE_NOOP(
                "Accounts", "The first account must be an administrator.")))
        if not bootstrap:
            require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        temporary = password is None
        password = temporary_password() if temporary else password
        if not temporary:
            self._check_policy(actor, None, password, name, display_name)
        with self.db.write() as session:
            if session.scalar(select(User).where(User.username == name)) is not None:
                raise AlreadyExists(said(QT_TRANSLATE_NOOP(
                    "Accounts", "There is already an account named {name}."), name=name))
            user = User(username=name, display_name=display_name.strip(), role=role.value,
                        password_hash=passwords.hash_password(password),
                        must_change_password=temporary, created_by=actor.user_id,
                        created_at=self.now(), password_changed_at=self.now(),
                        team=_team(team))
            session.add(user)
            session.flush()
            session.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash,
                                        set_at=self.now()))
            audit.record(session, actor, "account.create", record_type="user",
                         record_id=user.id, details={"role": role.value})
            view = UserView.of(user)
        return view, (password if temporary else None)

    def reset_password(self, actor: Actor, username: str) -> str:
        """A new temporary password (returned once); also clears a lockout."""
        require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        temp = temporary_password()
        with self.db.write() as session:
            user = self._get(session, username)
            self._set_password(session, user, temp, must_change=True)
            user.failed_attempts, user.locked_until = 0, None
            user.account_version += 1  # the account's open sessions end
            audit.record(session, actor, "account.password_reset", record_type="user",
                         record_id=user.id)
        return temp

    def disable(self, actor: Actor, username: str, reason: str) -> None:
        require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        if not reason.strip():
            raise InvalidInput(said(QT_TRANSLATE_NOOP(
                "Accounts", "Give a reason for disabling the account.")))
        with self.db.write() as session:
            user = self._get(session, username)
            if user.id == actor.user_id:
                raise InvalidInput(said(QT_TRANSLATE_NOOP(
                    "Accounts", "You cannot disable your own account.")))
            if user.disabled_at is not None:  # keep the first reason and date
                raise InvalidInput(said(QT_TRANSLATE_NOOP(
                    "Accounts", "{name} is already disabled."), name=user.username))
            user.disabled_at, user.disabled_reason = self.now(), reason.strip()
            user.account_version += 1
            audit.record(session, actor, "account.disable", record_type="user",
                         record_id=user.id, reason=reason.strip())

    def unlock(self, actor: Actor, username: str) -> None:
        require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        with self.db.write() as session:
            user = self._get(session, username)
            user.failed_attempts, user.locked_until = 0, None
            audit.record(session, actor, "account.unlock", record_type="user", record_id=user.id)

    def set_team(self, actor: Actor, username: str, team: str | None, *,
                 seen_team: str | None | object = UNSEEN) -> None:
        """Put an account in a team (or none). Supervisors see their own team's work.
        `seen_team` is the team the administrator saw (the accounts page passes it): if
        another administrator changed it meanwhile, nothing is written (StaleRecord). The
        value, not the row version, is compared: every sign-in updates the account row."""
        require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        wanted = _team(team)
        with self.db.write() as session:
            user = self._get(session, username)
            if seen_team is not UNSEEN and user.team != _team(seen_team) and user.team != wanted:
                raise ConflictError(team_changed_meanwhile(user.username, user.team))
            user.team = wanted
            audit.record(session, actor, "account.team", record_type="user", record_id=user.id,
                         details={"team": user.team})

    def set_role(self, actor: Actor, username: str, role: Role) -> None:
        """Give an account another role. Its open sessions end at their next action, so
        nobody keeps the old role's access."""
        require(self.db, actor, Data.ACCOUNTS, Access.WRITE, record_type="user")
        with self.db.write() as session:
            user = self._get(session, username)
            if user.id == actor.user_id:
                raise InvalidInput(said(QT_TRANSLATE_NOOP(
                    "Accounts", "You cannot change your own role.")))
            before = user.role
            if before == role.value:
                return
            user.role = role.value
            user.account_version += 1
            audit.record(session, actor, "account.role_change", record_type="user",
                         record_id=user.id, details={"from": before, "to": role.value})

    def list_users(self, actor: Actor) -> list[UserView]:
        require(self.db, actor, Data.ACCOUNTS, Access.READ, record_type="user")
        with self.db.read() as session:
            return [UserView.of(u) for u in session.scalars(select(User).order_by(User.username))]

    # --- the user's own actions ---

    def sign_in(self, username: str, password: str, workstation: str | None = None, *,
                temporary_ok: bool = True) -> SignedIn:
        """Check the password; count failures, lock after five, refuse disabled, locked and
        dormant accounts. The same message for an unknown name and a wrong password.
        `temporary_ok=False` (lead-admin, which has no change-password step) refuses a
        password that must be changed, audited as a refused sign-in."""
        where = workstation or workstation_name()
        failure: AuthenticationFailed | None = None
        typed = username.strip().casefold()
        with self.db.write() as session:
            # A name no account can have (a lone surrogate, a control character, too long)
            # is an unknown user, never looked up and never a crash.
            user = (session.scalar(select(User).where(User.username == typed))
                    if _could_be_username(typed) else None)
            if user is None:
                passwords.burn_time(password)
                anonymous = Actor(None, _as_typed(username), None, where)
                audit.record(session, anonymous, "auth.sign_in", outcome=audit.FAILURE,
                             reason="unknown_user")
                failure = AuthenticationFailed(not_correct())
            else:
                actor = Actor(user.id, user.username, Role(user.role), where,
                              user.account_version)
                failure = self._refusal(session, user, actor, password)
                if failure is None and user.must_change_password and not temporary_ok:
                    audit.record(session, actor, "auth.sign_in", record_type="user",
                                 record_id=user.id, outcome=audit.FAILURE,
                                 reason="password_change_required")
                    failure = PasswordChangeRequired(said(QT_TRANSLATE_NOOP(
                        "Accounts", "This account still has a temporary password, which must "
                        "be changed before it is used for anything else.")))
                if failure is None:
                    user.failed_attempts, user.locked_until = 0, None
                    user.last_sign_in_at = self.now()
                    if passwords.needs_rehash(user.password_hash):
                        user.password_hash = passwords.hash_password(password)
                    audit.record(session, actor, "auth.sign_in", record_type="user",
                                 record_id=user.id)
                    signed_in = SignedIn(actor, UserView.of(user))
        if failure is not None:
            raise failure
        return signed_in

    def _refusal(self, session: Session, user: User, actor: Actor, password: str,
                 ) -> AuthenticationFailed | None:
        now = self.now()
        if user.disabled_at is not None:
            passwords.burn_time(password)
            audit.record(session, actor, "auth.sign_in", record_type="user", record_id=user.id,
                         outcome=audit.FAILURE, reason="disabled")
            return AuthenticationFailed(said(QT_TRANSLATE_NOOP(
                "Accounts", "This account is disabled. Contact your administrator.")))
        if user.locked_until is not None and user.locked_until > now:
            passwords.burn_time(password)
            left = math.ceil((user.locked_until - now).total_seconds())
            audit.record(session, actor, "auth.sign_in", record_type="user", record_id=user.id,
                         outcome=audit.FAILURE, reason="locked")
            return AccountLocked(said(QT_TRANSLATE_NOOP(
                "Accounts", "This account is locked for {minutes} after repeated failed "
                "sign-ins, or until an administrator unlocks it."), minutes=minutes(left)),
                seconds_left=left)
        if not passwords.verify_password(user.password_hash, password):
            return self._count_failure(session, user, actor, "auth.sign_in", "wrong_password")
        last_used = user.last_sign_in_at or user.created_at
        if now - last_used > DORMANT_AFTER:
            user.disabled_at, user.disabled_reason = now, "dormant: no sign-in for 90 days"
            audit.record(session, actor, "account.disable", record_type="user",
                         record_id=user.id, reason="dormant")
            return AuthenticationFailed(said(QT_TRANSLATE_NOOP(
                "Accounts", "This account was disabled after 90 days without use. Contact "
                "your administrator.")))
        return None

    def lock_session(self, actor: Actor) -> None:
        require_session(self.db, actor)
        with self.db.write() as session:
            audit.record(session, actor, "session.lock", record_type="user",
                         record_id=actor.user_id)

    def sign_out(self, actor: Actor) -> None:
        """The user leaves; audited. Works for an ended session too (nothing is read)."""
        with self.db.write() as session:
            audit.record(session, actor, "auth.sign_out", record_type="user",
                         record_id=actor.user_id)

    def unlock_session(self, actor: Actor, password: str) -> None:
        """The password again, with the same failure counting and lockout as sign-in. A
        session whose account changed meanwhile does not unlock: it has ended."""
        require_session(self.db, actor)
        self.sign_in(actor.username, password, actor.workstation)
        with self.db.write() as session:
            audit.record(session, actor, "session.unlock", record_type="user",
                         record_id=actor.user_id)

    def change_password(self, actor: Actor, current: str, new: str) -> None:
        """A wrong current password counts toward the lockout like a failed sign-in; every
        refusal (wrong password, a rule, a reused password) is audited before it is raised."""
        require_session(self.db, actor)
        failure: Exception | None = None
        with self.db.write() as session:
            user = session.get(User, actor.user_id)
            if user is None:
                failure = AuthenticationFailed(current_not_correct())
            elif not passwords.verify_password(user.password_hash, current):
                failure = self._count_failure(session, user, actor, "account.password_change",
                                              "wrong_current_password")
            else:
                problems = self.policy.reasons(new, username=user.username,
                                               display_name=user.display_name)
                reused = not problems and self._reused(session, user, new)
                if problems or reused:
                    audit.record(session, actor, "account.password_change", record_type="user",
                                 record_id=user.id, outcome=audit.FAILURE,
                                 reason="password_rule" if problems else "password_reused")
                    failure = passwords.rejected(problems) if problems else \
                        InvalidInput(reused_password(passwords.HISTORY_DEPTH))
                else:
                    self._set_password(session, user, new, must_change=False)
                    user.failed_attempts = 0
                    audit.record(session, actor, "account.password_change",
                                 record_type="user", record_id=user.id)
        if failure is not None:
            raise failure

    # --- helpers ---

    def _count_failure(self, session: Session, user: User, actor: Actor, event: str,
                       reason: str) -> AuthenticationFailed:
        """A wrong password anywhere (sign-in, unlock, change password): counted, audited,
        and the fifth in a row locks the account (CJIS)."""
        user.failed_attempts += 1
        audit.record(session, actor, event, record_type="user", record_id=user.id,
                     outcome=audit.FAILURE, reason=reason)
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = self.now() + LOCKOUT
            audit.record(session, actor, "auth.lockout", record_type="user",
                         record_id=user.id, outcome=audit.FAILURE)
            return AccountLocked(said(QT_TRANSLATE_NOOP(
                "Accounts", "Too many failed passwords: this account is locked for {minutes}."),
                minutes=minutes(int(LOCKOUT.total_seconds()))),
                seconds_left=int(LOCKOUT.total_seconds()))
        if event == "auth.sign_in":
            return AuthenticationFailed(not_correct())
        return AuthenticationFailed(current_not_correct())

    def _check_policy(self, actor: Actor, user_id: str | None, password: str, username: str,
                      display_name: str) -> None:
        """The password rules; a refusal is audited (never the password) before it is raised."""
        problems = self.policy.reasons(password, username=username, display_name=display_name)
        if problems:
            with self.db.write() as session:
                audit.record(session, actor, "account.password_rejected", record_type="user",
                             record_id=user_id, outcome=audit.FAILURE, reason="password_rule")
            raise passwords.rejected(problems)

    @staticmethod
    def _reused(session: Session, user: User, password: str) -> bool:
        recent = session.scalars(
            select(PasswordHistory.password_hash).where(PasswordHistory.user_id == user.id)
            .order_by(PasswordHistory.id.desc()).limit(passwords.HISTORY_DEPTH)
        ).all()
        return any(passwords.verify_password(old, password) for old in recent)

    def _set_password(self, session: Session, user: User, password: str, *, must_change: bool,
                      ) -> None:
        if self._reused(session, user, password):
            raise InvalidInput(reused_password(passwords.HISTORY_DEPTH))
        user.password_hash = passwords.hash_password(password)
        user.must_change_password = must_change
        user.password_changed_at = self.now()
        session.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash,
                                    set_at=self.now()))

    def _get(self, session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username.strip().casefold()))
        if user is None:
            raise InvalidInput(said(QT_TRANSLATE_NOOP(
                "Accounts", "There is no account named {name}."), name=username))
        return user

    def _user_count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(User)) or 0
