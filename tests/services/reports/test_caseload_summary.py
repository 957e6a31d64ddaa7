"""The caseload section of a report's PDF when the program has many case managers (a
county's 5,000 made a month's PDF 568 pages): the levels, the spread and, by name, only
those above the target. The figures are written here as a report of 30 case managers
(target 15, maximum 25) would hold them:
  CM 01-20: 10 cases each (within target); CM 21-27: 18 each (above target);
  CM 28-30: 30 each (over the maximum); each has one case without contact for 14 days.
By hand: 416 cases (200 + 126 + 90); median of the 30 caseloads 10 (the 15th and 16th are
both 10); largest 30; bins 10-14: 20, 15-19: 7, 30-34: 3, the others 0."""

from datetime import date, datetime

from lead_desktop.documents import dashboard_report as pdf
from lead_desktop.documents.page import Stamp
from lead_desktop.services.reports import caseload_summary
from lead_desktop.services.reports.dashboard_export import dashboard
from lead_desktop.services.reports.figures import Figure, Report, ReportFilter
from tests.services.reports.test_dashboard_pdf import text_of


def _report() -> Report:
    figures = [Figure("operations", "referrals.total", "Referrals in the period", 3)]
    for n in range(1, 31):
        size, level = (10, "ok") if n <= 20 else (18, "above_target") if n <= 27 else \
            (30, "over_max")
        name = f"CM {n:02d}"
        figures += [
            Figure("caseload", f"caseload.u{n}", f"Caseload of {name} (target 15, maximum 25)",
                   size, level=level),
            Figure("caseload", f"caseload.contacts.u{n}",
                   f"Contacts in the period per case, {name}", 1.0),
            Figure("caseload", f"caseload.no_contact_14.u{n}",
                   f"Cases without contact for 14 days or more, {name}", 1),
            Figure("caseload", f"caseload.no_contact_30.u{n}",
                   f"Cases without contact for 30 days or more, {name}", 0)]
    return Report(ReportFilter(date(2026, 3, 1), date(2026, 3, 31)), tuple(figures))


def test_the_summary_matches_the_hand_count():
    charts, rows = caseload_summary.summary(_report().figures, 15, 25)
    assert charts == [
        ("Case managers by caseload level",
         [("within target", 20), ("above target", 7), ("over maximum", 3)]),
        ("Case managers by caseload size (cases, in bins of 5)",
         [("0-4", 0), ("5-9", 0), ("10-14", 20), ("15-19", 7), ("20-24", 0), ("25-29", 0),
          ("30-34", 3)])]
    assert rows[:9] == [
        ("Case managers (target 15, maximum 25)", 30, ""),
        ("Cases on a caseload at the end of the period", 416, ""),
        ("Median caseload", 10, ""), ("Largest caseload", 30, ""),
        ("Case managers within target", 20, ""), ("Case managers above target", 7, ""),
        ("Case managers over the maximum", 3, ""),
        ("Cases without contact for 14 days or more, every caseload", 30, ""),
        ("Cases without contact for 30 days or more, every caseload", 0, "")]
    named = [label for label, _, _ in rows[9:]]
    assert named == [f"Caseload of CM {n} (target 15, maximum 25)"
                     for n in ("28", "29", "30", "21", "22", "23", "24", "25", "26", "27")]


def test_the_pdf_names_only_those_above_target(tmp_path):
    board = dashboard(_report(), None)
    path = tmp_path / "ops.pdf"
    path.write_bytes(pdf.build(board, Stamp(program="Test", document_id="RP-1",
                                            template=pdf.TEMPLATE, generated_by="Test",
                                            generated_at=datetime(2026, 4, 1))))
    text = text_of(path)
    assert "Caseload of CM 28" in text and "Caseload of CM 21" in text
    assert "CM 20" not in text and "CM 01" not in text  # within target: counted, not named
    assert "Case managers over the maximum" in text


def test_a_small_program_keeps_every_row():
    small = Report(_report().filters, tuple(f for f in _report().figures
                                            if not f.key.endswith(tuple(f".u{n}" for n in
                                                                        range(6, 31)))))
    assert not caseload_summary.is_many(small.figures)
    rows = next(s for s in dashboard(small, None).sections if s.title == "Caseload").rows
    assert len(rows) == 20  # four figures of each of the five case managers
