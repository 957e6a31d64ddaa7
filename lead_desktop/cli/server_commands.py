"""lead-admin for PostgreSQL mode: init --url (the schema and the first administrator on a
server), server-setup (the SQL a DBA runs), server-password (this workstation's password
for a server role, into the credential store)."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from typing import Iterator

from lead_desktop.cli.io import read_secret, say
from lead_desktop.db import server_roles
from lead_desktop.db.server import Transport, create_server_database, store_password
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import InvalidInput
from lead_desktop.security.accounts import AccountService, clean_username
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.passwords import PasswordPolicy
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.setup import set_program_profile
from lead_desktop.settings import Settings


def _server_password(args: argparse.Namespace, address: ServerAddress, typed: str | None,
                     store: KeyringKeyStore) -> str:
    """From the URL, else the credential store, else standard input or a prompt."""
    if typed:
        return typed
    stored = store.get(address.credential_account)
    if stored is not None:
        return stored.decode("utf-8")
    return read_secret(from_stdin=args.server_password_stdin,
                       prompt=f"Password of the server role {address.url.username}: ")


def cmd_init_server(args: argparse.Namespace) -> int:
    address, typed = ServerAddress.parse(args.url)
    username = clean_username(args.admin)
    password = read_secret(from_stdin=args.password_stdin, prompt=f"Password for {username}: ")
    PasswordPolicy().check(password, username=username, display_name=args.display_name or "")
    profiles = bundled_profiles()
    if args.profile and args.profile not in profiles:
        raise InvalidInput(f"Unknown profile {args.profile}; profiles: {', '.join(profiles)}.")
    if args.app_role:
        server_roles.checked_name(args.app_role)
    store = KeyringKeyStore()
    transport = Transport(plaintext_loopback=args.allow_loopback_without_tls,
                          ca_file=args.ca_file)
    with owner_password_kept_only_if_asked(args, address, store):
        database = create_server_database(
            args.url, store, name=args.name, actor=Actor.system(), app_role=args.app_role,
            password=_server_password(args, address, typed, store), transport=transport)
        with database:
            AccountService(database).create_user(Actor.system(), username,
                                                 args.display_name or username,
                                                 Role.ADMINISTRATOR, password)
            if args.profile:
                set_program_profile(database, profiles[args.profile], Actor.system())
            fingerprint = database.fingerprint
    say(f"Created the LEAD schema in {address.display}.")
    if args.app_role:
        say(f"Granted {args.app_role} the program's rights (the audit log: append only).")
    point_workstation_at(args, address, store)
    if args.allow_loopback_without_tls:
        say("Recorded (audit log and settings): this loopback server is used without TLS.")
    say(f"Database fingerprint: {fingerprint}")
    say("No recovery key in this mode: the server holds the data; backups are the DBA's "
        "(pg_dump).")
    return 0


def workstation_address(address: ServerAddress, app_role: str | None) -> ServerAddress:
    """The address workstations use: the application role's when one is named (the owner
    role only changes the schema), else the role given."""
    if not app_role:
        return address
    return ServerAddress(address.url.set(username=app_role))


@contextmanager
def owner_password_kept_only_if_asked(args: argparse.Namespace, address: ServerAddress,
                                      store: KeyringKeyStore) -> Iterator[None]:
    """`init --url` and `migrate-to` run as the owner role. When workstations use another
    role (--app-role), the owner's password is not left in this workstation's credential
    store (even when the command fails), unless --keep-owner-password asks for it (an
    administrator's workstation that also runs `lead-admin upgrade`)."""
    try:
        yield
    finally:
        if args.app_role and not args.keep_owner_password:
            store.delete(address.credential_account)


def point_workstation_at(args: argparse.Namespace, owner: ServerAddress,
                         store: KeyringKeyStore) -> None:
    """After `init --url` or `migrate-to`: this workstation's settings name the role
    workstations use, and the messages say what is stored and what is left to do."""
    address = workstation_address(owner, args.app_role)
    _remember(address, args.allow_loopback_without_tls, args.ca_file)
    if address is owner:
        say(f"The password of {owner.url.username} is stored in {store.describe()}; this "
            f"workstation opens {address.display}.")
        return
    kept = args.keep_owner_password
    say(f"The password of the owner role {owner.url.username} was "
        + (f"kept in {store.describe()} (--keep-owner-password)." if kept else
           "not kept on this workstation (`lead-admin upgrade` asks for it)."))
    say(f"This workstation's settings now name {address.display}. On it and on each "
        f"workstation: `lead-admin server-password --url {address.display}` (the password of "
        f"{args.app_role}), then start LEAD Desktop.")


def _remember(address: ServerAddress, plaintext_loopback: bool, ca_file: str | None,
              ) -> str | None:
    """This workstation's settings: the server as the database the app opens, and how to
    reach it. Never a password. Returns what the settings named before, when it was
    something else (a file the program left, another role)."""
    settings = Settings.load()
    before = settings.database_path
    settings.server_plaintext_loopback = plaintext_loopback
    settings.server_ca_file = ca_file
    settings.database_path = address.display
    settings.save()
    return before if before and before != address.display else None


def cmd_server_setup(args: argparse.Namespace) -> int:
    say(server_roles.setup_sql(args.database, args.owner, args.app_role))
    return 0


def cmd_server_password(args: argparse.Namespace) -> int:
    address, typed = ServerAddress.parse(args.url)
    if typed:
        raise InvalidInput("Give the address without the password; it is asked for "
                           "(or read with --password-stdin) and never kept in a command line.")
    store = KeyringKeyStore()
    password = read_secret(from_stdin=args.password_stdin,
                           prompt=f"Password of the server role {address.url.username}: ")
    store_password(store, address, password)
    say(f"Stored the password for {address.display} in {store.describe()}.")
    if args.password_only:  # e.g. the owner's, for `lead-admin upgrade` on this workstation
        say(f"This workstation's settings were left as they were "
            f"({Settings.load().database_path or 'no database named'}).")
        return 0
    before = _remember(address, args.allow_loopback_without_tls, args.ca_file)
    say(f"LEAD Desktop on this workstation now opens {address.display}"
        + (f" (its settings named {before} before)." if before else "."))
    return 0


def add_init_options(p: argparse.ArgumentParser, where: argparse._MutuallyExclusiveGroup,
                     ) -> None:
    """`lead-admin init --url …`: the options of PostgreSQL mode (--url instead of --db)."""
    where.add_argument("--url", help="instead of --db: an empty PostgreSQL database, "
                                 "postgresql://owner-role@host:port/database")
    p.add_argument("--app-role", help="with --url: the role workstations connect as; it gets "
                                      "the program's rights, the audit log append-only")
    p.add_argument("--ca-file", help="with --url: the department's CA certificate (PEM) for "
                                     "verified TLS")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="with --url on this machine only (loopback): no TLS; recorded in the "
                        "audit log and the settings")
    p.add_argument("--server-password-stdin", action="store_true",
                   help="with --url: read the server role's password from standard input "
                        "(after the administrator's, with --password-stdin)")
    add_keep_owner_password(p)


