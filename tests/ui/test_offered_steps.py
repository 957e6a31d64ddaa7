"""Screens offer only what this user may do now under this program: Charleston sends no
referral to the DA, so "eligibility review" is not offered; the propose list follows the
state, in words; a clerk is not offered the prosecutor's summary; a refused completion
names the criterion that is not met."""

import pytest

from lead_desktop.errors import LeadError
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.documents_tab import DocumentsTab
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps


def _window(qtbot, program, actor, person_id, **services):
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes,
                                       **services), actor, person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    return window


def test_charleston_does_not_offer_the_da_review_it_never_makes(qtbot, program, staff):
    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    person = steps.person(program, officer, "Hart", "Lee")
    case = steps.arrest_referral(program, officer, person.id, "charleston-wv@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    window = _window(qtbot, program, cm, person.id)
    offered = [window.step.itemData(i) for i in range(window.step.count())]
    assert "eligibility_review" not in offered and "intake_pending" in offered


def test_the_propose_list_follows_the_state_in_words(qtbot, db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "worcester-buyer-diversion@1")
    window = _window(qtbot, program, cm, case.person_id,
                     proposals=ProposalService(db, program.cases, program.clock))
    box = window.proposals
    offered = {box.step.itemData(i): box.step.itemText(i) for i in range(box.step.count())}
    assert "completed" not in offered  # not a step from Waiting for intake
    assert offered and all("_" not in text for text in offered.values())


def test_a_clerk_is_not_offered_the_prosecutor_summary(qtbot, db, program, staff):
    clerk = staff[Role.CLERK]
    case = steps.active_case(program, staff, "seattle-lead@1")
    tab = DocumentsTab(DocumentService(db, program.clock), clerk, [], [],
                       summary_case_id=case.id)
    qtbot.addWidget(tab)
    assert tab.choice.findText("Case summary for the prosecutor") < 0


def test_a_refused_completion_names_the_unmet_criterion(program, staff):
    sup = staff[Role.SUPERVISOR]
    case = steps.active_case(program, staff, "seattle-lead@1")
    with pytest.raises(LeadError, match="every plan goal met or dropped"):
        program.cases.transition(sup, case.id, CaseState.COMPLETED, reason_text="done")
