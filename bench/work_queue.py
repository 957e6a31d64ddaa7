"""Benchmark: the daily work queue and people search on a county-size database, against a
full scan of the notes table made in the same run (the baseline), so the ratios hold on
any machine.

    lead-admin init --db county.db ... && lead-admin demo-data --db county.db --participants 100000
    .venv/bin/python bench/work_queue.py county.db

The database's key must be in the configured credential store (as after `init`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from bench.timing import measure  # noqa: E402
from lead_desktop.db.database import open_database  # noqa: E402
from lead_desktop.models import Case, CaseNote, Person, User  # noqa: E402
from lead_desktop.security.actor import Actor  # noqa: E402
from lead_desktop.security.key_store import KeyringKeyStore  # noqa: E402
from lead_desktop.security.roles import Role  # noqa: E402
from lead_desktop.services.cases.work_queue import WorkQueue  # noqa: E402
from lead_desktop.services.people.person_service import PersonService  # noqa: E402
from lead_desktop.services.program.profile_store import ProfileStore  # noqa: E402


def main(path: Path) -> None:
    with open_database(path, KeyringKeyStore()) as db:
        queue, people = WorkQueue(db, ProfileStore(db)), PersonService(db)
        with db.read() as session:
            counts = (session.scalar(select(func.count()).select_from(Person)),
                      session.scalar(select(func.count()).select_from(Case)),
                      session.scalar(select(func.count()).select_from(CaseNote)))
            managers = session.execute(select(Case.case_manager_id, func.count()).where(
                Case.case_manager_id.is_not(None)).group_by(Case.case_manager_id)
                .order_by(func.count().desc())).all()
            lead = session.execute(select(User.id, User.team).where(
                User.role == Role.SUPERVISOR.value, User.team.is_not(None))).first()
            team_size = session.scalar(select(func.count()).select_from(User).where(
                User.role == Role.CASE_MANAGER.value, User.team == lead.team)) if lead else 0
        busiest, busiest_cases = managers[0]
        manager = Actor(busiest, "bench-cm", Role.CASE_MANAGER, "bench")
        supervisor = Actor(None, "bench-supervisor", Role.SUPERVISOR, "bench")  # no team
        searcher = Actor(None, "bench-search", Role.SUPERVISOR, "bench")

        def scan_notes():
            with db.read() as session:
                session.scalar(select(func.count()).select_from(CaseNote))

        runs = [
            ("count every note (baseline)", scan_notes, 3),
            (f"case manager's queue ({busiest_cases} cases)",
             lambda: queue.for_user(manager), 3),
            ("supervisor, one case manager", lambda: queue.for_user(
                supervisor, case_manager_id=busiest), 3),
            ("supervisor without a team: everyone", lambda: queue.for_user(supervisor), 1),
            ("people search 'garcia' (50 hits)", lambda: people.search(searcher, "garcia"), 3),
        ]
        if lead:  # demo data made since teams exist: the demo supervisor leads Team 1
            team_lead = Actor(lead.id, "bench-team-lead", Role.SUPERVISOR, "bench")
            runs.insert(3, (f"supervisor, own team ({team_size} case managers)",
                            lambda: queue.for_user(team_lead), 3))
        print(f"{counts[0]:,} people, {counts[1]:,} cases, {counts[2]:,} notes, "
              f"{len(managers)} case managers")
        base = None
        print(f"{'operation':<42}{'median s':>10}{'peak MB':>10}{'x baseline':>12}")
        for name, fn, repeat in runs:
            seconds, memory = measure(fn, repeat)
            base = base or seconds
            print(f"{name:<42}{seconds:>10.3f}{memory:>10.1f}{seconds / base:>12.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
