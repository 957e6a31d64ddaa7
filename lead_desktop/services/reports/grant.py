"""The grant report (outcomes.md §6) from the program's template (funder, title, measures):
program totals over a period, never a person, each measure computed from the same rows
and with the same definitions as the operations, caseload and providers reports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from lead_desktop.services.messages import QT_TRANSLATE_NOOP

from .caseload import ON_CASELOAD
from .figures import Figure, ReportFilter
from .grant_outcomes import GrantOutcomes
from .providers import ProviderRows
from .rows import CaseRow, Loaded

TEMPLATE_SETTING = "grant_report_template"
# The measures' words are marked for translation (context "GrantReport"): the template
# dialog and the PDF show them in the user's language (the stored template keeps the keys)
MEASURES = {  # key: what it counts, as printed
    "people_served": QT_TRANSLATE_NOOP(
        "GrantReport", "Unduplicated people served (on a caseload at any time in the period)"),
    "new_enrollments": QT_TRANSLATE_NOOP(
        "GrantReport", "New enrollments (entered the program in the period)"),
    "active_at_end": QT_TRANSLATE_NOOP("GrantReport", "Active at the end of the period"),
    "contacts": QT_TRANSLATE_NOOP("GrantReport", "Contacts with participants in the period"),
    "treatment_admissions": QT_TRANSLATE_NOOP(
        "GrantReport", "Treatment admissions (provider referrals admitted)"),
    "completions": QT_TRANSLATE_NOOP("GrantReport", "Completions"),
    "housing_placements": QT_TRANSLATE_NOOP(
        "GrantReport", "Housing placements (people moved into temporary or permanent "
                       "housing, by their monthly snapshots)"),
    "rearrests": QT_TRANSLATE_NOOP(
        "GrantReport", "Rearrests (arrests after entry to the program; the diverted incident "
                       "not counted)"),
    "people_rearrested": QT_TRANSLATE_NOOP("GrantReport",
                                           "People rearrested (after entry to the program)"),
    "case_managers": QT_TRANSLATE_NOOP(
        "GrantReport", "Case managers carrying cases at the end of the period"),
    "average_caseload": QT_TRANSLATE_NOOP(
        "GrantReport", "Average caseload per case manager at the end of the period"),
}
# the title a template has until the supervisor writes another: shown translated
DEFAULT_TITLE = QT_TRANSLATE_NOOP("GrantReport", "Grant report")
NOTES = (QT_TRANSLATE_NOOP("GrantReport", "Built from the records in the program's database "
                                          "only; no hand counts."),
         QT_TRANSLATE_NOOP("GrantReport", "Program totals: no person is named or counted "
                                          "apart."))
# every text of the report the UI translates before the PDF is made (off the UI thread)
WORDS = (*MEASURES.values(), DEFAULT_TITLE, *NOTES)


@dataclass(frozen=True)
class GrantTemplate:
    funder: str = ""
    title: str = DEFAULT_TITLE
    measures: tuple[str, ...] = tuple(MEASURES)

    def to_json(self) -> str:
        return json.dumps({"funder": self.funder, "title": self.title,
                           "measures": list(self.measures)})

    @classmethod
    def from_json(cls, text: str | None) -> "GrantTemplate":
        if not text:
            return cls()
        data = json.loads(text)
        return cls(data.get("funder", ""), data.get("title", DEFAULT_TITLE),
                   tuple(m for m in data.get("measures", ()) if m in MEASURES))


@dataclass(frozen=True)
class GrantReport:
    template: GrantTemplate
    filters: ReportFilter
    rows: tuple[tuple[str, str, float | int | None], ...]   # key, label, value
    referrals_by_month: tuple[tuple[str, int], ...]         # "2026-03", count
    notes: tuple[str, ...] = field(default=())


def _open_in(c: CaseRow, period: ReportFilter) -> bool:
    if c.state_on(period.start - timedelta(days=1)) in ON_CASELOAD:
        return True
    return c.state_on(period.end) in ON_CASELOAD or any(
        m.to_state in ON_CASELOAD and period.start <= m.at.date() <= period.end
        for m in c.moves)


def grant(template: GrantTemplate, loaded: Loaded, operations: list[Figure],
          caseload: list[Figure], admissions: ProviderRows | int, period: ReportFilter,
          outcomes: GrantOutcomes | None = None) -> GrantReport:
    """`admissions`: the provider referrals admitted in the period, counted
    (providers.count_admissions), or the provider report's rows to count them from."""
    by_key = {f.key: f for f in operations}
    loads = [f.value for f in caseload
             if f.key.count(".") == 1 and f.value]  # "caseload.<user id>", with cases
    if not isinstance(admissions, int):
        admissions = sum(1 for r in admissions.referrals if r.admitted_at is not None
                         and period.start <= r.admitted_at.date() <= period.end)
    values = {
        "people_served": len({c.person_id or c.id for c in loaded.cases if _open_in(c, period)}),
        "new_enrollments": by_key["intake.entered"].value,
        "active_at_end": by_key["active.at_end"].value,
        "contacts": sum(c.contacts_in_period for c in loaded.cases),
        "treatment_admissions": admissions,
        "completions": by_key["exits.completed"].value,
        "case_managers": len(loads),
        "average_caseload": round(sum(loads) / len(loads), 1) if loads else None,
        "housing_placements": outcomes.housing_placements if outcomes else None,
        "rearrests": outcomes.rearrests if outcomes else None,
        "people_rearrested": outcomes.people_rearrested if outcomes else None,
    }
    rows = tuple((key, MEASURES[key], values[key]) for key in template.measures)
    return GrantReport(template, period, rows, _referrals_by_month(loaded, period), NOTES)


def _referrals_by_month(loaded: Loaded, period: ReportFilter) -> tuple[tuple[str, int], ...]:
    months: dict[str, int] = {}
    day = period.start.replace(day=1)
    while day <= period.end:
        months[f"{day:%Y-%m}"] = 0
        day = (day + timedelta(days=32)).replace(day=1)
    for c in loaded.cases:
        if c.referred_at is not None and period.start <= c.referred_at.date() <= period.end:
            months[f"{c.referred_at:%Y-%m}"] += 1
    return tuple(months.items())


def in_words(report: GrantReport, say) -> GrantReport:
    """The report with its measures, notes and the default title said by `say` (the UI's
    translation of each text; English: str). A title the supervisor wrote stays as written."""
    title = report.template.title
    template = replace(report.template, title=say(title) if title == DEFAULT_TITLE else title)
    return replace(report, template=template,
                   rows=tuple((key, say(label), value) for key, label, value in report.rows),
                   notes=tuple(say(note) for note in report.notes))


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1
