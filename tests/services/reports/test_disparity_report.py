"""The disparity breakdown (outcomes.md §5) against counts worked out by hand, and the
suppression of small cells wherever figures are shared. seattle-lead, 2 March 2026:

  P1  race Black, not Hispanic, F, born 2 Jun 1991 (34: 25-34)   referred, found ineligible
  P2  race Black + White (two or more), no ethnicity, M, born 1 Jan 2008 (18: 18-24)  referred
  P3  race declined, no sex, no date of birth                    referred, found ineligible
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.reports.disparity import age_band, race_category, suppress
from lead_desktop.services.reports.figures import Figure, ReportFilter
from lead_desktop.services.reports.report_service import DISPARITY, ReportService
from tests.support import steps

PROFILE = "seattle-lead@1"
MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))


def _referred(program, staff, last, decide, **person):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    found = steps.person(program, officer, last, "Sam", **person)
    case = steps.arrest_referral(program, officer, found.id, PROFILE)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    if decide:
        program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
        program.eligibility.decide(staff[Role.PROSECUTOR_REVIEWER], case.id, "ineligible",
                                   "other", "not a LEAD offense")
    return case.id


@pytest.fixture
def made(program, staff, db):
    ids = {
        "P1": _referred(program, staff, "Rivera", True, race=("Black",),
                        ethnicity="not_hispanic", sex="F", dob=date(1991, 6, 2)),
        "P2": _referred(program, staff, "Okafor", False, race=("Black", "White"), sex="M",
                        dob=date(2008, 1, 1)),
        "P3": _referred(program, staff, "Doe", True, race=("declined",), dob=None),
    }
    return ReportService(db, {PROFILE: bundled_profiles()[PROFILE]}, program.clock), ids


def test_each_breakdown_matches_the_hand_count(made, staff):
    service, ids = made
    report = service.run(staff[Role.SUPERVISOR], MARCH, DISPARITY)
    got = {f.key: (f.value, f.case_ids) for f in report.figures}
    expected = {
        "disparity.referrals.race.Black": ["P1"],
        "disparity.referrals.race.two or more": ["P2"],
        "disparity.referrals.race.declined": ["P3"],
        "disparity.referrals.ethnicity.not_hispanic": ["P1"],
        "disparity.referrals.ethnicity.unknown": ["P2", "P3"],
        "disparity.referrals.sex.F": ["P1"],
        "disparity.referrals.sex.M": ["P2"],
        "disparity.referrals.sex.unknown": ["P3"],
        "disparity.referrals.age_band.25-34": ["P1"],
        "disparity.referrals.age_band.18-24": ["P2"],
        "disparity.referrals.age_band.unknown": ["P3"],
        "disparity.ineligible.race.Black": ["P1"],
        "disparity.ineligible.race.declined": ["P3"],
        "disparity.ineligible.sex.F": ["P1"],
        "disparity.ineligible.sex.unknown": ["P3"],
    }
    for key, names in expected.items():
        assert got[key] == (len(names), tuple(sorted(ids[n] for n in names))), key
    assert not [k for k in got if k.startswith("disparity.eligible.")]
    assert len([k for k in got if k.startswith("disparity.referrals.race.")]) == 3


def test_shared_figures_suppress_every_cell_under_11(made, staff, tmp_path):
    service, _ = made
    totals = service.run(staff[Role.PROSECUTOR_REVIEWER], MARCH, DISPARITY)
    assert {f.value for f in totals.figures} == {"<11"}
    report = service.run(staff[Role.SUPERVISOR], MARCH, DISPARITY)
    path = tmp_path / "disparity.csv"
    service.export_csv(staff[Role.SUPERVISOR], report, path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(report.figures)
    assert {r["value"] for r in rows} == {"<11"} and {r["case_ids"] for r in rows} == {""}


def _cell(key, value):
    return Figure("disparity", key, key, value, tuple(f"c{i}" for i in range(value)))


def test_one_small_cell_takes_the_next_smallest_with_it():
    """A lone small cell could be found by subtracting the others from the total."""
    cells = [_cell("disparity.referrals.race.A", 40), _cell("disparity.referrals.race.B", 12),
             _cell("disparity.referrals.race.C", 3), _cell("disparity.referrals.race.D", 0),
             _cell("disparity.referrals.sex.F", 30), _cell("disparity.referrals.sex.M", 25),
             Figure("operations", "referrals.total", "", 5, ("x",))]
    shown = {f.key: (f.value, len(f.case_ids)) for f in suppress(cells)}
    assert shown == {"disparity.referrals.race.A": (40, 40),
                     "disparity.referrals.race.B": ("<11", 0),
                     "disparity.referrals.race.C": ("<11", 0),
                     "disparity.referrals.race.D": (0, 0),
                     "disparity.referrals.sex.F": (30, 30),
                     "disparity.referrals.sex.M": (25, 25),
                     "referrals.total": (5, 1)}
    two = suppress([_cell("disparity.x.sex.F", 4), _cell("disparity.x.sex.M", 10),
                    _cell("disparity.x.sex.X", 11)])
    assert [f.value for f in two] == ["<11", "<11", 11]


def test_categories():
    assert race_category([]) == "unknown" and race_category(None) == "unknown"
    assert race_category(["declined"]) == "declined"
    assert race_category(["Asian", "declined"]) == "Asian"
    assert race_category(["Asian", "White"]) == "two or more"
    on = date(2026, 3, 2)
    assert [age_band(date(2008, 3, 3), on), age_band(date(2008, 3, 2), on),
            age_band(date(1961, 3, 2), on), age_band(date(1961, 3, 3), on),
            age_band(None, on)] == ["under 18", "18-24", "65 and over", "55-64", "unknown"]


def test_the_xlsx_export_reads_back_suppressed_and_audited(made, staff, db, tmp_path):
    from openpyxl import load_workbook
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry

    service, _ = made
    report = service.run(staff[Role.SUPERVISOR], MARCH, DISPARITY)
    path = tmp_path / "disparity.xlsx"
    assert service.export_xlsx(staff[Role.SUPERVISOR], report, path) == len(report.figures)
    book = load_workbook(path)
    rows = list(book["disparity"].iter_rows(values_only=True))
    assert rows[0] == ("section", "measure", "label", "value", "level", "case_ids")
    assert {r[3] for r in rows[1:]} == {"<11"} and {r[5] for r in rows[1:]} == {None}
    assert ("start", "2026-03-01") in list(book["filters"].iter_rows(values_only=True))
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.event, last.record_id) == ("export.xlsx", "disparity")


def test_an_xlsx_keeps_numbers_and_never_makes_a_formula(tmp_path):
    from openpyxl import load_workbook

    from lead_desktop.services.reports.figures import Report
    from lead_desktop.services.reports.xlsx import xlsx_bytes

    report = Report(MARCH, (Figure("operations", "referrals.agency.=1+1", "Referrals from =1+1",
                                   3, ("a", "b", "c")),), kind="operations_caseload")
    path = tmp_path / "t.xlsx"
    path.write_bytes(xlsx_bytes(report, with_ids=True))
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[2]] == ["operations", "referrals.agency.=1+1",
                                           "Referrals from =1+1", 3, None, "a b c"]
    assert sheet["C2"].data_type == "s" and sheet["D2"].data_type == "n"


def test_the_prosecutor_exports_program_totals_suppressed_once(made, staff, tmp_path):
    """Program totals come suppressed from the run; their files are not suppressed again
    (a second pass compared "<11" with numbers and every export crashed)."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    service, _ = made
    da = staff[Role.PROSECUTOR_REVIEWER]
    report = service.run(da, MARCH, DISPARITY)
    assert service.export_csv(da, report, tmp_path / "d.csv") == len(report.figures)
    rows = list(csv.DictReader((tmp_path / "d.csv").read_text(encoding="utf-8-sig")
                               .splitlines()))
    assert {r["value"] for r in rows} == {"<11"} and "case_ids" not in rows[0]
    assert service.export_xlsx(da, report, tmp_path / "d.xlsx") == len(report.figures)
    sheet = list(load_workbook(tmp_path / "d.xlsx")["disparity"].iter_rows(values_only=True))
    assert {r[3] for r in sheet[1:]} == {"<11"}
    service.export_pdf(da, report, tmp_path / "d.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    assert "<11" in text
