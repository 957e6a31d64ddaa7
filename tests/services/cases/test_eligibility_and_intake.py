"""The eligibility review service and the intake service, on the real database."""

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import ChecklistRow, EligibilityReview
from lead_desktop.security.roles import Role
from lead_desktop.services.care.intake_service import IntakeInput
from lead_desktop.services.cases.eligibility_service import HistoryCheck
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.records import StaleRecord, ValidationFailed
from tests.support import steps

R, S = Role, CaseState


pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


@pytest.fixture
def in_review(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    case = steps.arrest_referral(program, staff[R.OFFICER], person.id, "wilmington-nc@1",
                                 quantity=60, quantity_unit="dosage_units",
                                 origin_area="Wilmington Police Department")
    program.cases.record_handoff(staff[R.CASE_MANAGER], case.id, staff[R.CASE_MANAGER].user_id)
    program.cases.transition(staff[R.CASE_MANAGER], case.id, S.ELIGIBILITY_REVIEW)
    return case


def test_history_check_is_a_record_not_the_history(program, staff, in_review, db):
    da = staff[R.PROSECUTOR_REVIEWER]
    with pytest.raises(ValidationFailed) as caught:
        program.eligibility.record_history_check(da, in_review.id, HistoryCheck(
            "", program.clock.now, "google", "fine"))
    assert {"checked_by", "source", "result"} <= set(caught.value.problems)
    program.eligibility.record_history_check(da, in_review.id, HistoryCheck(
        "ADA Patel", program.clock.now - timedelta(hours=1), "state_repository",
        "no_disqualifying_history", prior_convictions=1))
    with db.read() as session:
        review = session.scalars(select(EligibilityReview)).one()
        rows = session.scalars(select(ChecklistRow).order_by(ChecklistRow.position)).all()
    assert review.history_result == "no_disqualifying_history"
    assert {r.key: r.result for r in rows}["max_dosage_units"] == "fail"  # 60 > 50


def test_decision_must_fit_the_checklist(program, staff, in_review):
    da = staff[R.PROSECUTOR_REVIEWER]
    with pytest.raises(InvalidInput, match="Quantity at most 50 dosage units"):
        program.eligibility.decide(da, in_review.id, "eligible")
    with pytest.raises(PermissionDenied):
        program.eligibility.decide(staff[R.CASE_MANAGER], in_review.id, "ineligible", "quantity")
    assert program.eligibility.decide(da, in_review.id, "eligible_with_override", "quantity",
                                      "60 units over two prescriptions") is S.INTAKE_PENDING
    history = program.cases.history(staff[R.SUPERVISOR], in_review.id)
    assert history[-1].details["decision"] == "eligible_with_override"


def test_reviewer_answers_need_a_known_question(program, staff, in_review):
    with pytest.raises(InvalidInput, match="not a reviewer question"):
        program.eligibility.answer(staff[R.PROSECUTOR_REVIEWER], in_review.id, "vibes", True)


def test_intake_save_sign_off_and_stale_save(program, staff, in_review):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    program.eligibility.decide(staff[R.PROSECUTOR_REVIEWER], in_review.id,
                               "eligible_with_override", "quantity")
    data = IntakeInput(intake_started=program.clock.now.date(),
                       domains={"housing": {"status": "unsheltered", "notes": ""}})
    version = program.intake.save(cm, in_review.id, data, None)
    with pytest.raises(InvalidInput, match="Unknown intake domains"):
        program.intake.save(cm, in_review.id, IntakeInput(program.clock.now.date(),
                                                          {"astrology": {}}), version)
    assert program.intake.save(cm, in_review.id, data, version) == version  # unchanged: no write
    theirs = replace(data, immediate_needs="a bed tonight")
    assert program.intake.save(sup, in_review.id, theirs, version) == version + 1  # first
    with pytest.raises(StaleRecord):                              # then my older copy
        program.intake.save(cm, in_review.id, replace(data, action_taken="called"), version)
    with pytest.raises(StaleRecord):                              # a form that saw none
        program.intake.save(cm, in_review.id, replace(data, action_taken="called"), None)
    assert program.intake.save(cm, in_review.id, theirs, version) == version + 1  # same: fine
    stored = program.intake.intake(cm, in_review.id)
    assert (stored.row_version, stored.immediate_needs) == (version + 1, "a bed tonight")
    with pytest.raises(InvalidInput, match="active consent"):
        program.intake.sign_off(cm, in_review.id, program.clock.now.date(), "no-such-consent")
    consent = steps.signed_consent(program, cm, in_review.person_id,
                                   [{"class": "treatment provider"}])
    program.intake.sign_off(cm, in_review.id, program.clock.now.date(), consent)
    goal = program.intake.add_goal(cm, in_review.id, "Get my kids back", domain="family_children",
                                   horizon="long_term",
                                   steps=({"text": "parenting class", "owner": "participant"},))
    with pytest.raises(StaleRecord):
        program.intake.set_goal_status(cm, goal, "met", expected_version=7)
    assert program.intake.set_goal_status(cm, goal, "progressing", expected_version=1) == 2
    with pytest.raises(PermissionDenied):
        program.intake.add_goal(staff[R.CLERK], in_review.id, "x")


def test_referral_refuses_what_the_summons_could_not_print(program, staff):
    """Text no font prints is refused on the referral form, never at print time."""
    from lead_desktop.services.cases.referral_form import Offense
    from tests.support import steps

    officer = staff[R.OFFICER]
    person = steps.person(program, officer, "Rivera", "Ana")
    with pytest.raises(ValidationFailed) as caught:
        steps.arrest_referral(program, officer, person.id, "worcester-buyer-diversion@1",
                              offenses=(Offense("94C-34", "Possession \U00013001"),),
                              location="Main St \U00013000")
    problems = caught.value.problems
    assert "U+13001" in problems["offenses[0]"] and "U+13000" in problems["location"]
