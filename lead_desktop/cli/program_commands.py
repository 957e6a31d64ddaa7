"""`lead-admin run-timers` (a Windows scheduled task) and the program's directory:
`lead-admin courts add|list`, `agencies add|list`, `phone-24h`."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.program.directory import (
    AgencyInput,
    CourtInput,
    DirectoryService,
    format_sessions,
)


def cmd_run_timers(args: argparse.Namespace) -> int:
    """The timers due now, as the timer (the system's act), under the timer lease."""
    from lead_desktop.services.attachments.retention import purge_if_approved
    from lead_desktop.services.cases.case_service import CaseService
    from lead_desktop.services.cases.timers import run_timers_leased
    from lead_desktop.services.program.profile_store import ProfileStore

    with open_database(Path(args.db), KeyringKeyStore()) as database:
        run = run_timers_leased(CaseService(database, ProfileStore(database)))
        purged = purge_if_approved(database) if run.ran else None
    if not run.ran:
        say(f"Not run: {run.holder} is running the timers now (nothing was changed).")
        return 0
    if purged is not None and purged.ran:
        say(f"Retention: the content of {len(purged.purged)} removed attachment(s) deleted.")
    say(f"Timers run: {len(run.moves)} case(s) moved.")
    for move in run.moves:
        say(f"  {move.case_id[:8]}  {move.from_state.value} -> {move.to_state.value}  "
            f"({move.trigger})")
    return 0


def _courts_add(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        court = DirectoryService(database).save_court(actor, CourtInput(
            name=args.name, address=args.address, division=args.division or "",
            phone=args.phone or "", sessions=args.sessions or ""))
    say(f"Added {court.label}: {format_sessions(court.sessions) or 'no sessions'}.")
    return 0


def _courts_list(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        for court in DirectoryService(database).courts():
            state = "" if court.active else "  (not in use)"
            say(f"{court.label:<50} {format_sessions(court.sessions)}{state}")
            say(f"    {' / '.join(court.address.splitlines())}")
    return 0


def _agencies_add(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        agency = DirectoryService(database).save_agency(actor, AgencyInput(
            name=args.name, address=args.address, phone=args.phone or "",
            badge_format=args.badge_format or ""))
    say(f"Added {agency.name}.")
    return 0


def _agencies_list(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        for agency in DirectoryService(database).agencies():
            say(f"{agency.name:<50} {agency.phone:<16} badge {agency.badge_format or 'any'}")
    return 0


def _phone(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        DirectoryService(database).set_phone_24h(actor, args.number)
    say(f"The program's 24-hour number is now {args.number or '(none)'}.")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "run-timers", help="apply the workflow timers due now (for a scheduled task; one "
                           "workstation at a time, the others skip)")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_run_timers)

    courts = commands.add_parser("courts", help="the courts summonses send people to")
    actions = courts.add_subparsers(dest="courts_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="add a court to the program's directory")
    add_sign_in_arguments(p)
    p.add_argument("--name", required=True)
    p.add_argument("--address", required=True,
                   help="as printed (one line, or several in quotes)")
    p.add_argument("--division")
    p.add_argument("--phone")
    p.add_argument("--sessions", help='weekly sessions, e.g. "Mon 09:00; Thu 14:00"')
    p.set_defaults(func=_courts_add)
    p = actions.add_parser("list", help="the courts in the directory")
    p.add_argument("--db", required=True)
    p.set_defaults(func=_courts_list)

    agencies = commands.add_parser("agencies", help="the agencies that refer")
    actions = agencies.add_subparsers(dest="agencies_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="add an agency to the program's directory")
    add_sign_in_arguments(p)
    p.add_argument("--name", required=True)
    p.add_argument("--address", required=True)
    p.add_argument("--phone")
    p.add_argument("--badge-format", help=r'a pattern badge numbers match, e.g. "\d{4}"')
    p.set_defaults(func=_agencies_add)
    p = actions.add_parser("list", help="the agencies in the directory")
    p.add_argument("--db", required=True)
    p.set_defaults(func=_agencies_list)

    p = commands.add_parser("phone-24h", help="the program's 24-hour number (printed on the "
                                              "participation agreement)")
    add_sign_in_arguments(p)
    p.add_argument("number")
    p.set_defaults(func=_phone)
