"""Program operations measures (outcomes.md §2) from the loaded rows: pure functions."""

from __future__ import annotations

import math
from datetime import date
from statistics import median

from lead_desktop.services.program.vocabulary import CaseState, ReferralType

from .figures import Figure, ReportFilter
from .rows import CaseRow, Loaded

S = CaseState
ENROLLED = frozenset({S.ACTIVE.value, S.LOST_CONTACT.value, S.COMPLIANCE_REVIEW.value})
EXIT_STATES = (S.COMPLETED, S.DISQUALIFIED, S.REMOVED, S.EXITED, S.REFERRED_FOR_CHARGES)
DECIDED = {S.INELIGIBLE.value: "ineligible", S.INTAKE_PENDING.value: "eligible",
           S.WAITLISTED.value: "eligible"}


def _in(period: ReportFilter, day: date) -> bool:
    return period.start <= day <= period.end


_COUNT = object()  # the default value of a figure: how many cases are behind it


def _fig(key: str, label: str, rows, value=_COUNT) -> Figure:
    ids = tuple(sorted({r.id if isinstance(r, CaseRow) else r for r in rows}))
    return Figure("operations", key, label, len(ids) if value is _COUNT else value, ids)


def _group(rows, key) -> dict:
    out: dict = {}
    for row in rows:
        out.setdefault(key(row), []).append(row)
    return out


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


