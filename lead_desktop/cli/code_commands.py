"""`lead-admin codes list|add|retire|relabel`: the code lists an administrator keeps (offense codes
with statute and level, exit reasons, contact types, housing and employment categories)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.program.code_lists import LEVELS, LISTS, CodeInput, CodeListService


def _list(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        codes = CodeListService(database).entries(args.list)
    for c in codes:
        until = f" until {c.effective_to}" if c.effective_to else ""
        say(f"{c.code:<16} {c.label_en} / {c.label_es}  {c.statute} {c.level}".rstrip()
            + f"  (from {c.effective_from}{until})")
    return 0


def _add(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        added = CodeListService(database).add(actor, CodeInput(
            args.list, args.code, args.english, args.spanish or "", args.statute or "",
            args.level or "", date.fromisoformat(args.start) if args.start else None))
    say(f"Added {added.code} to {added.list_name}, in use from {added.effective_from}.")
    return 0


def _retire(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        retired = CodeListService(database).retire(
            actor, args.list, args.code, date.fromisoformat(args.on) if args.on else None)
    say(f"{retired.code} is no longer offered from {retired.effective_to}; records that "
        "carry it still show it.")
    return 0


def _relabel(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        codes = CodeListService(database)
        now = codes.find(args.list, args.code)
        changed = codes.relabel(actor, args.list, args.code, args.english or (
            now.label_en if now else ""), args.spanish or (now.label_es if now else ""))
    say(f"{changed.code} now reads: {changed.label_en} / {changed.label_es}.")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    codes = commands.add_parser("codes", help="the code lists the program keeps")
    actions = codes.add_subparsers(dest="codes_command", required=True, metavar="ACTION")
    p = actions.add_parser("list", help="every code of a list, retired ones too")
    p.add_argument("--db", required=True)
    p.add_argument("list", choices=LISTS)
    p.set_defaults(func=_list)
    p = actions.add_parser("add", help="add a code (English and Spanish)")
    add_sign_in_arguments(p)
    p.add_argument("list", choices=LISTS)
    p.add_argument("code")
    p.add_argument("--english", required=True)
    p.add_argument("--spanish")
    p.add_argument("--statute", help="offense codes: the statute")
    p.add_argument("--level", choices=LEVELS)
    p.add_argument("--start", help="in use from (YYYY-MM-DD; default today)")
    p.set_defaults(func=_add)
    p = actions.add_parser("retire", help="stop offering a code (old records keep it)")
    add_sign_in_arguments(p)
    p.add_argument("list", choices=LISTS)
    p.add_argument("code")
    p.add_argument("--on", help="from this day (YYYY-MM-DD; default today)")
    p.set_defaults(func=_retire)
    p = actions.add_parser("relabel", help="new English and/or Spanish words for a code")
    add_sign_in_arguments(p)
    p.add_argument("list", choices=LISTS)
    p.add_argument("code")
    p.add_argument("--english")
    p.add_argument("--spanish")
    p.set_defaults(func=_relabel)
