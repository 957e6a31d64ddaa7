"""Wilmington NC, as stories: missed appointments disqualify; a threat removes at once."""

import pytest
from sqlalchemy import select

from lead_desktop.models import ExitRecord
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import TransitionRefused
from tests.support import steps

WILMINGTON = "wilmington-nc@1"
S = CaseState


def active_participant(program, staff):
    return steps.active_case(program, staff, WILMINGTON, "Nguyễn", "Thị Minh",
                             agency="Wilmington PD")


def test_two_missed_appointments_disqualify(program, staff, db):
    cm, sup, da = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR], staff[Role.PROSECUTOR_REVIEWER]
    case = active_participant(program, staff)
    first = program.provider_referrals.schedule(cm, case.id, steps.at(program, 1), "provider")
    second = program.provider_referrals.schedule(cm, case.id, steps.at(program, 2), "provider")
    third = program.provider_referrals.schedule(cm, case.id, steps.at(program, 3), "provider")
    program.clock.advance(days=4)
    program.provider_referrals.record_attendance(cm, first, "missed", "provider_report")
    # An excused absence needs its reason, and does not count.
    with pytest.raises(Exception, match="excuse_reason"):
        program.provider_referrals.record_attendance(cm, second, "excused", "participant")
    program.provider_referrals.record_attendance(cm, second, "excused", "participant",
                                                 excuse_reason="in hospital (discharge papers)")
    assert run_timers(program.cases) == []
    program.provider_referrals.record_attendance(cm, third, "missed", "provider_report")
    assert [m.to_state for m in run_timers(program.cases)] == [S.COMPLIANCE_REVIEW]

    with pytest.raises(TransitionRefused, match="may not"):
        program.cases.transition(cm, case.id, S.DISQUALIFIED, reason_text="2 misses")
    program.cases.transition(sup, case.id, S.DISQUALIFIED, reason_text="2 unexcused misses")
    # Filing is a separate DA decision.
    program.cases.transition(da, case.id, S.REFERRED_FOR_CHARGES, reason_text="file")
    with db.read() as session:
        exits = session.scalars(select(ExitRecord)).all()
    assert [(e.exit_type, e.charges_outcome) for e in exits] == [
        ("disqualified", "referred_for_charges")]


def test_a_threat_against_the_case_manager_removes_at_once(program, staff):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    case = active_participant(program, staff)
    incident = {"incident_date": program.clock.now.date().isoformat(),
                "description": "threatened the case manager with a knife at the office",
                "staff_involved": "Case Manager"}
    with pytest.raises(TransitionRefused, match="case manager proposes"):
        program.cases.transition(cm, case.id, S.REMOVED, details=incident)
    program.cases.transition(sup, case.id, S.REMOVED, details=incident, reason_text="threat")
    assert program.cases.get(sup, case.id).state is S.REMOVED
    # No further compliance steps, no timers: the case is closed.
    assert run_timers(program.cases) == []
