"""`lead-admin profiles list|show|export|add|diff`: the program's profile versions in the
database. Export a version as TOML, edit it, add it back as the next version (validated
first: every mistake named, nothing written when refused); diff shows two side by side."""

from __future__ import annotations

import argparse
from pathlib import Path

from lead_desktop.cli.io import say
from lead_desktop.cli.user_commands import add_sign_in_arguments, signed_in
from lead_desktop.db.database import open_database
from lead_desktop.errors import InvalidInput
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.services.program.profile import parse_profile
from lead_desktop.services.program.profile_store import ProfileStore, split_key
from lead_desktop.services.program.profile_toml import differences


def _key(store: ProfileStore, key: str | None) -> str:
    """The version named, or the one in force when none is."""
    chosen = key or store.current_key()
    if not chosen or chosen not in store:
        raise InvalidInput(f"No program profile {chosen or '(none in force)'} in this "
                           "database.", next_step="`lead-admin profiles list` shows them.")
    return chosen


def _list(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        store = ProfileStore(database)
        programs = sorted({split_key(k)[0] for k in store.keys_stored()})
        for program in programs:
            for v in store.history(program):
                mark = "  <- new referrals" if v.in_force else ""
                say(f"{v.key:<36} {v.created_at:%Y-%m-%d %H:%M} UTC  {v.created_by:<24} "
                    f"{v.note}{mark}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        store = ProfileStore(database)
        key = _key(store, args.key)
        made = next(v for v in store.history(split_key(key)[0]) if v.key == key)
        when = made.created_at.strftime("%Y-%m-%d %H:%M")
        why = f" ({made.note})" if made.note else ""
        say(f"# {store[key].name}, version {made.version}: made {when} UTC by "
            f"{made.created_by}{why}")
        say(store.export(key).rstrip("\n"))
    return 0


def _export(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        store = ProfileStore(database)
        key = _key(store, args.key)
        text = store.export(key)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        say(f"Wrote {key} to {args.out}. Edit it, then `lead-admin profiles add`.")
    else:
        say(text.rstrip("\n"))
    return 0


def _add(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Cannot read {path}: {exc}") from exc
    # Checked before the database is even opened: a refused file changes nothing in it.
    profile = parse_profile(text, source=path.name)
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _, actor = signed_in(args, database)
        added = ProfileStore(database).add_version(actor, profile, args.note or "",
                                                   make_current=not args.keep_current)
    state = "kept as it was" if args.keep_current else f"now {added.key}"
    say(f"Added {added.key} ({added.name}). New referrals: {state}; open cases keep "
        "their version.")
    return 0


def _diff(args: argparse.Namespace) -> int:
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        store = ProfileStore(database)
        a, b = _key(store, args.first), _key(store, args.second)
        changes = differences(store[a], store[b])
    if not changes:
        say(f"{a} and {b} have the same rules.")
        return 0
    width = max(len(name) for name, _, _ in changes)
    left = max(len(a), *(len(x) for _, x, _ in changes))
    say(f"{'setting':<{width}}  {a:<{left}}  {b}")
    for name, x, y in changes:
        say(f"{name:<{width}}  {x:<{left}}  {y}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    profiles = commands.add_parser(
        "profiles", help="the program's rules: versions kept in the database")
    actions = profiles.add_subparsers(dest="profiles_command", required=True, metavar="ACTION")
    p = actions.add_parser("list", help="every version, who made it and when")
    p.add_argument("--db", required=True)
    p.set_defaults(func=_list)
    p = actions.add_parser("show", help="one version (default: the one in force)")
    p.add_argument("--db", required=True)
    p.add_argument("key", nargs="?", help="id@version, e.g. wilmington-nc@2")
    p.set_defaults(func=_show)
    p = actions.add_parser("export", help="a version as a TOML file to edit")
    p.add_argument("--db", required=True)
    p.add_argument("key", nargs="?", help="id@version (default: the one in force)")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=_export)
    p = actions.add_parser("add", help="add an edited file as the next version (checked "
                                       "first; nothing is written if it is refused)")
    add_sign_in_arguments(p)
    p.add_argument("file")
    p.add_argument("--note", help="why (kept in the history)")
    p.add_argument("--keep-current", action="store_true",
                   help="add it without making it the version new referrals follow")
    p.set_defaults(func=_add)
    p = actions.add_parser("diff", help="two versions side by side (what differs)")
    p.add_argument("--db", required=True)
    p.add_argument("first")
    p.add_argument("second")
    p.set_defaults(func=_diff)
