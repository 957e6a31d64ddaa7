"""lead-admin upgrade: the schema brought to this program's version, only when an
administrator asks. A file: after a verified backup, refused while another workstation is
connected (presence list). A server: as the owner role, in one transaction."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import read_secret, say
from lead_desktop.db import moved_file, schema, sqlcipher_file
from lead_desktop.db.database import open_with_key, upgrade_schema
from lead_desktop.db.server import Transport, upgrade_server_database
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import KeyMissing
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore


def _upgrade_file(path: Path) -> int:
    store = KeyringKeyStore()
    header = sqlcipher_file.read_header(path)
    moved_file.refuse_if_moved(path)
    key = store.get(header.fingerprint)
    if key is None:
        raise KeyMissing(f"This workstation has no key for {path}.",
                         next_step="Enroll it first (`lead-admin enroll`).")
    with open_with_key(path, key, upgrade=False) as database:
        with database.engine.connect() as connection:
            current = schema.current_revision(connection)
        if current == schema.head_revision():
            say(f"{path} is already at schema {current}; nothing to do.")
            return 0
        copy = upgrade_schema(database, current)
    say(f"Upgraded {path} from schema {current} to {schema.head_revision()} (audited).")
    say(f"The verified backup made first: {copy}")
    return 0


def _upgrade_server(args: argparse.Namespace) -> int:
    address, typed = ServerAddress.parse(args.url)
    store = KeyringKeyStore()
    password = typed
    if password is None and store.get(address.credential_account) is None:
        password = read_secret(from_stdin=args.server_password_stdin,
                               prompt=f"Password of the owner role {address.url.username}: ")
    before, after = upgrade_server_database(
        args.url, store, actor=Actor.system(), password=password, app_role=args.app_role,
        transport=Transport(plaintext_loopback=args.allow_loopback_without_tls,
                            ca_file=args.ca_file))
    if before == after:
        say(f"{address.display} is already at schema {after}; nothing to do.")
    else:
        say(f"Upgraded {address.display} from schema {before} to {after} (audited).")
        if args.app_role:
            say(f"Granted {args.app_role} the program's rights on the new tables.")
    return 0


def cmd_server_check(args: argparse.Namespace) -> int:
    """What the administration page shows, for IT at the command line; audited."""
    from lead_desktop.db.server import open_server_database
    from lead_desktop.errors import VerificationFailed
    from lead_desktop.security import audit
    from lead_desktop.services.server_checks import run_checks

    transport = Transport(plaintext_loopback=args.allow_loopback_without_tls,
                          ca_file=args.ca_file)
    with open_server_database(args.url, KeyringKeyStore(), transport=transport) as database:
        checks = run_checks(database)
        failed = [check for check in checks if not check.ok]
        with database.write() as session:
            audit.record(session, Actor.system(), "audit.verify", record_type="database",
                         record_id=database.fingerprint,
                         outcome=audit.FAILURE if failed else audit.SUCCESS)
    for check in checks:
        say(f"{check.name + ':':<18} {'ok' if check.ok else 'PROBLEM'}  {check.detail}")
    say("Backups of a server database are the DBA's (pg_dump, point-in-time recovery).")
    if failed:
        raise VerificationFailed(f"{len(failed)} of {len(checks)} checks found a problem.")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    return _upgrade_server(args) if args.url else _upgrade_file(Path(args.db))


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("upgrade", help="bring a database to this program's schema "
                                            "(refused while other workstations are connected)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="the encrypted database file (a verified backup first)")
    where.add_argument("--url", help="a server database, as its owner role: "
                                     "postgresql://owner@host:port/database")
    p.add_argument("--app-role", help="with --url: the role workstations use, granted the "
                                      "program's rights on new tables")
    p.add_argument("--server-password-stdin", action="store_true",
                   help="with --url: read the owner role's password from standard input")
    p.add_argument("--ca-file", help="with --url: the department's CA certificate (PEM)")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="with --url: a server on this machine only, without TLS (recorded)")
    p.set_defaults(func=cmd_upgrade)

    p = commands.add_parser("server-check", help="check a PostgreSQL database as the "
                                                 "administration page does (TLS, rights, "
                                                 "audit log, records); exit 10 on a problem")
    p.add_argument("--url", required=True, help="postgresql://role@host:port/database (the "
                                                "role workstations use)")
    p.add_argument("--ca-file", help="the department's CA certificate (PEM)")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="a server on this machine only, without TLS (recorded)")
    p.set_defaults(func=cmd_server_check)
