"""Every speed and memory goal of LEAD Desktop in one command, each against a floor measured
in the same run, printed as one table and kept as dated JSON in bench/results/.

    .venv/bin/python -m bench.run [--db county.db] [--participants 100000]

The county database is made on first use with `lead-admin init` and `lead-admin demo-data`
(the key goes to the configured credential store) and reused after. Each UI measure runs in
a fresh offscreen process with a 5 ms probe timer; memory is the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import measures
from bench.county import ensure_county, environment, sign_in_desk
from bench.ui_probe import TICK_MS
from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore

HERE = Path(__file__).resolve().parent


def held(value: float, floor: float | None, goal: str) -> bool:
    """Goals read as written in the issue: '<= 1.3x', '<= 50 ms', '<= 30 ms and <= 1.5x'."""
    ok = True
    for part in goal.split(" and "):
        limit = float(part.split()[1].rstrip("x"))
        ok &= (value / floor <= limit) if part.endswith("x") else value <= limit
    return ok


def ui_child(db_path: Path, which: str, runs: int) -> list[dict]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, str(HERE / "ui_child.py"), str(db_path), which],
                             capture_output=True, text=True, check=True, env=environment())
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def ui_measures(db_path: Path, runs: int = 3) -> list[tuple]:
    morning = ui_child(db_path, "morning", runs)
    bare = ui_child(db_path, "bare-memory", runs)

    def median(key: str, of=morning) -> float:
        return statistics.median(r[key] for r in of)

    items = morning[0]["queue_items"]
    # the floor: the probe's longest gap with nothing to do, in the same processes (the
    # nominal tick is TICK_MS; a loaded machine adds its own scheduling gaps)
    idle = max(TICK_MS, median("idle_stall_ms"))
    return [
        ("opening a person with 2,000 notes: longest stall", median("person_stall_ms"),
         idle, "ms", "<= 50 ms"),
        (f"team supervisor's queue ({items} items): longest stall", median("queue_stall_ms"),
         idle, "ms", "<= 50 ms"),
        ("peak memory: queue + search + a 2,000-note case", median("peak_mb"),
         median("peak_mb", bare), "MB", "<= 250 MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=HERE / "county" / "county.db")
    parser.add_argument("--participants", type=int, default=100_000)
    args = parser.parse_args(argv)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    load_at_start = os.getloadavg()  # the machine is shared: the JSON says how busy it was
    ensure_county(args.db, args.participants)
    with open_database(args.db, KeyringKeyStore()) as db:
        desk = sign_in_desk(db)
        measures.top_up_notes(db, desk)
        rows = measures.people_search(db, desk) + measures.notes_one_by_one(db, desk)
    rows = measures.startup(args.db) + rows + ui_measures(args.db) + measures.summons_batch()
    print(f"{'measure':<52}{'value':>10}{'floor':>10}{'ratio':>8}  {'goal':<22}held  CPU")
    report = []
    for name, value, floor, unit, goal, *extra in rows:
        ratio = value / floor if floor else None
        ok = held(value, floor, goal)
        cpu = extra[0] if extra else {}
        shown_cpu = "  ".join(f"{key} {seconds:.3g}" for key, seconds in cpu.items())
        print(f"{name:<52}{value:>8.3g} {unit:<2}{(f'{floor:.3g}' if floor else '-'):>8}"
              f"{(f'{ratio:.1f}x' if ratio else '-'):>8}  {goal:<22}{'yes' if ok else 'NO ':<4}"
              f"  {shown_cpu}")
        report.append({"measure": name, "value": value, "floor": floor, "unit": unit,
                       "ratio": ratio, "goal": goal, "held": ok, **cpu})
    for script in ("work_queue.py",):  # the older benchmark's own table
        subprocess.run([sys.executable, str(HERE / script), str(args.db)], env=environment())
    out = HERE / "results" / f"{datetime.now(UTC):%Y-%m-%d-%H%M}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"database": str(args.db), "rows": report,
                               "load_average": {"start": load_at_start, "end": os.getloadavg()}},
                              indent=2))
    print(f"written {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
