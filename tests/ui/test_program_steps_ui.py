"""Issue 12's program steps through their widgets: the hand-off and the caseload override,
a case manager's removal proposal and the supervisor's approval, the DA's filing decision,
the capacity warning and a detox walk-out."""

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from lead_desktop.models import ProviderReferral
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.compliance_decision import ComplianceDecision
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.forms.step_dialog import StepDialog
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R, S = Role, CaseState


def window(qtbot, program, db, actor, person_id, cases=None):
    cases = cases or program.cases
    services = CaseServices(program.people, cases, program.notes,
                            work_queue=program.work_queue,
                            proposals=ProposalService(db, cases, program.clock))
    w = PersonWindow(services, actor, person_id)
    qtbot.waitUntil(lambda: w.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(w)
    return w


def test_a_supervisor_assigns_past_the_caseload_maximum_with_a_reason(qtbot, program, staff,
                                                                     db):
    officer, cm, sup = staff[R.OFFICER], staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    seattle = program.cases.profiles["seattle-lead@1"]
    cases = CaseService(db, {seattle.key: replace(seattle, caseload_max=1)}, now=program.clock)
    first, second = (steps.arrest_referral(program, officer, steps.person(
        program, officer, last, "Sam").id, seattle.key) for last in ("Ames", "Berg"))
    w = window(qtbot, program, db, cm, first.person_id, cases)
    w.assign.click()                                   # the case manager met Ames
    assert cases.get(cm, first.id).case_manager_id == cm.user_id

    w = window(qtbot, program, db, sup, second.person_id, cases)
    asked = []
    w.assign.assign_to(cm.user_id, ask_reason=lambda why: asked.append(why) or ("", False))
    assert "1 open cases; the maximum is 1" in asked[0]
    assert cases.get(sup, second.id).case_manager_id is None       # no reason, no change
    w.assign.assign_to(cm.user_id, ask_reason=lambda why: ("the only Spanish speaker", True))
    assert cases.get(sup, second.id).case_manager_id == cm.user_id


def test_a_removal_proposed_by_the_case_manager_and_approved(qtbot, program, staff, db):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    case = steps.active_case(program, staff, "wilmington-nc@1", agency="Wilmington PD")
    w = window(qtbot, program, db, cm, case.person_id)
    w.proposals.step.setCurrentIndex(w.proposals.step.findData(S.REMOVED.value))
    dialog = StepDialog(S.ACTIVE, S.REMOVED)
    qtbot.addWidget(dialog)
    dialog.description.setText("threatened me with a bottle at the drop-in")
    dialog.staff.setText("J. Case Manager")
    dialog.reason.setText("threat")
    assert w.proposals.propose(details_dialog=dialog), w.proposals.message.text()
    assert "proposes: Removed" in w.proposals.shown.text()

    w = window(qtbot, program, db, sup, case.person_id)
    assert "proposes: Removed (threat)" in w.proposals.shown.text()
    w.proposals.approve_button.click()
    assert w.proposals.message.text() == "Approved."
    assert program.cases.get(sup, case.id).state is S.REMOVED
    assert w.history_model.row(w.history_model.rowCount() - 1).to_state == "removed"


def test_the_da_files_from_the_queue_dialog(qtbot, program, staff, db):
    cm, da = staff[R.CASE_MANAGER], staff[R.PROSECUTOR_REVIEWER]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1",
                             origin_area="City of Worcester")
    program.cases.transition(cm, case.id, S.COMPLIANCE_REVIEW, reason_code="withdrawal",
                             reason_text="says he is done with the program")
    item = next(i for i in program.work_queue.for_user(da) if i.kind == "compliance_decision")
    dialog = ComplianceDecision(program.cases, program.people, da, item.case_id, item.person_id)
    qtbot.addWidget(dialog)
    offered = [dialog.step.itemText(i) for i in range(dialog.step.count())]
    assert "file charges (summons)" in offered
    dialog.step.setCurrentIndex(offered.index("file charges (summons)"))
    dialog.reason.setText("withdrew")
    assert dialog.decide(), dialog.message.text()
    assert program.cases.get(da, case.id).state is S.REFERRED_FOR_CHARGES


