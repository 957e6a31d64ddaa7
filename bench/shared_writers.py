"""Several desks on one database: saves per second with 1, 2 and 4 writer processes, on the
shared encrypted file and on PostgreSQL, and the people search's p95 on both; plus the
4 desks x 500 edits-and-notes run of tests/services/test_many_desks.py at full size.

    nice .venv/bin/python -m bench.shared_writers [--participants 5000] [--seconds 8]

Self-contained: a temporary data folder and credential store (keyrings.alt's file, as the
tests use), a throwaway PostgreSQL from the `pgserver` wheel (tests/support/postgres.py),
and one program database made with the demo generator, then copied to the server with
`migrate_to_server`, so both back ends hold the same records. Each writer is a process
that signs in as a case manager and adds notes (one save = one unit of work: the note, its
audit entry and, on the file, its record seals) to its own cases until the time is up.
Results: a table on stdout and bench/results/<date>-shared-writers.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITERS = (1, 2, 4)


def _isolate(root: Path) -> None:
    os.environ.update({
        "LEAD_DESKTOP_HOME": str(root / "home"), "XDG_DATA_HOME": str(root / "xdg-data"),
        "XDG_CONFIG_HOME": str(root / "xdg-config"), "LOCALAPPDATA": str(root / "local"),
        "APPDATA": str(root / "appdata"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "LEAD_DESKTOP_EVENT_LOG": str(root / "event-log.log"), "QT_QPA_PLATFORM": "offscreen"})


def _open(where):  # noqa: ANN001, ANN202
    from lead_desktop.security.key_store import KeyringKeyStore

    kind, address = where
    if kind == "file":
        from lead_desktop.db.database import open_database

        return open_database(Path(address), KeyringKeyStore())
    from lead_desktop.db.server import Transport, open_server_database

    return open_server_database(address, KeyringKeyStore(),
                                transport=Transport(plaintext_loopback=True))


def _writer(where, username, password, case_ids, start, seconds, results):  # noqa: ANN001
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.services.care.note_service import NoteInput, NoteService

    with _open(where) as db:
        actor = AccountService(db).sign_in(username, password).actor
        notes = NoteService(db)
        note = NoteInput(contact_at=datetime.now(UTC), duration_min=15, contact_type="office",
                         text="Met at the office; talked about housing and the next court date.")
        start.wait(timeout=300)
        saved, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds:
            notes.add(actor, case_ids[saved % len(case_ids)], note)
            saved += 1
        results.put((saved, time.perf_counter() - began))


def _writers_for(db):  # noqa: ANN001, ANN202
    """Case managers with the cases they hold (each writer writes to its own)."""
    from sqlalchemy import select

    from lead_desktop.models import Case, User
    from lead_desktop.security.roles import Role

    with db.read() as session:
        rows = session.execute(select(User.username, Case.id).join(
            Case, Case.case_manager_id == User.id).where(
            User.role == Role.CASE_MANAGER.value, Case.state == "active")).all()
    by_user: dict[str, list[str]] = {}
    for username, case_id in rows:
        by_user.setdefault(username, []).append(case_id)
    return sorted(by_user.items(), key=lambda item: -len(item[1]))


def saves_per_second(where, writers: list, count: int, seconds: float) -> float:  # noqa: ANN001
    from lead_desktop.services.demo_data.generator import STAFF_PASSWORD

    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    chosen = writers[:count]
    procs = [context.Process(target=_writer, args=(where, user, STAFF_PASSWORD, cases[:50],
                                                   start, seconds, results))
             for user, cases in chosen]
    for proc in procs:
        proc.start()
    time.sleep(3)  # every writer has opened the database and signed in (not measured)
    start.set()
    done = [results.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    return sum(saved for saved, _ in done) / max(elapsed for _, elapsed in done)


def search_p95(db) -> float:  # noqa: ANN001
    from sqlalchemy import select

    from bench.measures import p95, search_queries
    from lead_desktop.models import User
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.roles import Role
    from lead_desktop.services.demo_data.generator import STAFF_PASSWORD
    from lead_desktop.services.people.person_service import PersonService

    with db.read() as session:
        supervisor = session.scalar(select(User.username).where(
            User.role == Role.SUPERVISOR.value).order_by(User.username))
    actor = AccountService(db).sign_in(supervisor, STAFF_PASSWORD).actor
    people, times = PersonService(db), []
    queries = search_queries(db, count=min(251, _people(db)))
    for query in queries[:10]:
        people.search(actor, query)  # warm-up
    for query in queries:
        began = time.perf_counter()
        people.search(actor, query)
        times.append(time.perf_counter() - began)
    return p95(times) * 1e3


def _people(db) -> int:  # noqa: ANN001
    from sqlalchemy import func, select

    from lead_desktop.models import Person

    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person))


def many_desks(backend: str, ops: int) -> float:
    """tests/services/test_many_desks.py at the brief's size; seconds, or -1 if it failed."""
    test = ("tests/services/test_many_desks.py::"
            f"test_four_desks_lose_no_change_on_either_back_end[{backend}]")
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                           test], env={**os.environ, "LEAD_DESK_OPS": str(ops)},
                          capture_output=True, text=True, cwd=HERE.parent)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        print(done.stdout[-3000:], file=sys.stderr)
    return elapsed if done.returncode == 0 else -1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=8.0, help="each writers' run")
    parser.add_argument("--desk-ops", type=int, default=500,
                        help="operations per desk in the 4-desk run (0: skip it)")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="lead-bench-shared-"))
    _isolate(root)

    from lead_desktop.db.database import create_database, open_database
    from lead_desktop.db.server import Transport
    from lead_desktop.security.actor import Actor
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services.demo_data.generator import DemoDataGenerator
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.services.server_transfer import migrate_to_server
    from tests.support import postgres

    store, actor = KeyringKeyStore(), Actor.system("bench")
    path = root / "shared" / "lead.db"
    began = time.perf_counter()
    with create_database(path, store, name="Bench program", actor=actor).database as db:
        DemoDataGenerator(db, ProfileStore(db).latest(), seed=3).run(args.participants)
    made = time.perf_counter() - began
    server = postgres.start()
    rows = []
    try:
        with psycopg_admin(server) as dba:
            dba.execute("CREATE DATABASE lead_bench")
        url = server.url("lead_bench")
        began = time.perf_counter()
        with open_database(path, store) as source:
            report = migrate_to_server(source, url, store, actor=actor,
                                       transport=Transport(plaintext_loopback=True))
        migrated = time.perf_counter() - began
        from lead_desktop.db.server_address import ServerAddress

        places = {"file": ("file", str(path)),
                  "postgresql": ("server", ServerAddress.parse(url)[0].display)}
        with open_database(path, store) as db:
            writers = _writers_for(db)
        for name, where in places.items():
            for count in WRITERS:
                rate = saves_per_second(where, writers, count, args.seconds)
                rows.append((f"saves per second, {count} writer(s), {name}", rate, "saves/s"))
            with _open(where) as db:
                rows.append((f"people search p95, {name}", search_p95(db), "ms"))
        if args.desk_ops:
            for backend in ("sqlite", "postgresql"):
                rows.append((f"4 desks x {args.desk_ops} edits and notes, {backend}",
                             many_desks(backend, args.desk_ops), "s (-1: failed)"))
    finally:
        server.stop()
    print(f"database: {args.participants:,} participants ({report.rows:,} rows), made in "
          f"{made:.0f} s, migrated to PostgreSQL in {migrated:.0f} s")
    for name, value, unit in rows:
        print(f"{name:<52}{value:>10.1f} {unit}")
    out = HERE / "results" / f"{datetime.now(UTC):%Y-%m-%d-%H%M}-shared-writers.json"
    out.write_text(json.dumps({
        "participants": args.participants, "rows": report.rows, "seconds_per_run": args.seconds,
        "cores": os.cpu_count(), "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "measures": [{"name": n, "value": round(v, 2), "unit": u} for n, v, u in rows]},
        indent=2), encoding="utf-8")
    print(f"kept in {out}")
    return 0


def psycopg_admin(server):  # noqa: ANN001, ANN201
    import psycopg

    return psycopg.connect(server.url(), autocommit=True)


if __name__ == "__main__":
    sys.exit(main())
