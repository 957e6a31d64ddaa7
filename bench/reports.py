"""Benchmark: the operations and caseload report and the evaluation report on a county-size
database, against a plain SQL count of the same rows (cases joined to their referrals, and
their transitions) made in the same run, so the ratios hold on any machine.

    .venv/bin/python bench/reports.py county.db [--only WORDS]

With --only, the baseline and the runs whose name contains one of the comma-separated
words ("grant,pdf"). The PDFs are measured from a report computed once before (the time a
user waits after the figures are shown), each into a new file in a temporary folder.

The database's key must be in the configured credential store (as after `init`).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from bench.timing import measure  # noqa: E402
from lead_desktop.db.database import open_database  # noqa: E402
from lead_desktop.documents import grant_report  # noqa: E402
from lead_desktop.documents.page import Stamp  # noqa: E402
from lead_desktop.models import (  # noqa: E402
    Case,
    CaseTransition,
    JusticeEvent,
    OutcomeSnapshot,
    ProviderReferral,
    Referral,
)
from lead_desktop.security.actor import Actor  # noqa: E402
from lead_desktop.security.key_store import KeyringKeyStore  # noqa: E402
from lead_desktop.security.roles import Role  # noqa: E402
from lead_desktop.services.program.profile_store import ProfileStore  # noqa: E402
from lead_desktop.services.reports.dashboard_service import DashboardService  # noqa: E402
from lead_desktop.services.reports.figures import ReportFilter  # noqa: E402
from lead_desktop.services.reports.grant_service import GrantService  # noqa: E402
from lead_desktop.services.reports.report_service import (  # noqa: E402
    EVALUATION,
    PROVIDERS,
    ReportService,
)


def main(path: Path, only: tuple[str, ...] = ()) -> None:
    with open_database(path, KeyringKeyStore()) as db:
        service = ReportService(db, ProfileStore(db))
        grants = GrantService(service)
        boards = DashboardService(service)
        with db.read() as session:
            last = session.scalar(select(func.max(Referral.referred_at))).date()
            cases = session.scalar(select(func.count()).select_from(Case))
            busiest = session.execute(select(Case.case_manager_id, func.count()).where(
                Case.case_manager_id.is_not(None)).group_by(Case.case_manager_id)
                .order_by(func.count().desc())).first()
        supervisor = Actor(None, "bench-supervisor", Role.SUPERVISOR, "bench")
        manager = Actor(busiest[0], "bench-cm", Role.CASE_MANAGER, "bench")
        evaluator = Actor(None, "bench-evaluator", Role.EVALUATOR, "bench")
        month = ReportFilter(last.replace(day=1), last)
        year = ReportFilter(last - timedelta(days=364), last)

        def plain_count():
            with db.read() as session:
                session.scalar(select(func.count()).select_from(Case).join(
                    Referral, Referral.id == Case.referral_id))
                session.scalar(select(func.count()).select_from(CaseTransition))

        def grant_count():
            """The grant report reads besides: snapshots, justice events, provider
            referrals; counted plainly, as the baseline counts cases and transitions."""
            plain_count()
            with db.read() as session:
                for table in (OutcomeSnapshot, JusticeEvent, ProviderReferral):
                    session.scalar(select(func.count()).select_from(table))

        made = {}
        folder = Path(tempfile.mkdtemp(prefix="lead-bench-pdf-"))

        def computed(key, fn):
            if key not in made:
                made[key] = fn()
            return made[key]

        def dashboard_pdf():
            report = computed("dashboard", lambda: service.run(supervisor, month))
            pdf = folder / f"dashboard-{len(list(folder.iterdir()))}.pdf"
            return service.export_pdf(supervisor, report, pdf)

        def grant_pdf():
            report = computed("grant", lambda: grants.compute(supervisor, year))
            stamp = Stamp(program="bench", document_id="GR-bench", template=grant_report.TEMPLATE,
                          generated_by="bench", generated_at=datetime.now(timezone.utc))
            return grant_report.build(report, stamp)

        runs = [
            ("plain SQL count of the rows (baseline)", plain_count, 3),
            ("plain SQL count of the grant's rows", grant_count, 3),
            ("grant report, last 12 months", lambda: grants.compute(supervisor, year), 1),
            ("grant report PDF (from the computed report)", grant_pdf, 3),
            ("dashboard PDF, last month (from the report)", dashboard_pdf, 3),
            ("role dashboard, supervisor, last month", lambda: boards.run(supervisor, month), 1),
            ("role dashboard, evaluator, last 12 months", lambda: boards.run(evaluator, year), 1),
            ("supervisor, last month", lambda: service.run(supervisor, month), 1),
            ("supervisor, last 12 months", lambda: service.run(supervisor, year), 1),
            (f"case manager's own ({busiest[1]} cases)", lambda: service.run(manager, year), 3),
            ("evaluation, entered in the last 12 months",
             lambda: service.run(supervisor, year, EVALUATION), 1),
            ("providers, last 12 months", lambda: service.run(supervisor, year, PROVIDERS), 1),
        ]
        print(f"{cases:,} cases; latest referral {last}")
        base = None
        # CPU seconds beside the wall clock: on a shared machine the wall clock also counts
        # the time other programs had the processor.
        print(f"{'operation':<42}{'median s':>10}{'CPU s':>8}{'peak MB':>10}"
              f"{'x baseline':>12}")
        for name, fn, repeat in runs:
            if only and base is not None and not any(w.casefold() in name.casefold()
                                                     for w in only):
                continue
            timed, cpu = _cpu_timed(fn)
            seconds, memory = measure(timed, repeat)
            base = base or seconds
            untraced = cpu[1:-1] or cpu  # not the warm-up, not the traced run
            print(f"{name:<42}{seconds:>10.3f}{statistics.median(untraced):>8.2f}"
                  f"{memory:>10.1f}{seconds / base:>12.1f}", flush=True)


def _cpu_timed(fn):
    spent: list[float] = []

    def timed():
        start = time.process_time()
        fn()
        spent.append(time.process_time() - start)
    return timed, spent


if __name__ == "__main__":
    words = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else ()
    main(Path(sys.argv[1]), tuple(words))
