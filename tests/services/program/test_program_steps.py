"""Issue 12's program steps as rules: screening of every referral type, the waitlist in
order, filing after an exit in a summons program, a prostitution arrest without quantity."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.program import eligibility
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import CaseState, Proposer, ReferralType
from lead_desktop.services.program.workflow import (
    CaseFacts,
    TransitionRefused,
    TransitionRequest,
    decide,
)

S, R = CaseState, Role
pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


P = bundled_profiles()
SEATTLE, WORCESTER = P["seattle-lead@1"], P["worcester-buyer-diversion@1"]
WILMINGTON, BALTIMORE = P["wilmington-nc@1"], P["baltimore-pilot@1"]
TODAY = date(2026, 11, 23)
SOCIAL = ReferralType.SOCIAL_CONTACT


def ask(f, to, role, **kw):
    return decide(f, TransitionRequest(to=to, role=role, today=TODAY, proposer=Proposer.PERSON,
                                       **kw))


@pytest.mark.parametrize("profile", [SEATTLE, BALTIMORE])
def test_a_social_contact_that_fails_age_or_area_does_not_reach_intake(profile):
    f = CaseFacts(state=S.REFERRED, referral_type=SOCIAL, profile=profile,
                  handoff_recorded=True, screening_failures=("age 18 or over: 16 years old",))
    with pytest.raises(TransitionRefused, match="16 years old"):
        ask(f, S.INTAKE_PENDING, R.CASE_MANAGER)
    assert ask(f, S.INELIGIBLE, R.CASE_MANAGER, reason_code="age").name == "screened_out"
    passing = replace(f, screening_failures=())
    assert ask(passing, S.INTAKE_PENDING, R.CASE_MANAGER).name == "start_intake_without_da"
    with pytest.raises(TransitionRefused, match="checks pass"):
        ask(passing, S.INELIGIBLE, R.CASE_MANAGER, reason_code="age")


def test_the_checklist_screens_a_social_contact_for_age_and_area():
    facts = eligibility.ReferralFacts(referral_type=SOCIAL, referred_on=TODAY,
                                      dob=date(2010, 5, 1), origin_area="Fells Point")
    failing = {i.key for i in eligibility.evaluate(BALTIMORE, facts).failing}
    assert {"min_age", "catchment"} <= failing


def test_the_waitlist_is_first_come_first_served_unless_a_supervisor_gives_a_reason():
    f = CaseFacts(state=S.WAITLISTED, referral_type=SOCIAL, profile=BALTIMORE,
                  waitlisted_ahead=2)
    with pytest.raises(TransitionRefused, match="2 waiting longer"):
        ask(f, S.INTAKE_PENDING, R.SUPERVISOR)
    assert ask(f, S.INTAKE_PENDING, R.SUPERVISOR,
               details={"out_of_turn_reason": "pregnant, high risk"}).name == \
        "release_from_waitlist"
    assert ask(replace(f, waitlisted_ahead=0), S.INTAKE_PENDING, R.SUPERVISOR)


def test_a_summons_program_files_after_a_lost_contact_exit_only():
    f = CaseFacts(state=S.EXITED, referral_type=ReferralType.ARREST_DIVERSION,
                  profile=WORCESTER, exit_type="lost_contact")
    assert ask(f, S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER).name == "file_charges"
    with pytest.raises(TransitionRefused, match="only for lost contact"):
        ask(replace(f, exit_type="moved"), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER)
    with pytest.raises(TransitionRefused, match="no charges after an exit"):
        ask(replace(f, profile=SEATTLE), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER)


def test_a_prostitution_arrest_passes_the_quantity_item_without_a_quantity():
    facts = eligibility.ReferralFacts(referral_type=ReferralType.ARREST_DIVERSION,
                                      referred_on=TODAY, dob=date(1990, 1, 1),
                                      offense_kinds=("prostitution",))
    item = {i.key: i for i in eligibility.evaluate(BALTIMORE, facts).items}["max_quantity_g"]
    assert item.result is eligibility.Result.PASS
    drugs = replace(facts, offense_kinds=("drug",))
    item = {i.key: i for i in eligibility.evaluate(BALTIMORE, drugs).items}["max_quantity_g"]
    assert item.result is eligibility.Result.UNKNOWN
    with_quantity = replace(drugs, quantity=Decimal("2.5"), quantity_unit="g")
    item = {i.key: i for i in eligibility.evaluate(BALTIMORE, with_quantity).items}
    assert item["max_quantity_g"].result is eligibility.Result.PASS


def test_wilmington_lists_the_agencies_of_the_mou():
    areas = WILMINGTON.exclusions.catchment_areas
    for agency in ("Brunswick County Sheriff's Office", "Leland Police Department",
                   "Boiling Spring Lakes Police Department", "Fayetteville Police Department",
                   "Waynesville Police Department", "New Hanover County Sheriff's Office",
                   "Wilmington Police Department"):
        assert agency in areas
