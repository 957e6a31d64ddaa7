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

from sqlalchemy import select
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
    snapshots = session.execute(
        select(OutcomeSnapshot.case_id, Case.person_id, OutcomeSnapshot.month,
               OutcomeSnapshot.housing)
        .join(Case, Case.id == OutcomeSnapshot.case_id)
        .where(OutcomeSnapshot.voided_at.is_(None), OutcomeSnapshot.month <= period.end,
               *cases)
        .order_by(OutcomeSnapshot.case_id, OutcomeSnapshot.month)).all()
    placed, before = set(), {}
    for case_id, person_id, month, housing in snapshots:
        earlier = before.get(case_id)
        if (month >= first_month and housing in HOUSED and earlier is not None
                and earlier not in HOUSED):
            placed.add(person_id)
        before[case_id] = housing
    entered: dict[str, object] = {}
    for person_id, day in session.execute(select(Case.person_id, Case.entered_on).where(
            Case.entered_on.is_not(None), *cases)):
        entered[person_id] = min(day, entered.get(person_id, day))
    arrests = session.execute(select(JusticeEvent.person_id, JusticeEvent.event_date).where(
        JusticeEvent.voided_at.is_(None), JusticeEvent.event_type == "arrest",
        JusticeEvent.relates_to_diverted_incident.is_(False),
        JusticeEvent.event_date >= period.start, JusticeEvent.event_date <= period.end)).all()
    rearrests = [(person, day) for person, day in arrests
                 if person in entered and entered[person] <= day]
    return GrantOutcomes(len(placed), len(rearrests), len({p for p, _ in rearrests}))
