"""What a report is made of: filters in, figures out, each figure with the cases behind it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message


@dataclass(frozen=True)
class ReportFilter:
    start: date
    end: date                      # inclusive
    case_manager_id: str | None = None
    referral_type: str | None = None

    def check(self) -> None:
        if self.end < self.start:
            raise InvalidInput(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The end of the period is before its start.")))

    def describe(self) -> dict:
        """For the audit entry: the filters, never a record's content."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "case_manager_id": self.case_manager_id, "referral_type": self.referral_type}


@dataclass(frozen=True)
class Figure:
    section: str                   # "operations" | "caseload" | "evaluation" | "justice"
    key: str                       # stable measure key (CSV, tests)
    label: str                     # what it counts, in words
    value: float | int | None      # None: nothing to compute it from in the period
    case_ids: tuple[str, ...] = ()  # the cases behind the figure (drill-down)
    level: str = ""                # caseload: "ok" | "above_target" | "over_max"

    def without_cases(self) -> "Figure":
        return replace(self, case_ids=())


@dataclass(frozen=True)
class Report:
    filters: ReportFilter
    figures: tuple[Figure, ...]
    drill_down: bool = True        # False for program totals: no case ids for this role
    notes: tuple[str, ...] = field(default=())
    kind: str = "operations_caseload"

    def figure(self, key: str) -> Figure:
        for found in self.figures:
            if found.key == key:
                return found
        raise KeyError(key)
