"""Provider capacity and waits (outcomes.md §4): vacancies by provider and level with their
"as of" date (stale after 7 days), days from referral sent to admission, decline reasons and
the current waitlist. Treatment shortages are what this report documents for funders.

Loaded for the cases the filters choose (case manager, referral type): a provider's
capacity readings are the program's, shown whatever the case filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_desktop.models import (
    Case,
    Provider,
    ProviderCapacity,
    ProviderReferral,
    ProviderReferralEvent,
)

from .figures import Figure, ReportFilter
from .progress import Progress

STALE_AFTER_DAYS = 7  # outcomes.md §4
STEPS = 4


@dataclass(frozen=True)
class Reading:
    provider: str
    level: str
    vacancies: int
    waitlist_length: int | None
    as_of: date


@dataclass(frozen=True)
class ReferralRow:
    case_id: str
    provider: str
    status: str
    sent_at: datetime | None
    admitted_at: datetime | None
    reason: str | None
    declined_on: date | None


@dataclass(frozen=True)
class ProviderRows:
    readings: tuple[Reading, ...]
    referrals: tuple[ReferralRow, ...]


def load_providers(session: Session, filters: ReportFilter,
                   progress: Progress | None = None) -> ProviderRows:
    progress = progress or Progress()
    after_end = datetime.combine(filters.end + timedelta(days=1), time.min, timezone.utc)
    progress.step(0, STEPS, "providers")
    names = dict(session.execute(select(Provider.id, Provider.name)
                                 .where(Provider.voided_at.is_(None))).all())
    latest = (select(ProviderCapacity.provider_id, ProviderCapacity.level,
                     func.max(ProviderCapacity.id).label("id"))
              .where(ProviderCapacity.as_of <= filters.end)
              .group_by(ProviderCapacity.provider_id, ProviderCapacity.level)).subquery()
    progress.step(1, STEPS, "capacity")
    # the reading entered last (highest id) per provider and level, as of the period's end
    readings = []
    for r in session.execute(select(ProviderCapacity).join(
            latest, ProviderCapacity.id == latest.c.id)).scalars():
        if r.provider_id in names:
            readings.append(Reading(names[r.provider_id], r.level, r.vacancies,
                                    r.waitlist_length, r.as_of))
    cases = [Case.voided_at.is_(None)]
    if filters.case_manager_id:
        cases.append(Case.case_manager_id == filters.case_manager_id)
    if filters.referral_type:
        cases.append(Case.referral_type == filters.referral_type)
    progress.step(2, STEPS, "provider referrals")
    declined = dict(session.execute(
        select(ProviderReferralEvent.provider_referral_id, func.max(ProviderReferralEvent.at))
        .where(ProviderReferralEvent.status == "declined")
        .group_by(ProviderReferralEvent.provider_referral_id)).all())
    referrals = tuple(
        ReferralRow(r.case_id, names.get(r.provider_id, r.provider_id), r.status, r.sent_at,
                    r.admitted_at, r.outcome_reason,
                    declined[r.id].date() if r.id in declined else None)
        for r in session.execute(select(
            ProviderReferral.id, ProviderReferral.case_id, ProviderReferral.provider_id,
            ProviderReferral.status, ProviderReferral.sent_at, ProviderReferral.admitted_at,
            ProviderReferral.outcome_reason).where(
            ProviderReferral.voided_at.is_(None), ProviderReferral.sent_at < after_end,
            ProviderReferral.case_id.in_(select(Case.id).where(*cases)))))
    return ProviderRows(tuple(readings), referrals)


def count_admissions(session: Session, filters: ReportFilter) -> int:
    """Provider referrals admitted in the period, of the cases the filters choose (the
    grant report's treatment admissions): counted by the database, not read row by row."""
    start = datetime.combine(filters.start, time.min, timezone.utc)
    after_end = datetime.combine(filters.end + timedelta(days=1), time.min, timezone.utc)
    cases = [Case.voided_at.is_(None)]
    if filters.case_manager_id:
        cases.append(Case.case_manager_id == filters.case_manager_id)
    if filters.referral_type:
        cases.append(Case.referral_type == filters.referral_type)
    return session.scalar(select(func.count()).select_from(ProviderReferral).where(
        ProviderReferral.voided_at.is_(None), ProviderReferral.sent_at < after_end,
        ProviderReferral.admitted_at >= start, ProviderReferral.admitted_at < after_end,
        ProviderReferral.case_id.in_(select(Case.id).where(*cases)))) or 0


def _fig(key: str, label: str, value, ids=()) -> Figure:
    return Figure("providers", key, label, value, tuple(sorted(set(ids))))


def providers(rows: ProviderRows, period: ReportFilter) -> list[Figure]:
    out = []
    for r in sorted(rows.readings, key=lambda r: (r.provider, r.level)):
        age = (period.end - r.as_of).days
        stale = f", stale ({age} days old)" if age > STALE_AFTER_DAYS else ""
        waiting = "" if r.waitlist_length is None else f", {r.waitlist_length} waiting"
        out.append(_fig(f"providers.vacancies.{r.provider}.{r.level}",
                        f"Vacancies at {r.provider}, {r.level.replace('_', ' ')}, as of "
                        f"{r.as_of.isoformat()}{waiting}{stale}", r.vacancies))
    admitted = [r for r in rows.referrals if r.admitted_at is not None and r.sent_at is not None
                and period.start <= r.admitted_at.date() <= period.end]
    out += _days_to_admission("providers.days_to_admission",
                              "Days from referral sent to admission, median (admitted in the "
                              "period)", admitted)
    by_provider: dict[str, list[ReferralRow]] = {}
    for r in admitted:
        by_provider.setdefault(r.provider, []).append(r)
    for name, group in sorted(by_provider.items()):
        out += _days_to_admission(f"providers.days_to_admission.{name}",
                                  f"Days from referral sent to admission, median, {name}",
                                  group)
    declined = [r for r in rows.referrals if r.declined_on is not None
                and period.start <= r.declined_on <= period.end]
    out.append(_fig("providers.declined", "Referrals declined by the provider in the period",
                    len(declined), [r.case_id for r in declined]))
    reasons: dict[str, list[ReferralRow]] = {}
    for r in declined:
        reasons.setdefault(r.reason or "none recorded", []).append(r)
    for reason, group in sorted(reasons.items()):
        out.append(_fig(f"providers.declined.{reason}",
                        f"Declined because: {reason.replace('_', ' ')}", len(group),
                        [r.case_id for r in group]))
    waiting = [r for r in rows.referrals if r.status == "waitlisted"]
    out.append(_fig("providers.waitlisted", "On a provider's waitlist now", len(waiting),
                    [r.case_id for r in waiting]))
    for name in sorted({r.provider for r in waiting}):
        group = [r.case_id for r in waiting if r.provider == name]
        out.append(_fig(f"providers.waitlisted.{name}", f"On the waitlist of {name} now",
                        len(group), group))
    return out


def _days_to_admission(key: str, label: str, rows: list[ReferralRow]) -> list[Figure]:
    days = [(r.admitted_at - r.sent_at).days for r in rows]
    return [_fig(key, label, median(days) if days else None, [r.case_id for r in rows])]
