"""Every transition and guard of workflow.md §2-3, per profile where the profile matters."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import (
    OPEN_STATES,
    TERMINAL_STATES,
    CaseState,
    Proposer,
    ReferralType,
)
from lead_desktop.services.program.workflow import (
    CaseFacts,
    TransitionRefused,
    TransitionRequest,
    allowed_steps,
    decide,
)

S, R = CaseState, Role
pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


P = bundled_profiles()
SEATTLE, WORCESTER = P["seattle-lead@1"], P["worcester-buyer-diversion@1"]
WILMINGTON, BALTIMORE = P["wilmington-nc@1"], P["baltimore-pilot@1"]
ALL = [SEATTLE, WORCESTER, WILMINGTON, BALTIMORE]
TODAY = date(2026, 11, 23)
ARREST, SOCIAL = ReferralType.ARREST_DIVERSION, ReferralType.SOCIAL_CONTACT


def facts(state, profile=SEATTLE, **kw):
    return CaseFacts(state=state, referral_type=kw.pop("referral_type", ARREST), profile=profile,
                     **kw)


def ask(f, to, role=None, timer=False, **kw):
    return decide(f, TransitionRequest(to=to, role=role, today=TODAY,
                                       proposer=Proposer.TIMER if timer else Proposer.PERSON, **kw))


def refused(f, to, role=None, match=None, **kw):
    with pytest.raises(TransitionRefused, match=match) as caught:
        ask(f, to, role, **kw)
    return caught.value.message


# --- referred ---

@pytest.mark.parametrize("role", [R.OFFICER, R.CASE_MANAGER, R.SUPERVISOR])
def test_decline_offer_needs_a_reason(role):
    refused(facts(S.REFERRED), S.DECLINED_OFFER, role, match="reason is required")
    assert ask(facts(S.REFERRED), S.DECLINED_OFFER, role, reason_text="refused").name == "decline_offer"


def test_clerk_cannot_record_a_declined_offer():
    refused(facts(S.REFERRED), S.DECLINED_OFFER, R.CLERK, match="Clerk may not", reason_text="x")


@pytest.mark.parametrize("profile", ALL)
def test_arrest_referrals_go_to_the_da_after_hand_off(profile):
    refused(facts(S.REFERRED, profile), S.ELIGIBILITY_REVIEW, R.CASE_MANAGER, match="hand-off")
    f = facts(S.REFERRED, profile, handoff_recorded=True)
    assert ask(f, S.ELIGIBILITY_REVIEW, R.CASE_MANAGER).name == "send_to_da"
    refused(f, S.INTAKE_PENDING, R.CASE_MANAGER, match="requires DA review")


def test_seattle_social_contact_skips_the_da_when_capacity_allows():
    f = facts(S.REFERRED, SEATTLE, referral_type=SOCIAL, handoff_recorded=True)
    assert ask(f, S.INTAKE_PENDING, R.CASE_MANAGER).name == "start_intake_without_da"
    refused(f, S.ELIGIBILITY_REVIEW, R.CASE_MANAGER, match="does not send Social contact")
    refused(replace(f, capacity_available=False), S.INTAKE_PENDING, R.CASE_MANAGER,
            match="at capacity")


# --- eligibility review ---

def test_da_declines_with_a_reason_code_and_a_decline_letter():
    f = facts(S.ELIGIBILITY_REVIEW)
    refused(f, S.INELIGIBLE, R.PROSECUTOR_REVIEWER, match="reason code")
    rule = ask(f, S.INELIGIBLE, R.PROSECUTOR_REVIEWER, reason_code="quantity")
    assert rule.produces == "decline_letter"
    refused(f, S.INELIGIBLE, R.SUPERVISOR, match="Supervisor may not", reason_code="quantity")


def test_da_approves_into_intake():
    assert ask(facts(S.ELIGIBILITY_REVIEW), S.INTAKE_PENDING, R.PROSECUTOR_REVIEWER).name == "da_approves"
    refused(facts(S.ELIGIBILITY_REVIEW), S.INTAKE_PENDING, R.CASE_MANAGER, match="may not")


# --- capacity and waitlist (Baltimore: 60 concurrent) ---

def test_baltimore_waitlists_when_full():
    full = facts(S.ELIGIBILITY_REVIEW, BALTIMORE, capacity_available=False, da_found_eligible=True)
    refused(full, S.INTAKE_PENDING, R.PROSECUTOR_REVIEWER, match="at capacity")
    assert ask(full, S.WAITLISTED, timer=True).name == "waitlist"
    assert ask(full, S.WAITLISTED, R.SUPERVISOR).name == "waitlist"
    refused(replace(full, da_found_eligible=False), S.WAITLISTED, R.SUPERVISOR,
            match="not found the person eligible")
    refused(replace(full, capacity_available=True), S.WAITLISTED, R.SUPERVISOR,
            match="has capacity")


def test_release_from_waitlist_when_a_slot_frees():
    f = facts(S.WAITLISTED, BALTIMORE, capacity_available=False)
    refused(f, S.INTAKE_PENDING, R.SUPERVISOR, match="at capacity")
    assert ask(replace(f, capacity_available=True), S.INTAKE_PENDING, R.SUPERVISOR)
    refused(replace(f, capacity_available=True), S.INTAKE_PENDING, R.CASE_MANAGER, match="may not")


# --- intake ---

@pytest.mark.parametrize("profile", ALL)
def test_intake_to_active_needs_sign_off_and_consent(profile):
    f = facts(S.INTAKE_PENDING, profile)
    message = refused(f, S.ACTIVE, R.CASE_MANAGER)
    assert "intake is not signed off" in message and "consent" in message
    done = replace(f, intake_signed_off=True, valid_consent_on_file=True)
    if profile.compliance_based:
        refused(done, S.ACTIVE, R.CASE_MANAGER, match="participation agreement")
        done = replace(done, participation_agreement_signed=True)
    assert ask(done, S.ACTIVE, R.CASE_MANAGER).name == "intake_complete"


@pytest.mark.parametrize("profile", ALL)
def test_missed_intake_deadline_goes_to_compliance_review_for_arrests(profile):
    f = facts(S.INTAKE_PENDING, profile, intake_due=TODAY - timedelta(days=1))
    assert ask(f, S.COMPLIANCE_REVIEW, timer=True).name == "intake_deadline_missed"
    refused(replace(f, intake_due=TODAY), S.COMPLIANCE_REVIEW, timer=True, match="not passed")
    refused(replace(f, referral_type=SOCIAL), S.COMPLIANCE_REVIEW, timer=True, match="only alerts")
    # a buyer who never comes to intake reaches the DA even if no timer has run yet
    assert ask(f, S.COMPLIANCE_REVIEW, R.CASE_MANAGER).name == "intake_deadline_missed"
    refused(replace(f, intake_due=TODAY), S.COMPLIANCE_REVIEW, R.SUPERVISOR, match="not passed")
    refused(f, S.COMPLIANCE_REVIEW, R.OFFICER, match="may not")


# --- contact ---

def test_lost_contact_after_the_profile_days_and_back():
    f = facts(S.ACTIVE, days_since_contact=29)
    refused(f, S.LOST_CONTACT, timer=True, match="within 30 days")
    assert ask(replace(f, days_since_contact=30), S.LOST_CONTACT, timer=True)
    assert ask(f, S.LOST_CONTACT, R.CASE_MANAGER)  # a person may judge sooner
    lost = facts(S.LOST_CONTACT)
    refused(lost, S.ACTIVE, timer=True, match="no contact has been recorded")
    assert ask(replace(lost, contact_since_lost=True), S.ACTIVE, timer=True)


# --- compliance model ---

def test_harm_reduction_has_no_sanctions():
    for profile in (SEATTLE, BALTIMORE):
        f = facts(S.ACTIVE, profile, unexcused_misses=10)
        refused(f, S.COMPLIANCE_REVIEW, R.CASE_MANAGER, match="harm-reduction",
                reason_code="missed_appointment_limit")
        refused(facts(S.COMPLIANCE_REVIEW, profile), S.DISQUALIFIED, R.SUPERVISOR,
                match="harm-reduction", reason_text="x")


@pytest.mark.parametrize("profile, limit", [(WORCESTER, 3), (WILMINGTON, 2)])
def test_missed_appointment_limit(profile, limit):
    f = facts(S.ACTIVE, profile, unexcused_misses=limit - 1)
    refused(f, S.COMPLIANCE_REVIEW, timer=True, reason_code="missed_appointment_limit",
            match=f"the limit is {limit}")
    assert ask(replace(f, unexcused_misses=limit), S.COMPLIANCE_REVIEW, timer=True,
               reason_code="missed_appointment_limit")
    refused(f, S.COMPLIANCE_REVIEW, R.CASE_MANAGER, reason_code="bad luck", match="trigger must be")


def test_completion_deadline_and_withdrawal_triggers():
    f = facts(S.ACTIVE, WORCESTER, completion_due=TODAY)
    refused(f, S.COMPLIANCE_REVIEW, timer=True, reason_code="not_completed_by_deadline",
            match="not passed")
    assert ask(replace(f, completion_due=TODAY - timedelta(days=1)), S.COMPLIANCE_REVIEW,
               timer=True, reason_code="not_completed_by_deadline")
    assert ask(f, S.COMPLIANCE_REVIEW, R.CASE_MANAGER, reason_code="withdrawal")


def test_review_outcomes():
    review = facts(S.COMPLIANCE_REVIEW, WORCESTER)
    refused(review, S.INTAKE_PENDING, R.SUPERVISOR, match="new due date", reason_text="x")
    assert ask(review, S.INTAKE_PENDING, R.PROSECUTOR_REVIEWER, reason_text="extended",
               details={"new_due_date": "2026-12-20"})
    refused(review, S.ACTIVE, R.SUPERVISOR, match="intake is not complete",
            details={"new_due_date": "2026-12-20"}, reason_text="excused")
    ok = replace(review, intake_signed_off=True, valid_consent_on_file=True)
    assert ask(ok, S.ACTIVE, R.SUPERVISOR, details={"new_due_date": "2026-12-20"},
               reason_text="excused")
    refused(review, S.ACTIVE, R.CASE_MANAGER, match="may not")


def test_worcester_files_a_summons_after_review():
    rule = ask(facts(S.COMPLIANCE_REVIEW, WORCESTER), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER)
    assert rule.produces == "summons"
    refused(facts(S.COMPLIANCE_REVIEW, WORCESTER), S.REFERRED_FOR_CHARGES, R.SUPERVISOR,
            match="may not")


def test_wilmington_disqualifies_then_the_da_may_file():
    review = facts(S.COMPLIANCE_REVIEW, WILMINGTON, unexcused_misses=2)
    refused(review, S.DISQUALIFIED, R.SUPERVISOR, match="reason")
    assert ask(review, S.DISQUALIFIED, R.SUPERVISOR, reason_text="2 unexcused misses")
    refused(review, S.DISQUALIFIED, R.PROSECUTOR_REVIEWER, reason_text="x", match="may not")
    assert ask(facts(S.DISQUALIFIED, WILMINGTON), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER)


# --- removal, completion, exit, reopen ---

@pytest.mark.parametrize("state", sorted(OPEN_STATES))
def test_removal_from_any_open_state_needs_the_incident(state):
    f = facts(state, WILMINGTON)
    message = refused(f, S.REMOVED, R.SUPERVISOR)
    assert "incident date" in message and "staff involved" in message
    details = {"incident_date": "2026-11-20", "description": "threatened the case manager",
               "staff_involved": "C. Morales"}
    assert ask(f, S.REMOVED, R.SUPERVISOR, details=details).name == "remove"
    refused(f, S.REMOVED, R.CASE_MANAGER, details=details, match="case manager proposes")


def test_filing_after_removal_depends_on_the_profile():
    refused(facts(S.REMOVED, SEATTLE), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER,
            match="files no charges after a removal")
    assert ask(facts(S.REMOVED, WILMINGTON), S.REFERRED_FOR_CHARGES, R.PROSECUTOR_REVIEWER)


def test_completion_needs_the_criteria_and_a_supervisor():
    refused(facts(S.ACTIVE), S.COMPLETED, R.SUPERVISOR, match="completion criteria")
    f = facts(S.ACTIVE, completion_criteria_met=True)
    assert ask(f, S.COMPLETED, R.SUPERVISOR).produces == "da_completion_notice"
    refused(f, S.COMPLETED, R.CASE_MANAGER, match="case manager proposes")
    refused(facts(S.LOST_CONTACT, completion_criteria_met=True), S.COMPLETED, R.SUPERVISOR,
            match="not a step")


def test_exit_rules():
    f = facts(S.ACTIVE, SEATTLE)
    refused(f, S.EXITED, R.SUPERVISOR, match="exit type")
    refused(f, S.EXITED, R.SUPERVISOR, details={"exit_type": "moved"}, match="reason is required")
    assert ask(f, S.EXITED, R.SUPERVISOR, details={"exit_type": "moved"}, reason_text="to Ohio")
    assert ask(f, S.EXITED, R.SUPERVISOR, details={"exit_type": "declined_to_continue"},
               reason_text="withdrew")
    worcester = facts(S.ACTIVE, WORCESTER)
    refused(worcester, S.EXITED, R.SUPERVISOR, details={"exit_type": "declined_to_continue"},
            reason_text="withdrew", match="compliance review first")
    assert ask(facts(S.COMPLIANCE_REVIEW, WORCESTER), S.EXITED, R.SUPERVISOR,
               details={"exit_type": "declined_to_continue"}, reason_text="withdrew")


@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
def test_reopen_within_the_window_to_the_prior_state(terminal):
    f = facts(terminal, previous_open_state=S.ACTIVE, entered_state_on=TODAY - timedelta(days=90))
    refused(f, S.ACTIVE, R.SUPERVISOR, match="reason is required")
    assert ask(f, S.ACTIVE, R.SUPERVISOR, reason_text="came back").name == "reopen"
    refused(f, S.INTAKE_PENDING, R.SUPERVISOR, reason_text="x", match="returns to Active")
    late = replace(f, entered_state_on=TODAY - timedelta(days=91))
    refused(late, S.ACTIVE, R.SUPERVISOR, reason_text="x", match="reopen within 90 days")
    refused(f, S.ACTIVE, R.CASE_MANAGER, reason_text="x", match="may not")


# --- invariants ---

@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
def test_no_timer_ever_closes_a_case(state, terminal):
    everything = facts(state, WORCESTER, handoff_recorded=True, intake_signed_off=True,
                       valid_consent_on_file=True, completion_criteria_met=True,
                       unexcused_misses=99, days_since_contact=999,
                       previous_open_state=S.ACTIVE, entered_state_on=TODAY)
    refused(everything, terminal, timer=True, match="no timer ever closes a case",
            reason_text="x", reason_code="quantity",
            details={"exit_type": "moved", "incident_date": "x", "description": "x",
                     "staff_involved": "x"})


def test_unknown_step_is_named():
    message = refused(facts(S.REFERRED), S.COMPLETED, R.SUPERVISOR)
    assert "Referred → Completed is not a step of the workflow" in message


def test_offered_steps_by_role():
    f = facts(S.REFERRED, handoff_recorded=True)
    assert set(allowed_steps(f, R.OFFICER)) == {S.DECLINED_OFFER}
    assert S.ELIGIBILITY_REVIEW in allowed_steps(f, R.CASE_MANAGER)
    assert allowed_steps(f, R.CLERK) == []
