"""`lead-admin settings`: program settings, shown, or changed by a named administrator."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.attachments import limits
from lead_desktop.services.exports import ExportService


def cmd_settings(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        exports = ExportService(database)
        if args.save_to_disk is not None:
            exports.set_saving_allowed(actor, args.save_to_disk == "on")
        state = "on" if exports.saving_allowed() else "off (print on paper only)"
        say(f"save-to-disk: {state}")
        if args.attachment_max_mb is not None:
            limits.set_max_mb(database, actor, args.attachment_max_mb)
        with database.read() as session:
            say(f"attachment-max-mb: {limits.max_mb(session)}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("settings", help="show or change program settings (saving "
                                             "documents to disk, the attachment size limit)")
    add_sign_in_arguments(p)
    p.add_argument("--save-to-disk", choices=["on", "off"],
                   help="allow (on) or forbid (off) saving documents as unencrypted files; "
                        "off leaves printing on paper")
    p.add_argument("--attachment-max-mb", type=int, metavar="MB",
                   help=f"the largest attachment (a scan, a photo) in MB, 1 to "
                        f"{limits.CEILING_MB} (default {limits.DEFAULT_MB})")
    p.set_defaults(func=cmd_settings)
