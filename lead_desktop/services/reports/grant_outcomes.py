"""The grant report's outcome measures (outcomes.md §6) read from the monthly snapshots and
the justice events, program-wide for the period:

- housing placements: people whose monthly snapshot of a month in the period shows
  temporary or permanent housing when their snapshot before it (of the same case) showed
  anything else (unsheltered, shelter, an institution, unknown). A first snapshot is the
  baseline at entry, never a placement; a person placed twice in the period counts once.
- rearrests: arrests dated in the period of people who had entered the program on or
  before that day (entry = day 0, as the evaluation counts "after entry"); an arrest
  marked as the diverted incident is not a rearrest. Counted as arrests, and as people.
Voided snapshots, events and cases count for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from lead_desktop.models import Case, JusticeEvent, OutcomeSnapshot

from .figures import ReportFilter

HOUSED = ("temporary", "permanent")


@dataclass(frozen=True)
class GrantOutcomes:
    housing_placements: int
    rearrests: int
    people_rearrested: int


def load_outcomes(session: Session, period: ReportFilter) -> GrantOutcomes:
    cases = [Case.voided_at.is_(None)]
    if period.referral_type:
        cases.append(Case.referral_type == period.referral_type)
    first_month = period.start.replace(day=1)
    # each housed snapshot of the period beside the live snapshot before it, found through
    # the (case, month) index: a county has a million snapshots, a period's placements a few
    s, before = OutcomeSnapshot, aliased(OutcomeSnapshot)
    earlier = (select(before.housing).where(before.case_id == s.case_id,
                                            before.month < s.month, before.voided_at.is_(None))
               .order_by(before.month.desc()).limit(1).correlate(s).scalar_subquery())
    placed = set(session.scalars(select(Case.person_id).join(s, s.case_id == Case.id).where(
        *cases, s.voided_at.is_(None), s.month >= first_month, s.month <= period.end,
        s.housing.in_(HOUSED),
        # none before: the baseline at entry, never a placement (as a housed one before)
        func.coalesce(earlier, HOUSED[0]).not_in(HOUSED))))
    in_period = (JusticeEvent.voided_at.is_(None), JusticeEvent.event_type == "arrest",
                 JusticeEvent.relates_to_diverted_incident.is_(False),
                 JusticeEvent.event_date >= period.start, JusticeEvent.event_date <= period.end)
    arrests = session.execute(select(JusticeEvent.person_id, JusticeEvent.event_date)
                              .where(*in_period)).all()
    entered: dict[str, object] = {}   # the entries of the people arrested in the period only
    for person_id, day in session.execute(select(Case.person_id, Case.entered_on).where(
            Case.entered_on.is_not(None), *cases,
            Case.person_id.in_(select(JusticeEvent.person_id).where(*in_period)))):
        entered[person_id] = min(day, entered.get(person_id, day))
    rearrests = [(person, day) for person, day in arrests
                 if person in entered and entered[person] <= day]
    return GrantOutcomes(len(placed), len(rearrests), len({p for p, _ in rearrests}))
