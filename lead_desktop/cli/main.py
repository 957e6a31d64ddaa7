"""Entry point of `lead-admin`: parse, run one command, map errors to exit codes."""

from __future__ import annotations

import argparse
import sys

from lead_desktop import __version__, errors
from lead_desktop.cli import (
    code_commands,
    database_commands,
    import_commands,
    profile_commands,
    program_commands,
    server_commands,
    settings_commands,
    template_commands,
    transfer_commands,
    upgrade_commands,
    user_commands,
)
from lead_desktop.cli.io import warn

EXIT_CODES = """exit codes:
  0  success
  1  unexpected error, or a self-test check failed
  2  wrong command-line usage
  3  database file (or, for restore --latest, a backup of it) not found
  4  no key for this database in the credential store (use `enroll`)
  5  the key does not open this database (a key of another database)
  6  the file is an unencrypted SQLite database (refused, untouched)
  7  the file is truncated
  8  the file is damaged, or not a LEAD database
  9  no usable credential store
 10  verification failed (integrity or audit chain)
 11  sign-in failed or not permitted (a temporary password is refused until it is
     changed: in the app, or `users change-password`)
 12  a file or account already exists (nothing overwritten)
 13  invalid input (password rules, recovery key typo, ...)
 14  someone else saved the record first
 15  the database was made by a newer version of LEAD Desktop
 16  stale key: the database was rekeyed since this workstation enrolled
     (enter the new recovery key: `enroll`, or in the app)
 17  another workstation held the database too long; nothing was saved, try again
 18  refused (restore, rekey, schema upgrade): other workstations are connected
 19  PostgreSQL mode: the server could not be reached (address, password, certificate)
 20  PostgreSQL mode: a connection without verified TLS was refused
 21  the database's schema is older than this program (`upgrade`, by an administrator)
 22  the file's program moved to a server (`migrate-to`): the file is kept, not written
No command ever modifies, replaces or re-creates a database that fails to open. A file
damaged anywhere (every page's checksum is checked first) is refused with 8 before any
command writes to it; restore a backup over it (`restore --latest --force`).
A save interrupted by a crash is rolled back by the next open (audited); that is not damage."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lead-admin",
        description="Administer LEAD Desktop databases: create, verify, back up, restore, "
                    "enrol workstations, rekey, and manage accounts.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lead-admin {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    database_commands.register(commands)
    database_commands.register_demo_data(commands)
    user_commands.register(commands)
    template_commands.register(commands)
    program_commands.register(commands)
    profile_commands.register(commands)
    code_commands.register(commands)
    settings_commands.register(commands)
    settings_commands.register_purge(commands)
    server_commands.register(commands)
    import_commands.register(commands)
    transfer_commands.register(commands)
    upgrade_commands.register(commands)
    self_test = commands.add_parser(
        "self-test", help="check that this installation works (imports, encrypted database, "
                          "credential store, PDF, window); exit 1 if a check fails")
    self_test.add_argument("--url", help="also check this PostgreSQL database (default: the "
                                         "server this workstation's settings name, if any)")
    self_test.add_argument("--ca-file", help="with --url: the department's CA certificate")
    self_test.add_argument("--allow-loopback-without-tls", action="store_true",
                           help="with --url: a server on this machine only, without TLS "
                                "(as recorded)")
    self_test.set_defaults(func=run_self_test)
    return parser


def run_self_test(args: argparse.Namespace | None = None) -> int:
    from lead_desktop import self_test

    server = None
    if args is not None and args.url:
        server = self_test.server_to_check(args.url, args.allow_loopback_without_tls,
                                           args.ca_file)
    return self_test.main(server)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except errors.LeadError as exc:
        warn(f"lead-admin: {exc.message}")
        if exc.next_step:
            warn(f"  {exc.next_step}")
        return exc.exit_code
    except KeyboardInterrupt:
        warn("lead-admin: interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: no traceback (nor data) on screen
        from lead_desktop import error_log

        log = error_log.record(type(exc), exc, exc.__traceback__)
        warn(f"lead-admin: unexpected error ({type(exc).__name__}); nothing more was done.")
        warn(f"  The details (without any record content) are in {log}; send it to support.")
        return 1


if __name__ == "__main__":
    sys.exit(main())
