"""`lead-admin settings`: program settings, shown, or changed by a named administrator."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.attachments import limits, retention
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
        if args.attachment_retention_days is not None:
            retention.set_retention_days(database, actor, args.attachment_retention_days)
        with database.read() as session:
            say(f"attachment-max-mb: {limits.max_mb(session)}")
            say(f"attachment-retention-days: {retention.retention_days(session)} (content of "
                "removed attachments, then deleted if a supervisor approved purging)")
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
    p.add_argument("--attachment-retention-days", type=int, metavar="DAYS",
                   help="how long the content of a removed (voided) attachment is kept: the "
                        f"site's retention schedule (default {retention.DEFAULT_DAYS}, 6 years)")
    p.set_defaults(func=cmd_settings)


def cmd_attachments_purge(args: argparse.Namespace) -> int:
    """A supervisor deletes the content of removed attachments past their retention now,
    or turns automatic purging by the timers on or off (security.md: no automatic purge
    without a supervisor's approval)."""
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        if args.automatic is not None:
            retention.set_automatic(database, actor, args.automatic == "on")
            say(f"Automatic purging by the timers: {args.automatic}.")
        if args.now:
            run = retention.purge(database, actor)
            say(f"Deleted the content of {len(run.purged)} removed attachment(s) voided "
                f"before {run.cutoff:%Y-%m-%d}; {run.kept_as_evidence} kept as the evidence "
                "a consent or a disclosure rests on.")
        with database.read() as session:
            approval = retention.automatic_approval(session)
            days = retention.retention_days(session)
        say(f"attachment-retention-days: {days}; automatic purging: "
            f"{'on since ' + approval['at'][:10] if approval else 'off'}")
    return 0


def register_purge(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("attachments-purge",
                            help="a supervisor: delete removed attachments' content past "
                                 "its retention now (--now), or let the timers do it")
    add_sign_in_arguments(p)
    p.add_argument("--now", action="store_true", help="purge now")
    p.add_argument("--automatic", choices=["on", "off"],
                   help="let the app's timers and run-timers purge (on) or not (off)")
    p.set_defaults(func=cmd_attachments_purge)