def nearest_rank(values: list[float], pct: int) -> float | None:
    """The nearest-rank percentile (a value that occurred, no interpolation)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def operations(loaded: Loaded, period: ReportFilter, handoff_target_min: int) -> list[Figure]:
    referred = [c for c in loaded.cases
                if c.referred_at is not None and _in(period, c.referred_at.date())]
    out = [_fig("referrals.total", "Referrals in the period", referred)]
    by_type = _group(referred, lambda c: c.referral_type)
    for kind in ReferralType:
        out.append(_fig(f"referrals.type.{kind.value}",
                        f"Referrals: {kind.value.replace('_', ' ')}", by_type.get(kind.value, ())))
    for agency, rows in sorted(_group(referred, lambda c: c.agency).items()):
        out.append(_fig(f"referrals.agency.{agency}", f"Referrals from {agency}", rows))
    for officer, rows in sorted(_group(referred, lambda c: c.officer).items()):
        out.append(_fig(f"referrals.officer.{officer}", f"Referrals by {officer}", rows))
    for area, rows in sorted(_group([c for c in referred if c.area], lambda c: c.area).items()):
        out.append(_fig(f"referrals.area.{area}", f"Referrals from the area {area}", rows))
    known = [c for c in referred if c.in_catchment is not None]
    inside = [c for c in known if c.in_catchment]
    out.append(_fig("referrals.in_catchment_pct",
                    "Referrals in the catchment area, % of those with a known area",
                    inside, _share(len(inside), len(known))))
    out.append(_fig("referrals.declined_offer", "Offers declined",
                    [c for c in referred if not c.person_agreed or any(
                        m.to_state == S.DECLINED_OFFER.value for m in c.moves)]))
    out += _handoff(referred, handoff_target_min)
    out += _eligibility(loaded.cases, period)
    out += _intake(loaded.cases, period)
    out += _attendance(loaded, period)
    exits: dict[str, set[str]] = {}  # one pass over every move, not one per exit type
    for c in loaded.cases:
        for m in c.moves:
            if _in(period, m.at.date()):
                exits.setdefault(m.to_state, set()).add(c.id)
    for state in EXIT_STATES:
        out.append(_fig(f"exits.{state.value}", f"Exits: {state.value.replace('_', ' ')}",
                        exits.get(state.value, ())))
    decided = [s for s in loaded.summonses if _in(period, s.decided_on)]
    for status in sorted({s.status for s in decided}):
        out.append(_fig(f"summons.status.{status}",
                        f"Summonses decided in the period, now {status.replace('_', ' ')}",
                        [s.case_id for s in decided if s.status == status],
                        sum(1 for s in decided if s.status == status)))
    active = [c for c in loaded.cases if c.state_on(period.end) in ENROLLED]
    out.append(_fig("active.at_end", "Active at the end of the period (active, lost contact, "
                    "compliance review)", active))
    stays = [(period.end - c.entered_on).days for c in active if c.entered_on]
    out.append(_fig("active.median_stay_days", "Median days since entry of those active",
                    active, median(stays) if stays else None))
    return out


def totals(loaded: Loaded, period: ReportFilter) -> list[Figure]:
    """Only the figures the grant report takes from the operations (intakes, active at the
    end, completions), computed as operations() computes them, without the breakdowns."""
    completed = {c.id for c in loaded.cases for m in c.moves
                 if m.to_state == S.COMPLETED.value and _in(period, m.at.date())}
    active = [c for c in loaded.cases if c.state_on(period.end) in ENROLLED]
    return _intake(loaded.cases, period) + [
        _fig("active.at_end", "Active at the end of the period", active),
        _fig(f"exits.{S.COMPLETED.value}", "Exits: completed", completed)]


def _handoff(referred: list[CaseRow], target: int) -> list[Figure]:
    handed = [c for c in referred if c.handoff_at is not None]
    minutes = [(c.handoff_at - c.referred_at).total_seconds() / 60 for c in handed]
    return [
        _fig("handoff.median_min", "Hand-off time, median minutes", handed,
             round(median(minutes), 1) if minutes else None),
        _fig("handoff.p90_min", "Hand-off time, 90th percentile minutes (nearest rank)",
             handed, None if not minutes else round(nearest_rank(minutes, 90), 1)),
        _fig("handoff.over_target", f"Hand-offs over {target} minutes",
             [c for c, m in zip(handed, minutes) if m > target]),
    ]


def _eligibility(cases, period: ReportFilter) -> list[Figure]:
    decisions = {"eligible": [], "ineligible": []}
    reasons: dict[str, list[CaseRow]] = {}
    hours: list[float] = []
    for c in cases:
        review_from = None
        for m in c.moves:
            if m.to_state == S.ELIGIBILITY_REVIEW.value and review_from is None:
                review_from = m.at
            if (m.from_state == S.ELIGIBILITY_REVIEW.value and m.to_state in DECIDED
                    and _in(period, m.at.date())):
                decisions[DECIDED[m.to_state]].append(c)
                if m.to_state == S.INELIGIBLE.value:
                    reasons.setdefault(m.reason_code or "none recorded", []).append(c)
                if review_from is not None:
                    hours.append((m.at - review_from).total_seconds() / 3600)
                break
    decided = decisions["eligible"] + decisions["ineligible"]
    by_reason = [_fig(f"eligibility.reason.{code}", f"Ineligible because: {code}", rows)
                 for code, rows in sorted(reasons.items())]
    return by_reason + [
        _fig("eligibility.review_median_hours",
             "Eligibility review time (review to decision), median hours", decided,
             round(median(hours), 1) if hours else None),
        _fig("eligibility.decided", "Eligibility decisions in the period", decided),
        _fig("eligibility.eligible", "Found eligible", decisions["eligible"]),
        _fig("eligibility.ineligible", "Found ineligible", decisions["ineligible"]),
        _fig("eligibility.rate_pct", "Eligibility rate, % of decisions", decisions["eligible"],
             _share(len(decisions["eligible"]), len(decided))),
    ]


def _intake(cases, period: ReportFilter) -> list[Figure]:
    entered = [c for c in cases if c.entered_on and _in(period, c.entered_on)
               and c.intake_on_time is not None]
    on_time = [c for c in entered if c.intake_on_time]
    days = [(c.entered_on - c.referred_at.date()).days for c in entered]
    return [
        _fig("intake.median_days", "Days from referral to entry, median", entered,
             median(days) if days else None),
        _fig("intake.entered", "Intakes completed (entered) in the period", entered),
        _fig("intake.on_time", "Intakes within the deadline", on_time),
        _fig("intake.on_time_pct", "Intakes within the deadline, %", on_time,
             _share(len(on_time), len(entered))),
    ]


def _attendance(loaded: Loaded, period: ReportFilter) -> list[Figure]:
    shown = [a for a in loaded.appointments if _in(period, a.day) and a.attendance]
    return [_fig(f"attendance.{value}", f"Appointments {value.replace('_', ' ')}",
                 [a.case_id for a in shown if a.attendance == value],
                 sum(1 for a in shown if a.attendance == value))
            for value in sorted({a.attendance for a in shown})]
