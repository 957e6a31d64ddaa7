"""lead-admin commands that act on a database file: init, verify, backup, restore,
enroll, rekey."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lead_desktop.cli import server_commands
from lead_desktop.cli.io import read_secret, say, warn
from lead_desktop.db import backup as backups
from lead_desktop.db import backup_set, enrollment, sqlcipher_file
from lead_desktop.db.database import create_database, open_database
from lead_desktop.errors import AlreadyExists, InvalidInput, NoBackup, VerificationFailed
from lead_desktop.security import audit
from lead_desktop.security.accounts import AccountService, clean_username
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_anchor import AnchorStore
from lead_desktop.security.audit_event_log import system_event_log
from lead_desktop.security.audit_watch import ChainWatch
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.passwords import PasswordPolicy
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.setup import set_program_profile


def _print_recovery_key(fingerprint: str, recovery_key: str) -> None:
    say("Recovery key (shown only this once: print it, have it witnessed, keep it locked):")
    say(f"  {recovery_key}")
    say(f"Database fingerprint: {fingerprint}")


def cmd_init(args: argparse.Namespace) -> int:
    if args.url:
        return server_commands.cmd_init_server(args)
    path = Path(args.db)
    if path.exists():
        raise AlreadyExists(f"{path} already exists; it was left as it was.")
    username = clean_username(args.admin)
    password = read_secret(from_stdin=args.password_stdin, prompt=f"Password for {username}: ")
    PasswordPolicy().check(password, username=username, display_name=args.display_name or "")
    profiles = bundled_profiles()
    if args.profile and args.profile not in profiles:
        raise InvalidInput(f"Unknown profile {args.profile}; profiles: {', '.join(profiles)}.")
    store = KeyringKeyStore()
    created = create_database(path, store, name=args.name, actor=Actor.system())
    with created.database as database:
        AccountService(database).create_user(Actor.system(), username,
                                             args.display_name or username,
                                             Role.ADMINISTRATOR, password)
        if args.profile:
            set_program_profile(database, profiles[args.profile], Actor.system())
        if args.demo:
            from lead_desktop.services.demo_data.marker import mark_as_demo

            mark_as_demo(database, Actor.system())
        say(f"Created {path}{' as a demo database' if args.demo else ''} "
            f"(key stored in {store.describe()}).")
        _print_recovery_key(database.fingerprint, created.recovery_key)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """The storage (a file's page integrity; a server's connection, TLS, rights and audit
    trigger), the chain itself, this workstation's anchor, every record against its seal
    and (with --event-log) the heads in the OS event log."""
    store = KeyringKeyStore()
    if args.url:
        database, storage = server_commands.open_for_verify(args, store)
    else:
        database = open_database(Path(args.db), store, upgrade=False)
        storage = _file_integrity
    with database:
        lines, problems = storage(database)
        writes_log = args.event_log or args.accept_current_chain
        watch = ChainWatch(database, AnchorStore(store.backend),
                           system_event_log() if writes_log else None)
        try:
            if args.accept_current_chain:
                head = watch.accept_current(Actor.system())
                say(f"This workstation's audit anchor now holds entry {head.seq} (audited).")
            if args.accept_current_records:
                sealed = watch.accept_current_records(Actor.system())
                say(f"The {sealed} records as they are now are sealed (audited).")
            report = watch.check(Actor.system(), against_event_log=args.event_log)
        finally:
            watch.close()
        with database.write() as session:
            audit.record(session, Actor.system(), "audit.verify", record_type="database",
                         record_id=database.fingerprint,
                         outcome=audit.SUCCESS if report.ok and not problems else audit.FAILURE)
    for line in lines:
        say(line)
    for line in report.lines():
        say(line)
    if problems or not report.ok:
        raise VerificationFailed("The database did not pass verification.")
    return 0


def _file_integrity(database) -> tuple[list[str], list[str]]:  # noqa: ANN001 - a Database
    """Every page's HMAC and SQLite's own integrity check: (lines to print, problems)."""
    conn = database.raw_connection(read_only=True)
    try:
        problems = sqlcipher_file.integrity_problems(conn)
    finally:
        conn.close()
    return [f"integrity: {'ok' if not problems else 'FAILED'}"] + [f"  {p}" for p in problems], \
        problems


def cmd_backup(args: argparse.Namespace) -> int:
    where = Path(args.folder) if args.folder else None
    if args.list:
        return _list_backups(Path(args.db), where)
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        if args.out:
            dest = backups.backup(database, Path(args.out), Actor.system())
        else:
            dest = backup_set.make(database, Actor.system(), where=where)
    say(f"Backup written and verified: {dest}")
    return 0


def _list_backups(path: Path, where: Path | None) -> int:
    """The automatic set of this database, newest first (read from the file's header only,
    so it works when the database itself is damaged)."""
    header = sqlcipher_file.read_header(path)
    state = backup_set.status(header.fingerprint, where=where)
    say(f"Backups of {path} (fingerprint {header.fingerprint}) in {state.folder}:")
    for copy in backup_set.copies(header.fingerprint, state.folder):
        say(f"  {copy.made_at:%Y-%m-%d %H:%M:%S}  {copy.size / 1e6:8.1f} MB  {copy.path.name}")
    if state.newest is None:
        warn("  none: make one with `lead-admin backup --db ...`")
    elif state.stale:
        warn("  the newest backup is more than 2 days old")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    store = KeyringKeyStore()
    target = Path(args.db)
    if args.latest:
        header = sqlcipher_file.read_header(target)
        where = Path(args.folder) if args.folder else backup_set.folder()
        newest = backup_set.latest(header.fingerprint, where, store.get(header.fingerprint))
        if newest is None:
            raise NoBackup(f"No backup of {target} (fingerprint {header.fingerprint}) that this "
                           f"workstation's key opens is in {where}.")
        source = newest.path
    else:
        source = Path(args.backup)
    kept = backups.restore(source, target, store, Actor.system(), force=args.force)
    if kept:
        say(f"The database that was replaced is kept at {kept}")
    say(f"Restored {args.db} from {source} (verified).")
    say("Audit entries written after this backup are gone, so workstations that saw them "
        "will report the log as cut short: that is intended. Once reviewed, run "
        "`lead-admin verify --db ... --accept-current-chain` on each of them.")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    if sys.stdin.isatty():
        warn("Type the recovery key or the administrator's enrollment code, then press Enter:")
    secret = sys.stdin.readline()
    store = KeyringKeyStore()
    enroll = enrollment.accept if enrollment.looks_like_code(secret) else (
        lambda path, typed, key_store: backups.enroll(path, typed, key_store, Actor.system()))
    with enroll(Path(args.db), secret, store) as database:
        say(f"Enrolled: the key for {database.path} (fingerprint {database.fingerprint}) "
            f"is now in {store.describe()}.")
    return 0


def cmd_enrollment_code(args: argparse.Namespace) -> int:
    from lead_desktop.cli.user_commands import signed_in

    with open_database(Path(args.db), KeyringKeyStore()) as database:
        _accounts, actor = signed_in(args, database)
        made = enrollment.offer(database, actor, minutes=args.minutes)
    say(f"Enrollment code for {args.db}, valid once until "
        f"{made.expires_at.astimezone():%H:%M} (local time):")
    say(f"  {made.code}")
    say("On the new workstation, open the database and type this code where the recovery "
        "key is asked for (or run `lead-admin enroll --db ...` there and type it).")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    store = KeyringKeyStore()
    database = open_database(Path(args.db), store)
    fingerprint = database.fingerprint
    recovery_key = backups.rekey(database, store, Actor.system())
    with open_database(Path(args.db), store) as rekeyed:
        # The set's earlier copies open only with the old key: start it again under the new.
        fresh = backup_set.make(rekeyed, Actor.system())
    say(f"A backup under the new key: {fresh}")
    say(f"Re-encrypted {args.db} with a new key; the old key and recovery key no longer open it.")
    say("Enroll every other workstation again with the new recovery key.")
    _print_recovery_key(fingerprint, recovery_key)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("init", help="create a new encrypted database (or the schema in "
                                         "a PostgreSQL database) and its administrator")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="path of the new database file (must not exist)")
    server_commands.add_init_options(p, where)
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--display-name", help="the administrator's full name")
    p.add_argument("--name", default="LEAD program", help="a name for this database")
    p.add_argument("--profile",
                   help="program profile, e.g. seattle-lead@1 (see resources/profiles)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the administrator's password from standard input")
    p.add_argument("--demo", action="store_true",
                   help="a demo or benchmark database: the only kind demo-data fills with "
                        "synthetic participants (never a program's real data)")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("verify", help="check encryption integrity and the audit chain "
                                           "(also against this workstation's anchor)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="the encrypted database file")
    server_commands.add_verify_options(p, where)
    p.add_argument("--event-log", action="store_true",
                   help="also check the chain against the heads written to the OS event log "
                        "(Windows Application log, source 'LEAD Desktop'; journald on Linux; "
                        "or the file named by LEAD_DESKTOP_EVENT_LOG)")
    p.add_argument("--accept-current-chain", action="store_true",
                   help="after an older backup was restored and IT has reviewed why: move "
                        "this workstation's anchor to the chain as it is now (audited; "
                        "refused unless the chain holds on its own)")
    p.add_argument("--accept-current-records", action="store_true",
                   help="after IT has reviewed records reported as changed outside the app "
                        "(and corrected them from a backup where needed): seal every record "
                        "as it is now (audited; refused unless the chain holds)")
    p.set_defaults(func=cmd_verify)

    p = commands.add_parser("backup", help="write an encrypted, verified backup while in use "
                                           "(into the automatic set unless --out), or --list it")
    p.add_argument("--db", required=True)
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument("--out", help="backup file to write (must not exist)")
    chosen.add_argument("--list", action="store_true",
                        help="list the automatic backups of this database, newest first")
    p.add_argument("--folder", help="the backup set's folder (default: as set on the "
                                    "administration page, else the data folder's backups)")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("restore", help="replace a database with a verified backup "
                                            "(refused while other workstations are connected)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--backup", help="the backup file")
    source.add_argument("--latest", action="store_true",
                        help="the newest backup of this database in the automatic set")
    p.add_argument("--folder", help="the backup set's folder (with --latest)")
    p.add_argument("--db", required=True)
    p.add_argument("--force", action="store_true",
                   help="replace an existing database (it is kept in the backups folder first)")
    p.set_defaults(func=cmd_restore)

    p = commands.add_parser("enroll", help="store a database's key on this workstation, "
                                           "from its recovery key or a one-time enrollment "
                                           "code read on standard input")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_enroll)

    p = commands.add_parser("enrollment-code",
                            help="print a one-time code (valid 15 minutes) that enrolls "
                                 "another workstation without the recovery key")
    p.add_argument("--db", required=True)
    p.add_argument("--as", dest="as_user", required=True, help="your administrator account")
    p.add_argument("--password-stdin", action="store_true",
                   help="read your password from standard input")
    p.add_argument("--minutes", type=int, default=enrollment.DEFAULT_MINUTES,
                   choices=range(1, 61), metavar="1-60", help="how long the code is valid")
    p.set_defaults(func=cmd_enrollment_code)

    p = commands.add_parser("rekey", help="re-encrypt in place with a new key and print the new "
                                          "recovery key (refused while other workstations "
                                          "are connected)")
    p.add_argument("--db", required=True)
    p.set_defaults(func=cmd_rekey)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from lead_desktop.services.demo_data.generator import DemoDataGenerator
    from lead_desktop.services.demo_data.marker import require_demo

    if args.participants < 1:
        raise InvalidInput("--participants must be at least 1.")
    with open_database(Path(args.db), KeyringKeyStore()) as database:
        require_demo(database)  # never fake people in a program's real database
        generator = DemoDataGenerator(database, ProfileStore(database).latest(), seed=args.seed)
        summary = generator.run(args.participants,
                                progress=lambda done: warn(f"  {done} participants written"))
    say(f"Generated {summary.participants} synthetic participants and {summary.notes} notes.")
    for state, count in sorted(summary.by_state.items()):
        say(f"  {state:<22} {count}")
    return 0


def register_demo_data(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("demo-data", help="fill a database with synthetic participants "
                                              "(demos and benchmarks only)")
    p.add_argument("--db", required=True)
    p.add_argument("--participants", type=int, required=True)
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    p.set_defaults(func=cmd_demo_data)
