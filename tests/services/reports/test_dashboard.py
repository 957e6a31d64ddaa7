"""Each role's dashboard against numbers worked out by hand, on the data set of
test_operations_report.py (its docstring tells it), for March and April 2026:

  referrals  March: A B C D arrest diversion; April: E arrest diversion
  active at the month's end (active, lost contact, compliance review):
             31 March: A (B removed 17 March, C intake pending, D ineligible); 30 April: A E
  intakes    March: A B, both within the deadline; April: E within the deadline
  attendance March: A attended, A missed; April: A excused (20 April)
  exits      March: B removed; April: none
  caseload   30 April: the one case manager holds A (active), C (intake pending), E (active)
             = 3, over the maximum 2 (target 1, replaced for the test)
  housing    no monthly snapshot recorded: no row
"""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.reports.dashboard_service import DashboardService
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.progress import Progress, ReportCanceled
from tests.services.reports.test_operations_report import made  # noqa: F401 - the data set

SPRING = ReportFilter(date(2026, 3, 1), date(2026, 4, 30))


@pytest.fixture
def boards(made):  # noqa: F811 - the fixture imported above
    service, ids = made
    return DashboardService(service), ids


def _table(panel):
    return {str(label): tuple(c.value for c in cells) for label, cells in panel.rows}


def _ids(ids, names):
    return tuple(sorted(ids[n] for n in names))


def test_the_supervisors_program_view_matches_the_hand_count(boards, staff):
    service, ids = boards
    board = service.run(staff[Role.SUPERVISOR], SPRING)
    assert (board.view, board.drill_down) == ("program", True)
    referrals = board.panel("referrals_by_month")
    assert referrals.columns == ("arrest diversion", "social contact", "community")
    assert _table(referrals) == {"2026-03": (4, 0, 0), "2026-04": (1, 0, 0)}
    assert referrals.rows[0][1][0].case_ids == _ids(ids, "ABCD")
    assert referrals.rows[1][1][0].case_ids == _ids(ids, "E")
    active = board.panel("active_capacity")
    assert _table(active) == {"2026-03": (1,), "2026-04": (2,)}
    assert active.rows[1][1][0].case_ids == _ids(ids, "AE")
    assert str(active.note) == "The program profile sets no capacity."  # seattle-lead has none
    assert _table(board.panel("intake_on_time")) == {"2026-03": (2, 2, 100.0),
                                                     "2026-04": (1, 1, 100.0)}
    assert _table(board.panel("attendance")) == {"2026-03": (1, 1, 0), "2026-04": (0, 0, 1)}
    exits = board.panel("exits_by_type")
    assert _table(exits) == {"2026-03": (0, 0, 1, 0, 0), "2026-04": (0, 0, 0, 0, 0)}
    assert exits.columns[2] == "removed" and exits.rows[0][1][2].case_ids == _ids(ids, "B")
    assert board.panel("housing_by_month").rows == ()
    levels = board.panel("caseload_levels")
    assert _table(levels) == {"within target (0-1)": (0, 0), "above target (2-2)": (0, 0),
                              "over maximum (3 or more)": (1, 3)}
    caseload = board.panel("caseload")
    assert _table(caseload) == {"Case manager": (3, "over_max")}
    assert caseload.rows[0][1][0].case_ids == _ids(ids, "ACE")
    assert [(str(name), v) for name, v in caseload.lines] == [("target", 1.0), ("maximum", 2.0)]


def test_a_cell_drills_down_to_its_people_for_the_supervisor(boards, staff):
    service, ids = boards
    board = service.run(staff[Role.SUPERVISOR], SPRING)
    cell = board.panel("exits_by_type").rows[0][1][2]
    lines = service.cases_behind(staff[Role.SUPERVISOR], cell.case_ids)
    assert [(line.case_id, line.name) for line in lines] == [(ids["B"], "Okafor, Lee")]


def test_the_prosecutors_totals_hide_small_cells_and_list_no_case(boards, staff, db):
    service, _ = boards
    board = service.run(staff[Role.PROSECUTOR_REVIEWER], SPRING)
    assert (board.view, board.drill_down) == ("totals", False)
    assert _table(board.panel("referrals_by_month")) == {"2026-03": ("<11", 0, 0),
                                                         "2026-04": ("<11", 0, 0)}
    assert "caseload" not in {p.key for p in board.panels}  # no case manager by name
    assert all(not c.case_ids for p in board.panels for _, cells in p.rows for c in cells)
    with pytest.raises(PermissionDenied):
        service.cases_behind(staff[Role.PROSECUTOR_REVIEWER], ["anything"])


