"""Steps taken from a screen carry the version the screen shows: a provider referral step,
a case step, a plan goal's status and the eligibility history check, made on a record
someone changed meanwhile, are refused (nothing written) and the screen shows what is
stored; what the form does not show is kept."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from lead_desktop.security.roles import Role
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps

R = Role


@pytest.fixture
def case(program, staff):
    program.clock.now = datetime.now(timezone.utc)  # the forms date things "today"
    return steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")


def test_the_provider_follow_up_steps_the_version_it_shows(qtbot, program, staff, case, db):
    from lead_desktop.models import ProviderReferral
    from lead_desktop.services.providers.referral_service import StepInput
    from lead_desktop.ui.forms.provider_followup import ProviderFollowUp

    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    clinic = program.providers.add(cm, "Spectrum", levels_of_care=("detox",),
                                   provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, case.id, clinic, "detox")
    program.provider_referrals.step(cm, referral, "sent", StepInput(method="fax"))
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    shown = page.model.row(0)
    assert shown.status == "sent"
    # another desk records the provider's answer after this page was shown
    program.provider_referrals.step(sup, referral, "waitlisted",
                                    StepInput(waitlist_position=4),
                                    expected_version=shown.row_version)
    page.next_status.setCurrentIndex(page.next_status.findData("accepted"))
    page.detail.setText("intake nurse")
    assert not page.advance()
    assert "Someone else saved" in page.message.text()
    with db.read() as session:
        stored = session.get(ProviderReferral, referral)
    assert (stored.status, stored.waitlist_position, stored.provider_contact) == (
        "waitlisted", 4, None)
    # refreshed: now it steps from waitlisted
    page.next_status.setCurrentIndex(page.next_status.findData("accepted"))
    assert page.model.row(0).status == "waitlisted"
    page.detail.setText("intake nurse")
    assert page.advance(), page.message.text()


def test_a_case_step_from_a_window_showing_an_old_version_is_refused(
        qtbot, program, staff, case, db):
    from lead_desktop.services.program.vocabulary import CaseState
    from lead_desktop.ui.forms.step_dialog import needs_details

    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes), cm,
                          case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    shown = window.case
    offered = [CaseState(window.step.itemData(i)) for i in range(window.step.count())]
    simple = [i for i, state in enumerate(offered) if not needs_details(state, shown.state)]
    assert simple
    # another desk changes the case after the window showed it
    program.intake.participation_agreement_signed(sup, case.id, program.clock.now)
    window.step.setCurrentIndex(simple[0])
    window.reason.setText("moved on a stale screen")
    window.take_step()
    assert "Someone else saved" in window.action_message.text()
    assert program.cases.get(cm, case.id).state == shown.state       # not moved
    assert window.case.row_version == shown.row_version + 1         # now shows what is stored


def test_the_eligibility_form_opens_with_the_recorded_history_check(qtbot, program, staff, db):
    from lead_desktop.models import EligibilityReview
    from lead_desktop.services.cases.eligibility_service import HistoryCheck
    from lead_desktop.ui.forms.eligibility_form import EligibilityForm

    da = staff[R.PROSECUTOR_REVIEWER]
    program.clock.now = datetime.now(timezone.utc) + timedelta(minutes=1)  # the form: now
    person, case = steps.case_in_review(program, staff, "worcester-buyer-diversion@1",
                                        "Ødegård", "Zoë")
    recorded = HistoryCheck("A. Clerk", program.clock.now, "courts", "no_disqualifying_history",
                            note="two dismissed counts", prior_convictions=1)
    program.eligibility.record_history_check(da, case.id, recorded)
    form = EligibilityForm(program.eligibility, program.people, da, case.id, person.id)
    qtbot.addWidget(form)
    assert (form.checked_by.text(), form.source.currentText(), form.result.currentText()) == (
        "A. Clerk", "Court records", "No disqualifying history")   # in words
    assert (form.source.currentData(), form.result.currentData()) == (
        "courts", "no_disqualifying_history")
    form.checked_by.setText("A. Clerk (again)")
    form.record_check()
    assert form.message.text() == "Check recorded."
    with db.read() as session:
        review = session.scalars(select(EligibilityReview)).one()
    assert (review.history_checked_by, review.history_note, review.prior_convictions) == (
        "A. Clerk (again)", "two dismissed counts", 1)  # what the form does not show stays
    # a check recorded meanwhile elsewhere is not replaced unseen
    program.eligibility.record_history_check(da, case.id, HistoryCheck(
        "B. Other", program.clock.now, "iii", "incomplete"), seen=form.stored_check)
    form.result.setCurrentIndex(form.result.findData("disqualifying_history"))
    form.record_check()
    assert "Someone else saved" in form.message.text()
    assert program.eligibility.history_check(da, case.id).checked_by == "B. Other"


def test_the_plan_shows_each_goal_with_its_version_and_refuses_a_stale_status(
        qtbot, program, staff, case, db):
    from PySide6.QtCore import QItemSelectionModel as Select

    from lead_desktop.models import PlanGoal
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.ui.forms.plan_outcomes import PlanAndOutcomes

    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    goal = program.intake.add_goal(cm, case.id, "A place of my own", domain="housing")
    page = PlanAndOutcomes(program.intake, OutcomeService(db, program.clock), cm, case.id)
    qtbot.addWidget(page)
    shown = page.model.row(0)
    assert (shown.id, shown.goal_text, shown.status) == (goal, "A place of my own", "open")
    page.table.selectionModel().select(
        page.model.index(0, 0), Select.SelectionFlag.ClearAndSelect | Select.SelectionFlag.Rows)
    program.intake.set_goal_status(sup, goal, "progressing", shown.row_version)  # another desk
    page.status.setCurrentIndex(page.status.findData("dropped"))
    assert not page.set_status()
    assert "Someone else saved" in page.message.text()
    assert page.model.row(0).status == "progressing"           # now shows what is stored
    with db.read() as session:
        assert session.get(PlanGoal, goal).status == "progressing"


def test_an_eligibility_answer_given_meanwhile_on_another_desk_is_not_replaced_unseen(
        qtbot, program, staff):
    from PySide6.QtWidgets import QRadioButton

    from lead_desktop.ui.forms.eligibility_form import EligibilityForm

    da = staff[R.PROSECUTOR_REVIEWER]
    person, case = steps.case_in_review(program, staff, "worcester-buyer-diversion@1",
                                        "Ødegård", "Zoë")
    form = EligibilityForm(program.eligibility, program.people, da, case.id, person.id)
    qtbot.addWidget(form)
    assert form.rows["violent_lookback_years"].text() == "? unknown"
    program.eligibility.answer(da, case.id, "violent_lookback_years", True, seen=None)  # desk 2
    form.findChild(QRadioButton, "violent_lookback_years_no").setChecked(True)
    assert "Someone else saved" in form.message.text()
    assert form.rows["violent_lookback_years"].text() == "✘ FAIL"      # as stored now
    items = {i.key: i for i in program.eligibility.checklist(da, case.id).items}
    assert items["violent_lookback_years"].result.value == "fail"
    yes, no = form.answers["violent_lookback_years"].buttons()  # the rows as shown now
    assert yes.isChecked() and not no.isChecked()
    no.setChecked(True)                                         # now seen: replaced knowingly
    items = {i.key: i for i in program.eligibility.checklist(da, case.id).items}
    assert items["violent_lookback_years"].result.value == "pass"


def test_a_summons_moved_meanwhile_on_another_desk_is_not_moved_again_unseen(
        qtbot, program, staff, db):
    from PySide6.QtCore import QItemSelectionModel as Select

    from lead_desktop.models import Summons
    from lead_desktop.services.cases.summons_service import SummonsService
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
    from tests.ui.test_print_queue import filed_case

    clerk = staff[R.CLERK]
    filed_case(program, staff, "Okafor")
    summonses = SummonsService(db, program.clock)
    page = PrintQueuePage(summonses, DocumentService(db, program.clock), clerk,
                          print_pdf=lambda pdf, title: True, print_batch=lambda pdfs, title: True)
    qtbot.addWidget(page)
    page.table.selectionModel().select(
        page.model.index(0, 0), Select.SelectionFlag.ClearAndSelect | Select.SelectionFlag.Rows)
    page._offer_next()
    shown = page.selected()
    assert shown.status == "drafted"
    summonses.move(clerk, shown.id, "printed", from_status="drafted")   # the other desk
    page.next_status.setCurrentIndex(page.next_status.findData("withdrawn"))
    page.reason.setText("duplicate")
    assert not page.record_status()
    assert "Someone else saved" in page.message.text()
    assert page.model.row(0).status == "printed"                       # as stored now
    with db.read() as session:
        assert session.get(Summons, shown.id).status == "printed"
