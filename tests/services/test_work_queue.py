"""The daily work queue of workflow.md §7, per role, most urgent first."""

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.providers.referral_service import StepInput
from tests.support import steps

S, R = CaseState, Role
pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


WORCESTER = "worcester-buyer-diversion@1"
def kinds(items):
    return [i.kind for i in items]


@pytest.fixture
def active_case(program, staff):
    return steps.active_case(program, staff, WORCESTER, "Ödegård", "Zoë")


def test_case_manager_queue_in_order(program, staff, active_case):
    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    # a new referral handed to me
    other = steps.person(program, officer, "Rivera", "Ana")
    new = steps.arrest_referral(program, officer, other.id, WORCESTER, origin_area="City of Worcester")
    program.cases.record_handoff(cm, new.id, cm.user_id)
    # a provider referral sent and never answered, an appointment never recorded
    provider = program.providers.add(cm, "Spectrum Health Systems", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, active_case.id, provider, "detox")
    program.provider_referrals.step(cm, referral, "sent", StepInput(method="fax"))
    appointment = program.provider_referrals.schedule(cm, active_case.id, steps.at(program, 1),
                                                      "provider")
    steps.note(program, cm, active_case.id, "draft I forgot to sign")
    program.clock.advance(days=40)  # into next month: snapshot due, no contact, consent ok

    items = program.work_queue.for_user(cm)
    assert kinds(items)[0] == "new_referral"
    assert {"attendance_missing", "no_contact", "provider_no_reply", "snapshot_due",
            "draft_note"} <= set(kinds(items))
    assert [i.priority for i in items] == sorted(i.priority for i in items)
    assert all(i.person in (None, "Rivera, Ana", "Ödegård, Zoë") for i in items)
    # Enter on "record attendance" opens the person with that appointment chosen
    assert [i.record_id for i in items if i.kind == "attendance_missing"] == [appointment]


