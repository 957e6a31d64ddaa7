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
from sqlalchemy.orm import Session

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
    live = (OutcomeSnapshot.voided_at.is_(None),)
    # only the cases with a housed snapshot in the period, each snapshot beside the one
    # before it (LAG): a county has a million snapshots, a period's placements a few
    housed = select(OutcomeSnapshot.case_id).where(
        *live, OutcomeSnapshot.month >= first_month, OutcomeSnapshot.month <= period.end,
        OutcomeSnapshot.housing.in_(HOUSED))
    previous = func.lag(OutcomeSnapshot.housing).over(
        partition_by=OutcomeSnapshot.case_id, order_by=OutcomeSnapshot.month)
    paired = (select(OutcomeSnapshot.case_id, OutcomeSnapshot.month,
                     OutcomeSnapshot.housing, previous.label("before"))
              .where(*live, OutcomeSnapshot.month <= period.end,
                     OutcomeSnapshot.case_id.in_(housed)).subquery())
    placed = set(session.scalars(
        select(Case.person_id).join(paired, paired.c.case_id == Case.id).where(
            *cases, paired.c.month >= first_month, paired.c.housing.in_(HOUSED),
            paired.c.before.is_not(None), paired.c.before.not_in(HOUSED))))
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