def add_keep_owner_password(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep-owner-password", action="store_true",
                   help="with --app-role: keep the owner role's password in this "
                        "workstation's credential store (by default it is not kept: "
                        "workstations use the application role)")


def add_verify_options(p: argparse.ArgumentParser, where: argparse._MutuallyExclusiveGroup,
                       ) -> None:
    """`lead-admin verify --url …`: a server database instead of a file."""
    where.add_argument("--url", help="instead of --db: a server database, as the role "
                                     "workstations use: postgresql://role@host:port/database")
    p.add_argument("--ca-file", help="with --url: the department's CA certificate (PEM)")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="with --url: a server on this machine only, without TLS (as recorded)")


def open_for_verify(args: argparse.Namespace, store: KeyringKeyStore):  # noqa: ANN201
    """The server database, and its storage checks for `verify`: the connection, TLS, the
    role's rights and the audit log's trigger (the chain and the records are verify's own).
    A server keeps its pages itself: there is no file to check page by page."""
    from lead_desktop.db.server import open_server_database
    from lead_desktop.services.server_checks import STORAGE_CHECKS, run_checks

    transport = Transport(plaintext_loopback=args.allow_loopback_without_tls,
                          ca_file=args.ca_file)
    database = open_server_database(args.url, store, transport=transport)

    def storage(opened) -> tuple[list[str], list[str]]:  # noqa: ANN001
        checks = run_checks(opened, STORAGE_CHECKS)
        lines = [f"{check.name + ':':<18} {'ok' if check.ok else 'PROBLEM'}  {check.detail}"
                 for check in checks]
        return lines, [check.detail for check in checks if not check.ok]
    return database, storage


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("server-setup", help="print the SQL a DBA runs to prepare a "
                                                 "PostgreSQL server (roles, database)")
    p.add_argument("--database", default="lead")
    p.add_argument("--owner", default="lead_owner", help="the role that changes the schema")
    p.add_argument("--app-role", default="lead_app", help="the role workstations use")
    p.set_defaults(func=cmd_server_setup)

    p = commands.add_parser("server-password", help="store this workstation's password for "
                                                    "a PostgreSQL role in the credential store")
    p.add_argument("--url", required=True, help="postgresql://role@host:port/database")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--password-only", action="store_true",
                   help="only store the password (e.g. the owner role's, for `lead-admin "
                        "upgrade`); by default the workstation's settings also name this "
                        "address, the database LEAD Desktop opens")
    p.add_argument("--ca-file", help="the department's CA certificate (PEM) for verified TLS")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="a server on this machine only, used without TLS (for a test)")
    p.set_defaults(func=cmd_server_password)
