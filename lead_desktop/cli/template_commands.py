"""`lead-admin templates ...`: a department's own fillable court forms."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.agency_templates import DATA_KEYS, AgencyTemplateService


def _add(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        template = AgencyTemplateService(database).register(actor, args.kind, Path(args.pdf),
                                                            Path(args.map))
    say(f"Registered {template.label} for {args.kind} ({len(template.fields)} fields); "
        "from now on it is the court form of every summons (for a Massachusetts "
        "program, the application inside the complaint packet, which keeps its cover "
        "sheet, statement of facts and notice to the DA).")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        for info in AgencyTemplateService(database).list(actor):
            state = "in use" if info.active else "retired"
            say(f"{info.kind:<10} {info.label:<48} {state:<8} {info.registered_at:%Y-%m-%d} "
                f"{info.sha256[:16]}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser(
        "templates", help="register an agency's fillable court form (PDF + field map)")
    actions = templates.add_subparsers(dest="templates_command", required=True,
                                       metavar="ACTION")
    p = actions.add_parser("add", help="check and register a template; it replaces the "
                                       "built-in layout (and the previous version)")
    add_sign_in_arguments(p)
    p.add_argument("--kind", required=True, choices=sorted(DATA_KEYS))
    p.add_argument("--pdf", required=True, help="the fillable PDF the court supplied")
    p.add_argument("--map", required=True,
                   help="the field map (TOML: name, version, [[field]] key/pdf_field/type/"
                        "max_length)")
    p.set_defaults(func=_add)
    p = actions.add_parser("list", help="registered templates, newest last")
    add_sign_in_arguments(p)
    p.set_defaults(func=_list)