def test_the_evaluators_view_is_de_identified_in_whole_months(boards, staff):
    service, _ = boards
    cm = staff[Role.CASE_MANAGER].user_id
    board = service.run(staff[Role.EVALUATOR], ReportFilter(date(2026, 3, 10),
                                                            date(2026, 4, 12), cm))
    assert (board.view, board.drill_down) == ("deidentified", False)
    # whole months, and no case manager singled out
    assert board.filters == ReportFilter(date(2026, 3, 1), date(2026, 4, 30), None)
    assert _table(board.panel("active_capacity")) == {"2026-03": ("<11",), "2026-04": ("<11",)}
    report = board.as_report()
    assert all(not f.case_ids for f in report.figures)
    assert not any(cm in f.key or cm in f.label for f in report.figures)


def test_a_case_manager_sees_only_their_caseload(boards, staff):
    service, _ = boards
    cm = staff[Role.CASE_MANAGER]
    board = service.run(cm, SPRING)
    assert board.view == "caseload" and board.filters.case_manager_id == cm.user_id
    with pytest.raises(PermissionDenied):
        service.run(cm, ReportFilter(SPRING.start, SPRING.end, staff[Role.SUPERVISOR].user_id))


def test_a_canceled_dashboard_stops_and_records_no_run(boards, staff, db):
    service, _ = boards
    steps = []
    progress = Progress(lambda done, total, what: steps.append((done, total)))
    progress.cancel()
    with pytest.raises(ReportCanceled):
        service.run(staff[Role.SUPERVISOR], SPRING, progress)
    assert steps == []
    with db.read() as session:
        assert session.scalar(select(AuditEntry).where(
            AuditEntry.event == "dashboard.run")) is None
    done = []
    service.run(staff[Role.SUPERVISOR], SPRING, Progress(lambda d, t, w: done.append((d, t))))
    assert done[0] == (0, 12) and done[-1] == (11, 12)  # one bar: the rows, cohort, charts


def test_the_roles_without_reports_have_no_dashboard(boards, staff):
    service, _ = boards
    for role in (Role.OFFICER, Role.CLERK, Role.ADMINISTRATOR, Role.AUDITOR):
        with pytest.raises(PermissionDenied):
            service.run(staff[role], SPRING)


def test_every_run_and_export_is_audited_and_the_pdf_reads_back(boards, staff, db, tmp_path):
    service, _ = boards
    evaluator = staff[Role.EVALUATOR]
    board = service.run(evaluator, SPRING)
    rows = service.export(evaluator, board, tmp_path / "board.pdf", "pdf")
    text = " ".join(p.extract_text() for p in PdfReader(
        io.BytesIO((tmp_path / "board.pdf").read_bytes())).pages)
    assert "Evaluation dashboard (de-identified)" in text and "<11" in text
    assert "Referrals per month by type" in text
    assert service.export(evaluator, board, tmp_path / "board.csv", "csv") == rows
    csv_text = (tmp_path / "board.csv").read_text("utf-8-sig")
    assert "case_ids" not in csv_text.splitlines()[0]
    with pytest.raises(PermissionDenied):  # another role's view is not theirs to save
        service.export(staff[Role.PROSECUTOR_REVIEWER], board, tmp_path / "x.csv", "csv")
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.event.in_(
            ("dashboard.run", "export.pdf", "export.csv"))).order_by(AuditEntry.seq)).all()
        seen = [(e.event, e.user_id, json.loads(e.details or "{}").get("rows"))
                for e in entries]
    assert seen == [("dashboard.run", evaluator.user_id, None),
                    ("export.pdf", evaluator.user_id, rows),
                    ("export.csv", evaluator.user_id, rows)]


def test_housing_by_month_since_entry_matches_the_hand_count(program, staff, db):
    """The data set of test_dashboard_pdf.py: Rivera (A) and Okafor (B) entered 2 March;
    A's snapshots: March (month 0) emergency shelter, April (month 1) temporary housing.
    So month 0: 1 snapshot, 100% emergency shelter; month 1: 1 snapshot, 100% temporary."""
    from tests.services.reports.test_dashboard_pdf import reports as made_with_snapshots

    service = DashboardService(made_with_snapshots.__wrapped__(program, staff, db))
    board = service.run(staff[Role.SUPERVISOR], SPRING)
    housing = board.panel("housing_by_month")
    assert housing.codes == ("unsheltered", "emergency_shelter", "temporary", "permanent",
                             "institution", "unknown")
    assert _table(housing) == {"month 0": (0.0, 100.0, 0.0, 0.0, 0.0, 0.0),
                               "month 1": (0.0, 0.0, 100.0, 0.0, 0.0, 0.0)}
