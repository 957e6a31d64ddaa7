"""Caseload per case manager against the profile's target and maximum (outcomes.md §3)."""

from __future__ import annotations

from lead_desktop.services.program.vocabulary import CaseState

from .figures import Figure, ReportFilter
from .rows import Loaded

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
    return out
