"""The grant report's housing and rearrest measures (outcomes.md §6) against counts worked
out by hand for a small program made through the services.

seattle-lead; the clock starts Mon 2 March 2026 15:00 UTC; every case is active 2 March.
  A  Rivera   snapshots: Mar unsheltered, Apr emergency shelter, May temporary  -> placed May
  B  Okafor   snapshots: Mar emergency shelter, Apr permanent, May permanent   -> placed Apr
  C  Nguyen   snapshots: Mar temporary (the baseline: no placement), Apr unsheltered,
              May permanent                                                    -> placed May
  D  Park     no snapshot.
  Arrests: A 10 Apr and 20 May; B 15 May (the diverted incident: not a rearrest);
           D 1 Feb (before entry: not a rearrest), D 12 May. A citation of C on 3 May
           (not an arrest).
Period April-May:  placements A, B, C = 3; rearrests A x2, D x1 = 3; people A, D = 2.
Period May only:   placements A, C = 2 (B was placed in April: May's "permanent" follows
                   "permanent"); rearrests A 20 May, D 12 May = 2; people 2.
Period April only: placements B = 1; rearrests A 10 Apr = 1; people 1.
"""

from __future__ import annotations

from datetime import date

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import JusticeEventInput, OutcomeService
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.services.reports.grant_service import GrantService
from lead_desktop.services.reports.report_service import ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
MEASURES = ("housing_placements", "rearrests", "people_rearrested")


@pytest.fixture
def grants(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    people = {}
    for last, first in (("Rivera", "Ana"), ("Okafor", "Lee"), ("Nguyen", "Kim"),
                        ("Park", "Jo")):
        people[last] = steps.active_case(program, staff, PROFILE, last, first)
    program.clock.advance(days=90)   # 31 May 2026: every month below is past
    outcomes = OutcomeService(db, program.clock)
    for last, housing in (("Rivera", ("unsheltered", "emergency_shelter", "temporary")),
                          ("Okafor", ("emergency_shelter", "permanent", "permanent")),
                          ("Nguyen", ("temporary", "unsheltered", "permanent"))):
        for month, where in zip((3, 4, 5), housing):
            outcomes.record_snapshot(cm, people[last].id, date(2026, month, 1), where, "none",
                                     ("SNAP",))
    for last, day, kind, diverted in (("Rivera", date(2026, 4, 10), "arrest", False),
                                      ("Rivera", date(2026, 5, 20), "arrest", False),
                                      ("Okafor", date(2026, 5, 15), "arrest", True),
                                      ("Park", date(2026, 2, 1), "arrest", False),
                                      ("Park", date(2026, 5, 12), "arrest", False),
                                      ("Nguyen", date(2026, 5, 3), "citation", False)):
        case = people[last]
        outcomes.record_justice_event(cm, JusticeEventInput(
            case.person_id, kind, day, case_id=case.id, relates_to_diverted_incident=diverted))
    return GrantService(ReportService(db, program.cases.profiles, program.clock))


@pytest.mark.parametrize("start, end, expected", [
    (date(2026, 4, 1), date(2026, 5, 31), (3, 3, 2)),
    (date(2026, 5, 1), date(2026, 5, 31), (2, 2, 2)),
    (date(2026, 4, 1), date(2026, 4, 30), (1, 1, 1)),
])
def test_housing_placements_and_rearrests_match_the_hand_count(grants, staff, start, end,
                                                                 expected):
    report = grants.compute(staff[Role.SUPERVISOR], ReportFilter(start, end))
    values = {key: value for key, _, value in report.rows}
    assert tuple(values[key] for key in MEASURES) == expected