def test_intake_deadline_and_consent_expiry(program, staff):
    officer, cm = staff[R.OFFICER], staff[R.CASE_MANAGER]
    person = steps.person(program, officer)
    case = steps.arrest_referral(program, officer, person.id, "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.eligibility.decide(staff[R.PROSECUTOR_REVIEWER], case.id, "eligible")
    program.clock.advance(days=25)
    due = [i for i in program.work_queue.for_user(cm) if i.kind == "intake_due"]
    assert due and due[0].detail.startswith("intake due in")
    program.clock.advance(days=10)
    due = [i for i in program.work_queue.for_user(cm) if i.kind == "intake_due"]
    assert "overdue" in due[0].detail


def test_other_case_managers_work_is_not_mine(program, staff, active_case):
    from lead_desktop.models import User
    from lead_desktop.security.actor import Actor
    with program.cases.db.write() as session:
        colleague = User(username="cm2", display_name="Colleague", role="case_manager",
                         password_hash="x")
        session.add(colleague)
        session.flush()
        other = Actor(colleague.id, "cm2", R.CASE_MANAGER, "ws")
    program.clock.advance(days=40)
    assert program.work_queue.for_user(other) == []
    assert program.work_queue.for_user(staff[R.SUPERVISOR])  # the supervisor sees the team


def test_prosecutor_and_officer_queues(program, staff):
    officer, cm, da = staff[R.OFFICER], staff[R.CASE_MANAGER], staff[R.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer)
    case = steps.arrest_referral(program, officer, person.id, WORCESTER,
                                 origin_area="City of Worcester")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
    program.clock.advance(days=7)
    assert kinds(program.work_queue.for_user(da)) == ["da_review_overdue"]
    mine = program.work_queue.for_user(officer)
    assert kinds(mine) == ["my_referral"] and "Eligibility review" in mine[0].detail
    assert mine[0].person == "Rivera, Ana"  # security.md: the officer's own referral
    assert program.work_queue.for_user(staff[R.CLERK]) == []


def test_an_officer_sees_whom_their_open_referrals_are_about_and_not_closed_ones(
        program, staff):
    officer, sup = staff[R.OFFICER], staff[R.SUPERVISOR]
    kept = steps.arrest_referral(program, officer, steps.person(program, officer).id,
                                 "seattle-lead@1", incident_number="24-118803")
    closed = steps.arrest_referral(program, officer, steps.person(
        program, officer, "Boggs", "Tina").id, "seattle-lead@1")
    program.cases.transition(sup, closed.id, S.EXITED, reason_text="moved away",
                             details={"exit_type": "moved"})
    mine = program.work_queue.for_user(officer)
    assert [(i.case_id, i.person) for i in mine] == [(kept.id, "Rivera, Ana")]
    assert "incident 24-118803" in mine[0].detail


def test_evaluation_lookups_at_6_and_18_months(program, staff, active_case):
    from lead_desktop.services.care.outcome_service import JusticeEventInput, OutcomeService

    cm = staff[R.CASE_MANAGER]
    program.clock.advance(days=186)
    lookups = [i for i in program.work_queue.for_user(cm) if i.kind == "evaluation_lookup"]
    assert [i.detail for i in lookups] == ["6-month justice look-up for the evaluation"]
    OutcomeService(program.cases.db, program.clock).record_justice_event(cm, JusticeEventInput(
        active_case.person_id, "citation", program.clock.now.date(), source="evaluation_lookup"))
    assert not [i for i in program.work_queue.for_user(cm) if i.kind == "evaluation_lookup"]


def test_a_supervisor_sees_the_work_of_their_own_team(program, staff, db):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.actor import Actor

    admin, sup, cm = staff[R.ADMINISTRATOR], staff[R.SUPERVISOR], staff[R.CASE_MANAGER]
    accounts = AccountService(db, now=program.clock)
    south, _ = accounts.create_user(admin, "sasha", "Sasha South", R.CASE_MANAGER,
                                    password="copper kettle on the stove", team="South")
    theirs = steps.active_case(program, staff, WORCESTER, "Ödegård", "Zoë")
    ours = steps.active_case(program, staff, WORCESTER, "Rivera", "Ana")
    program.cases.record_handoff(sup, theirs.id, south.id)   # Zoë's case goes to the South team
    program.clock.advance(days=40)  # every open case now needs something (no contact, ...)

    everyone = {i.case_id for i in program.work_queue.for_user(sup)} - {None}
    assert {theirs.id, ours.id} <= everyone               # no team: the whole program
    accounts.set_team(admin, sup.username, "North")
    accounts.set_team(admin, cm.username, "North")
    north = {i.case_id for i in program.work_queue.for_user(sup)} - {None}
    assert ours.id in north and theirs.id not in north
    assert [name for _, name in program.work_queue.case_managers(sup)] == [
        "Case manager"]                                    # only North's case managers
    assert {name for _, name in program.work_queue.case_managers(
        Actor(None, "no-team", R.SUPERVISOR, "ws"))} == {"Case manager", "Sasha South"}


def test_a_supervisors_eligibility_reviews_are_the_teams_own(program, staff, db):
    """The DA's reviews waiting are shown to the supervisor for the team's cases only (a
    county's 3,000 others are not this team's); the prosecutor still sees them all."""
    from lead_desktop.security.accounts import AccountService

    admin, sup, cm = staff[R.ADMINISTRATOR], staff[R.SUPERVISOR], staff[R.CASE_MANAGER]
    officer = staff[R.OFFICER]
    accounts = AccountService(db, now=program.clock)
    south, _ = accounts.create_user(admin, "sasha", "Sasha South", R.CASE_MANAGER,
                                    password="copper kettle on the stove", team="South")
    accounts.set_team(admin, sup.username, "North")
    accounts.set_team(admin, cm.username, "North")
    reviews = []
    for last, first in (("Rivera", "Ana"), ("Ödegård", "Zoë")):
        person = steps.person(program, officer, last, first)
        case = steps.arrest_referral(program, officer, person.id, WORCESTER,
                                     origin_area="City of Worcester")
        program.cases.record_handoff(cm, case.id, cm.user_id)
        program.cases.transition(cm, case.id, S.ELIGIBILITY_REVIEW)
        reviews.append(case.id)
    ours, theirs = reviews
    program.cases.record_handoff(sup, theirs, south.id)    # Zoë's case goes to the South team
    program.clock.advance(days=5)

    def waiting(actor):
        return {i.case_id for i in program.work_queue.for_user(actor)
                if i.kind in ("da_review", "da_review_overdue")}
    assert waiting(sup) == {ours}
    assert waiting(staff[R.PROSECUTOR_REVIEWER]) == {ours, theirs}


def test_an_evening_appointment_is_todays_at_its_local_time(program, staff, active_case):
    """Worcester keeps Eastern time: 8 PM on 2 March is 01:00 UTC on the 3rd. The queue of
    2 March (10 AM there) says today at 20:00, as the appointment letter does, not tomorrow
    at 01:00; one tomorrow evening is listed too, one the day after is not yet."""
    from datetime import datetime, timezone

    cm = staff[R.CASE_MANAGER]
    for evening in (3, 4, 5):  # 01:00 UTC on 3, 4 and 5 March: 8 PM on 2, 3 and 4 March
        program.provider_referrals.schedule(
            cm, active_case.id, datetime(2026, 3, evening, 1, 0, tzinfo=timezone.utc),
            "provider")
    shown = sorted(i.detail for i in program.work_queue.for_user(cm) if i.kind == "appointment")
    assert len(shown) == 2, shown
    assert "today 20:00" in shown[0] and "tomorrow 20:00" in shown[1], shown
    assert {i.due for i in program.work_queue.for_user(cm) if i.kind == "appointment"} == {
        program.clock.now.date(), program.clock.now.date().replace(day=3)}


def test_an_appointment_with_a_provider_names_the_provider(program, staff, active_case):
    """The queue says whom an appointment is with (issue 15, finding 21: "Provider
    appointment" on every row told the case manager nothing)."""
    cm = staff[R.CASE_MANAGER]
    provider = program.providers.add(cm, "Spectrum Health Systems", levels_of_care=("detox",),
                                     provider_type="treatment provider")
    referral = program.provider_referrals.draft(cm, active_case.id, provider, "detox")
    program.provider_referrals.step(cm, referral, "sent", StepInput(method="fax"))
    program.provider_referrals.schedule(cm, active_case.id, steps.at(program, 1), "provider",
                                        referral)
    program.provider_referrals.schedule(cm, active_case.id, steps.at(program, 1), "benefits")
    program.clock.advance(days=3)
    day = f"{steps.at(program, -2):%Y-%m-%d}"
    missing = sorted(i.detail for i in program.work_queue.for_user(cm)
                     if i.kind == "attendance_missing")
    assert missing == [f"Benefits appointment of {day}: record attendance",
                       f"appointment with Spectrum Health Systems of {day}: record attendance"]
