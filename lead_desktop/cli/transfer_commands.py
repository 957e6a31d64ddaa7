"""lead-admin migrate-to (the encrypted file into an empty PostgreSQL database) and export
(a server database into a new encrypted file): services/server_transfer.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli import server_commands
from lead_desktop.cli.io import read_secret, say
from lead_desktop.db import moved_file
from lead_desktop.db.database import open_database
from lead_desktop.db.server import Transport, open_server_database
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.server_transfer import (
    TransferReport,
    export_to_file,
    migrate_to_server,
)


def _say_tables(report: TransferReport) -> None:
    say(f"Copied {report.rows} rows in {len(report.tables)} tables; each table's row count "
        "and content digest match the source:")
    for name, digest in sorted(report.tables.items()):
        if digest.rows:
            say(f"  {name:<32} {digest.rows:>9}  {digest.digest[:16]}")
    say(f"Audit chain verified ({report.chain_entries} entries).")


def cmd_migrate_to(args: argparse.Namespace) -> int:
    address, typed = ServerAddress.parse(args.url)
    store = KeyringKeyStore()
    password = typed
    if password is None and store.get(address.credential_account) is None:
        password = read_secret(from_stdin=args.server_password_stdin,
                               prompt=f"Password of the server role {address.url.username}: ")
    transport = Transport(plaintext_loopback=args.allow_loopback_without_tls,
                          ca_file=args.ca_file)
    path = Path(args.db)
    moved_file.refuse_if_moved(path)  # moved once already: its records are on that server
    with server_commands.owner_password_kept_only_if_asked(args, address, store):
        with open_database(path, store, upgrade=False) as source:
            report = migrate_to_server(source, args.url, store, actor=Actor.system(),
                                       password=password, app_role=args.app_role,
                                       transport=transport)
    _say_tables(report)
    workstations = server_commands.workstation_address(address, args.app_role)
    try:
        note = moved_file.mark_moved(path, workstations.display, report.fingerprint)
    except OSError as exc:  # the copy stands; the file must still be kept from use
        raise LeadError(
            f"Copied and verified into {address.display}, but {args.db} could not be marked "
            f"moved ({exc.strerror or exc}): workstations could still write to it.",
            next_step="Move or rename the file where no workstation opens it, and point each "
                      f"workstation at the server (`lead-admin server-password --url "
                      f"{workstations.display}`).") from None
    say(f"{args.db} was only read: not a byte of it changed. Keep it (and its recovery key) "
        "as the record of the program before the move.")
    say(f"It is marked moved ({note.name} beside it): LEAD Desktop and lead-admin refuse to "
        f"write to it and name {workstations.display} instead.")
    server_commands.point_workstation_at(args, address, store)
    say("Backups are now the DBA's (pg_dump).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = KeyringKeyStore()
    transport = Transport(plaintext_loopback=args.allow_loopback_without_tls,
                          ca_file=args.ca_file)
    with open_server_database(args.url, store, transport=transport) as source:
        report = export_to_file(source, Path(args.to), store, actor=Actor.system())
    _say_tables(report)
    say(f"Wrote {args.to} (key stored in {store.describe()}); the server was only read "
        "(the export is recorded in its audit log).")
    say("Recovery key of the new file (shown only this once: print it, have it witnessed, "
        "keep it locked):")
    say(f"  {report.recovery_key}")
    say(f"Database fingerprint: {report.fingerprint}")
    return 0


def _server_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ca-file", help="the department's CA certificate (PEM) for verified TLS")
    p.add_argument("--allow-loopback-without-tls", action="store_true",
                   help="a server on this machine only, used without TLS (recorded)")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("migrate-to", help="copy an encrypted database into an empty "
                                               "PostgreSQL database, verified (the file is "
                                               "left untouched, marked moved)")
    p.add_argument("--db", required=True, help="the encrypted database file to copy")
    p.add_argument("--url", required=True,
                   help="the empty server database, as its owner role: "
                        "postgresql://owner@host:port/database")
    p.add_argument("--app-role", help="the role workstations use: it gets the program's "
                                      "rights (the audit log append-only)")
    p.add_argument("--server-password-stdin", action="store_true",
                   help="read the owner role's password from standard input")
    server_commands.add_keep_owner_password(p)
    _server_options(p)
    p.set_defaults(func=cmd_migrate_to)

    p = commands.add_parser("export", help="copy a PostgreSQL database into a new encrypted "
                                           "file, verified (a new key and recovery key)")
    p.add_argument("--url", required=True, help="postgresql://role@host:port/database "
                                                "(its password in the credential store)")
    p.add_argument("--to", required=True, help="the new file (must not exist)")
    _server_options(p)
    p.set_defaults(func=cmd_export)
