"""Caseload per case manager against the profile's target and maximum (outcomes.md §3)."""

from __future__ import annotations

from datetime import date

from .figures import Figure, ReportFilter
from .rows import COUNTED_WHILE_OPEN, CaseRow, Loaded

# Active and intake-pending cases; lost contact and compliance review are still active
# cases the case manager carries (workflow.md), so they count too.
ON_CASELOAD = frozenset(COUNTED_WHILE_OPEN)


def level(count: int, target: int, maximum: int) -> str:
    if count > maximum:
        return "over_max"
    return "above_target" if count > target else "ok"


def caseload(loaded: Loaded, period: ReportFilter, target: int, maximum: int) -> list[Figure]:
    held_by: dict[str, list[CaseRow]] = {}  # one pass over the cases: a county has 5,000
    for c in loaded.cases:                   # case managers and 100,000 cases
        if c.case_manager_id and c.state_on(period.end) in ON_CASELOAD:
            held_by.setdefault(c.case_manager_id, []).append(c)
    out = []
    for user_id, name in sorted(loaded.case_managers.items(), key=lambda kv: kv[1]):
        held = sorted(held_by.get(user_id, ()), key=lambda c: c.id)
        ids = tuple(c.id for c in held)
        out.append(Figure("caseload", f"caseload.{user_id}",
                          f"Caseload of {name} (target {target}, maximum {maximum})",
                          len(ids), ids, level(len(ids), target, maximum)))
        met = sum(c.contacts_in_period for c in held)
        out.append(Figure("caseload", f"caseload.contacts.{user_id}",
                          f"Contacts in the period per case, {name}",
                          round(met / len(held), 1) if held else None, ids))
        for days in (14, 30):
            quiet = tuple(c.id for c in held if _days_without_contact(c, period.end) >= days)
            out.append(Figure("caseload", f"caseload.no_contact_{days}.{user_id}",
                              f"Cases without contact for {days} days or more, {name}",
                              len(quiet), quiet))
    return out


def _days_without_contact(case: CaseRow, end: date) -> int:
    """Days from the last contact (the hand-off is the first) to the end of the period."""
    seen = [case.last_contact] if case.last_contact else []
    if case.handoff_at is not None and case.handoff_at.date() <= end:
        seen.append(case.handoff_at.date())
    return (end - max(seen)).days if seen else 0
