"""Each measure of issue 16 against its floor, measured in the same run. A measure returns
rows of (name, value, floor, unit, goal) where goal checks (value, floor)."""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bench.county import Desk, environment
from lead_desktop.db.database import Database
from lead_desktop.models import CaseNote, Person
from lead_desktop.services.care.note_service import NoteInput, NoteService
from lead_desktop.services.people import search
from lead_desktop.services.people.person_service import PersonService

HERE = Path(__file__).resolve().parent
NOTE_TEXT = "Met at the office; talked about housing, the detox wait and next week's plan. " * 4


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _first_window(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds to the first window's paint, and the child's CPU seconds to its exit
    (it exits at that paint; not measured where `resource` is missing: Windows)."""
    try:
        import resource
    except ImportError:
        resource = None
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(HERE / "startup_child.py"), *args],
                             stdout=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    if line.strip() != "SHOWN":
        raise RuntimeError(f"no window appeared for {args}")
    if resource is None:
        return elapsed, float("nan")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def startup(db_path: Path, runs: int = 7) -> list[tuple]:
    """The app and a bare window, run alternately, both with their bytecode compiled ahead
    as the installer ships it (installer/README.md): a development shell's
    PYTHONDONTWRITEBYTECODE would make only the app compile its own modules at every start.
    The first run of each writes the bytecode and is not counted."""
    with tempfile.TemporaryDirectory(prefix="lead-bench-pyc-") as pyc:
        env = {key: value for key, value in environment().items()
               if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pyc
        kinds = {"bare": ["bare"], "lead": ["lead", "--db", str(db_path)]}
        timed: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
        for run in range(runs + 1):
            for kind, args in kinds.items():
                result = _first_window(args, env)
                if run:
                    timed[kind].append(result)
    wall = {kind: statistics.median(w for w, _ in rows) for kind, rows in timed.items()}
    cpu = {kind: statistics.median(c for _, c in rows) for kind, rows in timed.items()}
    return [("start to the sign-in window", wall["lead"], wall["bare"], "s", "<= 1.3x",
             {"cpu_s": cpu["lead"], "floor_cpu_s": cpu["bare"]})]


def search_queries(db: Database, count: int = 251, seed: int = 7) -> list[str]:
    """What a desk types: surname prefixes of 3-6 letters, some full names."""
    with db.read() as session:
        names = session.execute(select(Person.last_name, Person.first_name)
                                .order_by(Person.id).limit(5000)).all()
    rng = random.Random(seed)
    queries = []
    for last, first in rng.sample(names, count):
        queries.append(last[:rng.randint(3, 6)] if rng.random() < 0.6 else f"{first} {last}")
    return queries


def people_search(db: Database, desk: Desk) -> list[tuple]:
    people, actor = PersonService(db), desk.supervisor.actor
    queries = search_queries(db)
    app, raw = [], []
    for query in queries:
        start = time.perf_counter()
        people.search(actor, query)
        app.append(time.perf_counter() - start)
        with db.read() as session:
            start = time.perf_counter()
            search.search(session, query)
            raw.append(time.perf_counter() - start)
    return [("people search p95 (251 queries)", p95(app) * 1e3, p95(raw) * 1e3, "ms",
             "<= 30 ms and <= 1.5x")]


def notes_one_by_one(db: Database, desk: Desk, count: int = 1000) -> list[tuple]:
    notes, actor = NoteService(db), desk.case_manager.actor
    when = datetime.now(UTC) - timedelta(hours=1)
    note = NoteInput(contact_at=when, duration_min=20, contact_type="office", text=NOTE_TEXT)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        notes.add(actor, desk.busiest_case_id, note)
    saved, saved_cpu = time.perf_counter() - start, time.process_time() - cpu
    raw = db.engine.raw_connection()  # the floor: same size, one transaction each
    try:
        driver = raw.driver_connection
        driver.isolation_level = None  # we say BEGIN and COMMIT ourselves
        driver.execute("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, "
                       "body TEXT NOT NULL)")
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            driver.execute("BEGIN IMMEDIATE")
            driver.execute("INSERT INTO bench_floor (body) VALUES (?)", (NOTE_TEXT,))
            driver.execute("COMMIT")
        floor, floor_cpu = time.perf_counter() - start, time.process_time() - cpu
        driver.execute("DROP TABLE bench_floor")
    finally:
        raw.close()
    # CPU beside wall: on a shared, loaded machine the wall time of both sides swings with
    # the disk's fsyncs and the scheduler; the CPU time says what the code itself costs
    return [(f"{count:,} notes saved one by one", saved, floor, "s", "<= 1.5x",
             {"cpu_s": saved_cpu, "floor_cpu_s": floor_cpu})]


def top_up_notes(db: Database, desk: Desk, wanted: int = 2000) -> None:
    """The person-window measure opens a case with `wanted` notes; add what is missing
    through the notes service, once."""
    with db.read() as session:
        have = session.scalar(select(func.count()).select_from(CaseNote).where(
            CaseNote.case_id == desk.busiest_case_id))
    notes = NoteService(db)
    when = datetime.now(UTC) - timedelta(days=1)
    for n in range(max(0, wanted - have)):
        notes.add(desk.case_manager.actor, desk.busiest_case_id,
                  NoteInput(contact_at=when - timedelta(minutes=n), duration_min=15,
                            contact_type="office", text=f"Note {n}. {NOTE_TEXT}"))


def summons_batch() -> list[tuple]:
    out = subprocess.run([sys.executable, str(HERE / "documents.py")], capture_output=True,
                         text=True, check=True, env=environment()).stdout
    found = re.search(r"500 summonses\s+([\d.]+)\s+[\d.]+\s+\d+\s+([\d.]+)", out)
    return [("500 summonses in one batch", float(found.group(1)), None, "s", "<= 5 s",
             {"cpu_s": float(found.group(2))})]
