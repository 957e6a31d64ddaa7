"""Monthly snapshots, justice events, and the clerk's summons status steps."""

from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import Summons
from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import JusticeEventInput, OutcomeService
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.records import ValidationFailed
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role


@pytest.fixture
def case(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    return steps.arrest_referral(program, staff[R.OFFICER], person.id, "seattle-lead@1")


def test_one_snapshot_per_month(program, staff, case):
    outcomes = OutcomeService(program.cases.db, program.clock)
    cm = staff[R.CASE_MANAGER]
    outcomes.record_snapshot(cm, case.id, date(2026, 2, 1), "emergency_shelter", "none",
                             ("SNAP", "Medicaid"))
    with pytest.raises(InvalidInput, match="2026-02 is already recorded"):
        outcomes.record_snapshot(cm, case.id, date(2026, 2, 17), "permanent", "none", ("none",))
    with pytest.raises(ValidationFailed) as caught:
        outcomes.record_snapshot(cm, case.id, date(2026, 1, 1), "castle", "none", ())
    assert {"housing", "income_benefits"} <= set(caught.value.problems)
    with pytest.raises(PermissionDenied):
        outcomes.record_snapshot(staff[R.CLERK], case.id, date(2026, 1, 1), "unknown",
                                 "unknown", ("unknown",))


def test_justice_events(program, staff, case):
    outcomes = OutcomeService(program.cases.db, program.clock)
    event = JusticeEventInput(case.person_id, "booking", date(2026, 2, 1),
                              release_date=date(2026, 2, 4), level="misdemeanor")
    assert outcomes.record_justice_event(staff[R.CASE_MANAGER], event)
    with pytest.raises(ValidationFailed):
        outcomes.record_justice_event(staff[R.CASE_MANAGER], JusticeEventInput(
            case.person_id, "booking", date(2026, 2, 5), release_date=date(2026, 2, 1)))


def test_summons_steps(program, staff, case, db):
    sup, da, clerk = staff[R.SUPERVISOR], staff[R.PROSECUTOR_REVIEWER], staff[R.CLERK]
    incident = {"incident_date": "2026-03-01", "description": "threat", "staff_involved": "CM"}
    # Seattle files nothing after a removal; Wilmington does.
    person = steps.person(program, staff[R.OFFICER], "Okafor", "Chris")
    wil = steps.arrest_referral(program, staff[R.OFFICER], person.id, "wilmington-nc@1",
                                quantity=5, quantity_unit="dosage_units",
                                origin_area="Wilmington Police Department")
    program.cases.transition(sup, wil.id, CaseState.REMOVED, details=incident, reason_text="x")
    program.cases.transition(da, wil.id, CaseState.REFERRED_FOR_CHARGES, reason_text="file")
    with db.read() as session:
        summons_id = session.scalar(select(Summons.id))
    summonses = SummonsService(db, program.clock)
    with pytest.raises(InvalidInput, match="cannot move to Served"):
        summonses.move(clerk, summons_id, "served")
    summonses.move(clerk, summons_id, "printed")
    with pytest.raises(InvalidInput, match="reprint"):
        summonses.move(clerk, summons_id, "printed")
    summonses.move(clerk, summons_id, "printed", reason="paper jam")
    summonses.move(clerk, summons_id, "filed", complaint_number="2662CR000118")
    summonses.move(clerk, summons_id, "issued")
    with pytest.raises(InvalidInput, match="who served"):
        summonses.move(clerk, summons_id, "served")
    summonses.move(clerk, summons_id, "served", served_by="Officer Reyes", service_method="in hand")
    with db.read() as session:
        summons = session.get(Summons, summons_id)
    assert [h["status"] for h in summons.status_history] == [
        "drafted", "printed", "printed", "filed", "issued", "served"]
    with pytest.raises(PermissionDenied):
        summonses.move(staff[R.CASE_MANAGER], summons_id, "withdrawn", reason="x")
