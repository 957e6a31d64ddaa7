"""`lead-admin users ...`: account administration, done as a named administrator."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import read_secret, say
from lead_desktop.db.database import Database, open_database
from lead_desktop.errors import InvalidInput
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.roles import Role


def signed_in(args: argparse.Namespace, database: Database) -> tuple[AccountService, Actor]:
    """Sign in as the account named by --as (password from stdin or a prompt). A temporary
    password is refused (exit 11): it is changed first, in the app or `users change-password`."""
    accounts = AccountService(database)
    password = read_secret(from_stdin=args.password_stdin, prompt=f"Password for {args.as_user}: ")
    return accounts, accounts.sign_in(args.as_user, password, temporary_ok=False).actor


def _change_password(args: argparse.Namespace) -> int:
    """Your own password: the current (or temporary) one, then the new one twice (three
    lines on standard input with --password-stdin)."""
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        accounts = AccountService(database)
        current = read_secret(from_stdin=args.password_stdin,
                              prompt=f"Current password for {args.as_user}: ")
        actor = accounts.sign_in(args.as_user, current).actor
        new = read_secret(from_stdin=args.password_stdin, prompt="New password: ")
        again = read_secret(from_stdin=args.password_stdin, prompt="New password again: ")
        if new != again:
            raise InvalidInput("The two new passwords differ; nothing was changed.")
        accounts.change_password(actor, current, new)
    say(f"Password changed for {args.as_user}.")
    return 0


def _run(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        accounts, actor = signed_in(args, database)
        return args.action(args, accounts, actor)


def _add(args, accounts: AccountService, actor: Actor) -> int:
    user, temporary = accounts.create_user(actor, args.username, args.name, Role.parse(args.role),
                                           team=args.team)
    say(f"Added {user.username} ({user.role.label}).")
    say(f"Temporary password (must be changed at first sign-in): {temporary}")
    return 0


def _disable(args, accounts: AccountService, actor: Actor) -> int:
    accounts.disable(actor, args.username, args.reason)
    say(f"Disabled {args.username}.")
    return 0


def _reset(args, accounts: AccountService, actor: Actor) -> int:
    temporary = accounts.reset_password(actor, args.username)
    say(f"Temporary password for {args.username} (must be changed at sign-in): {temporary}")
    return 0


def _unlock(args, accounts: AccountService, actor: Actor) -> int:
    accounts.unlock(actor, args.username)
    say(f"Unlocked {args.username}.")
    return 0


def _set_team(args, accounts: AccountService, actor: Actor) -> int:
    accounts.set_team(actor, args.username, args.team)
    say(f"{args.username} is now in team {args.team.strip()}." if args.team.strip()
        else f"{args.username} is in no team.")
    return 0


def _set_role(args, accounts: AccountService, actor: Actor) -> int:
    role = Role.parse(args.role)
    accounts.set_role(actor, args.username, role)
    say(f"{args.username} is now {role.label}; their open sessions end at their next action.")
    return 0


def _list(args, accounts: AccountService, actor: Actor) -> int:
    for user in accounts.list_users(actor):
        state = "disabled" if user.disabled else ("locked" if user.locked_until else "active")
        say(f"{user.username:<24} {user.role.value:<20} {state:<9} {user.team or '-':<16} "
            f"{user.display_name}")
    return 0


def add_sign_in_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True)
    p.add_argument("--as", dest="as_user", required=True, help="your administrator account")
    p.add_argument("--password-stdin", action="store_true",
                   help="read your password from standard input")


def register(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help="add, disable, reset or unlock accounts")
    actions = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")

    def action(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text)
        add_sign_in_arguments(p)
        p.set_defaults(func=_run, action=handler)
        return p

    p = action("add", _add, "add an account with a temporary password")
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True, help="the person's full name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--team", help="the team (a supervisor sees the work of their team)")
    p = action("disable", _disable, "disable an account (leavers: the same day)")
    p.add_argument("--username", required=True)
    p.add_argument("--reason", required=True)
    p = action("reset-password", _reset, "give an account a new temporary password")
    p.add_argument("--username", required=True)
    p = action("unlock", _unlock, "unlock an account locked by failed sign-ins")
    p.add_argument("--username", required=True)
    p = action("set-team", _set_team, "put an account in a team (\"\" for none)")
    p.add_argument("--username", required=True)
    p.add_argument("--team", required=True)
    p = action("set-role", _set_role, "give an account another role (ends its open sessions)")
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    action("list", _list, "list accounts")
    p = actions.add_parser("change-password", help="change your own password (a temporary "
                           "one first: lead-admin refuses it for anything else)")
    add_sign_in_arguments(p)
    p.set_defaults(func=_change_password)