def test_a_zero_vacancy_warning_and_a_detox_walk_out(qtbot, program, staff, db):
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    today = program.clock.now.date()
    detox = program.providers.add(cm, "Highland Detox", levels_of_care=("detox",),
                                  provider_type="treatment provider")
    program.providers.update_capacity(cm, detox, "detox", total_slots=12, funded_slots=12,
                                      vacancies=0, waitlist_length=9, as_of=today)
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert "no vacancies" in page.capacity_warning.text() and "9 waiting" in \
        page.capacity_warning.text()
    program.clock.advance(days=20)   # a reading of 20 days ago is stale
    program.providers.update_capacity(cm, detox, "detox", total_slots=12, funded_slots=12,
                                      vacancies=2, as_of=today)
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert "is 20 days old" in page.capacity_warning.text()

    assert page.draft()
    for status, detail in (("sent", "secure fax"), ("accepted", "intake desk"),
                           ("admitted", "")):
        page.next_status.setCurrentIndex(page.next_status.findData(status))
        page.detail.setText(detail)
        assert page.advance(), page.message.text()
    page.next_status.setCurrentIndex(page.next_status.findData("discharged"))
    page.outcome_reason.setCurrentIndex(page.outcome_reason.findData("left_against_advice"))
    assert page.advance(), page.message.text()
    with db.read() as session:
        referral = session.scalars(select(ProviderReferral)).one()
        assert (referral.status, referral.outcome_reason) == ("discharged",
                                                              "left_against_advice")


def test_awaiting_treatment_on_the_providers_waitlist(qtbot, program, staff, db):
    """Charleston: the provider has no bed; the referral waits on its waitlist (position and
    expected date recorded), the queue flags a long wait, then the bed comes."""
    cm = staff[R.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    residential = program.providers.add(cm, "Prestera Center", levels_of_care=("residential",),
                                        provider_type="treatment provider")
    program.providers.update_capacity(cm, residential, "residential", total_slots=16,
                                      funded_slots=16, vacancies=0, waitlist_length=140,
                                      as_of=program.clock.now.date())
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    assert "140 waiting" in page.capacity_warning.text()
    assert page.draft()
    page.next_status.setCurrentIndex(page.next_status.findData("sent"))
    page.detail.setText("secure fax")
    assert page.advance(), page.message.text()
    page.next_status.setCurrentIndex(page.next_status.findData("waitlisted"))
    page.waitlist_position.setValue(37)
    page.expected_date.setDate(program.clock.now.date() + timedelta(days=45))
    assert page.advance(), page.message.text()
    with db.read() as session:
        waiting = session.scalars(select(ProviderReferral)).one()
        assert (waiting.status, waiting.waitlist_position) == ("waitlisted", 37)
        assert waiting.expected_date == program.clock.now.date() + timedelta(days=45)

    program.clock.advance(days=15)
    assert any(i.kind == "provider_waitlisted" for i in program.work_queue.for_user(cm))
    page.refresh()
    for status in ("accepted", "admitted"):
        page.next_status.setCurrentIndex(page.next_status.findData(status))
        assert page.advance(), page.message.text()
    assert program.provider_referrals.list_referrals(cm, case.id)[0].status == "admitted"


def test_a_worcester_buyer_exited_for_lost_contact_reaches_the_da(qtbot, program, staff, db):
    sup, da = staff[R.SUPERVISOR], staff[R.PROSECUTOR_REVIEWER]
    case = steps.active_case(program, staff, "worcester-buyer-diversion@1",
                             origin_area="City of Worcester")
    program.cases.transition(sup, case.id, S.EXITED, reason_text="not seen in 6 weeks",
                             details={"exit_type": "lost_contact"})
    item = next(i for i in program.work_queue.for_user(da) if i.kind == "compliance_decision")
    assert "exited (Lost contact): decide whether to file" in item.detail
    dialog = ComplianceDecision(program.cases, program.people, da, item.case_id, item.person_id)
    qtbot.addWidget(dialog)
    dialog.step.setCurrentIndex(dialog.step.findData(S.REFERRED_FOR_CHARGES.value))
    assert dialog.decide(), dialog.message.text()
    assert program.cases.get(da, case.id).state is S.REFERRED_FOR_CHARGES
    assert not [i for i in program.work_queue.for_user(da) if i.kind == "compliance_decision"]
