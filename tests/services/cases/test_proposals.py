"""A case manager's removal proposal is a record and a supervisor's queue item; the
supervisor approves it (the case is removed with the proposal's incident) or declines it."""

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import TransitionRefused
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


S = CaseState


def test_a_removal_proposal_waits_for_the_supervisor(program, staff, db):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    proposals = ProposalService(db, program.cases, program.clock)
    case = steps.active_case(program, staff, "wilmington-nc@1", agency="Wilmington PD")
    with pytest.raises(TransitionRefused, match="incident date"):
        proposals.propose(cm, case.id, S.REMOVED, "threat", {"description": "threat"})
    incident = {"incident_date": program.clock.now.date().isoformat(),
                "description": "threatened the case manager at the office",
                "staff_involved": "Case Manager"}
    proposal = proposals.propose(cm, case.id, S.REMOVED, "threat", incident)
    assert program.cases.get(cm, case.id).state is S.ACTIVE     # nothing moves yet

    queue = program.work_queue.for_user(sup)
    item = next(i for i in queue if i.kind == "proposal")
    assert (item.case_id, item.form) == (case.id, "proposal")
    assert "Removed" in item.detail
    with pytest.raises(Exception, match="supervisor decides"):
        proposals.approve(cm, proposal.id)

    assert proposals.approve(sup, proposal.id, "confirmed with the team") is S.REMOVED
    last = program.cases.history(sup, case.id)[-1]
    assert (last.to_state, last.role, last.details["description"]) == (
        "removed", "supervisor", "threatened the case manager at the office")
    assert proposals.open_for_case(sup, case.id) == []
    assert not [i for i in program.work_queue.for_user(sup) if i.kind == "proposal"]


def test_a_declined_proposal_needs_a_reason_and_leaves_the_case(program, staff, db):
    cm, sup = staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR]
    proposals = ProposalService(db, program.cases, program.clock)
    case = steps.active_case(program, staff, "seattle-lead@1")
    proposal = proposals.propose(cm, case.id, S.EXITED, "moved to Spokane",
                                 {"exit_type": "moved"})
    with pytest.raises(Exception, match="Say why"):
        proposals.decline(sup, proposal.id, "")
    proposals.decline(sup, proposal.id, "still in Seattle; saw him today")
    assert program.cases.get(sup, case.id).state is S.ACTIVE
