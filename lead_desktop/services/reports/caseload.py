"""Caseload per case manager against the profile's target and maximum (outcomes.md §3)."""

from __future__ import annotations

from datetime import date

from lead_desktop.services.program.vocabulary import CaseState

from .figures import Figure, ReportFilter
from .rows import CaseRow, Loaded

S = CaseState
# Active and intake-pending cases; lost contact and compliance review are still active
# cases the case manager carries (workflow.md), so they count too.
ON_CASELOAD = frozenset({S.INTAKE_PENDING.value, S.ACTIVE.value, S.LOST_CONTACT.value,
                         S.COMPLIANCE_REVIEW.value})


def level(count: int, target: int, maximum: int) -> str:
    if count > maximum:
        return "over_max"
    return "above_target" if count > target else "ok"


def caseload(loaded: Loaded, period: ReportFilter, target: int, maximum: int) -> list[Figure]:
    out = []
    for user_id, name in sorted(loaded.case_managers.items(), key=lambda kv: kv[1]):
        ids = tuple(sorted(c.id for c in loaded.cases if c.case_manager_id == user_id
                           and c.state_on(period.end) in ON_CASELOAD))
        out.append(Figure("caseload", f"caseload.{user_id}",
                          f"Caseload of {name} (target {target}, maximum {maximum})",
                          len(ids), ids, level(len(ids), target, maximum)))
        held = [c for c in loaded.cases if c.id in ids]
        met = sum(c.contacts_in_period for c in held)
        out.append(Figure("caseload", f"caseload.contacts.{user_id}",
                          f"Contacts in the period per case, {name}",
                          round(met / len(held), 1) if held else None, ids))
        for days in (14, 30):
            quiet = tuple(sorted(c.id for c in held
                                 if _days_without_contact(c, period.end) >= days))
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
