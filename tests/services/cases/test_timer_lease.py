"""The timers under the lease: two workstations (two Database objects on one encrypted
file, or two connection pools to one server database) never apply the same timer; each
move is the timer's act, audited."""

import threading

import pytest
from sqlalchemy import select

from lead_desktop.models import AuditEntry, CaseTransition
from lead_desktop.services.cases import timer_lease
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.cases.timers import run_timers_leased
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps
from tests.support.desks import another_desk

# The lease tests run on the encrypted file and on PostgreSQL (the pre-selection test's
# 300 demo participants only on the file: 35 s more on the server for rules, not storage)
both_back_ends = pytest.mark.postgres
WILMINGTON = "wilmington-nc@1"


def overdue_intake(program, staff):
    case = steps.eligible_case(program, staff, WILMINGTON, agency="Wilmington PD")
    assert case.state is CaseState.INTAKE_PENDING
    program.clock.advance(days=45)  # past the 30-day intake deadline
    return case


def timer_moves(db):
    with db.read() as session:
        return session.scalars(select(CaseTransition).where(
            CaseTransition.proposer == "timer")).all()


@both_back_ends
def test_a_second_workstation_skips_while_the_first_holds_the_lease(program, staff, db,
                                                                      key_store):
    case = overdue_intake(program, staff)
    with another_desk(db, key_store) as other_desk:
        held = timer_lease.take(db, "desk-a", program.clock.now)
        assert held.taken
        other = CaseService(other_desk, program.cases.profiles, program.clock)
        skipped = run_timers_leased(other, "desk-b")
        assert (skipped.ran, skipped.holder, skipped.moves) == (False, "desk-a", [])
        assert timer_moves(db) == []

        timer_lease.release(db, "desk-a", program.clock.now)
        done = run_timers_leased(other, "desk-b")
        assert done.ran and [m.to_state for m in done.moves] == [CaseState.COMPLIANCE_REVIEW]
        again = run_timers_leased(CaseService(db, program.cases.profiles, program.clock),
                                  "desk-a")
        assert again.ran and again.moves == []   # already applied: nothing twice
    [move] = timer_moves(db)
    assert (move.case_id, move.reason_code, move.user_id) == (
        case.id, "intake_deadline_missed", None)
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.event.in_(["case.transition", "timers.run"]),
            AuditEntry.username == "timer")).all()
    assert sorted(e.event for e in entries) == ["case.transition", "timers.run"]
    assert all(e.user_id is None and e.role is None for e in entries)  # the system's act


@both_back_ends
def test_an_expired_lease_passes_to_the_next_desk(program, staff, db):
    overdue_intake(program, staff)
    timer_lease.take(db, "crashed-desk", program.clock.now)   # never released
    program.clock.advance(minutes=timer_lease.LEASE_MINUTES + 1)
    run = run_timers_leased(program.cases, "desk-b")
    assert run.ran and len(run.moves) == 1


@both_back_ends
def test_two_desks_at_once_apply_each_timer_once(program, staff, db, key_store):
    for last in ("Okafor", "Lee", "Ødegård"):
        steps.eligible_case(program, staff, WILMINGTON, last, agency="Wilmington PD")
    program.clock.advance(days=45)
    desks = [another_desk(db, key_store) for _ in range(2)]
    start = threading.Barrier(2)
    runs = []

    def desk(number):
        cases = CaseService(desks[number], program.cases.profiles, program.clock)
        start.wait()
        runs.append(run_timers_leased(cases, f"desk-{number}"))

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database in desks:
        database.close()
    assert sum(len(r.moves) for r in runs) == 3
    assert len(timer_moves(db)) == 3
    assert len({m.case_id for m in timer_moves(db)}) == 3


def test_the_pre_selection_never_misses_a_due_timer(db, staff, program):
    """Every case a timer step would move (asked of the rules case by case, as before the
    pre-selection) is among the candidates the one query chooses."""
    from lead_desktop.models import Case
    from lead_desktop.services.cases import facts
    from lead_desktop.services.cases.timers import TIMER_STEPS, candidates
    from lead_desktop.services.demo_data.generator import DemoDataGenerator
    from lead_desktop.services.program.vocabulary import Proposer
    from lead_desktop.services.program.workflow import (
        TransitionRefused,
        TransitionRequest,
        decide,
    )

    profiles = program.cases.profiles
    DemoDataGenerator(db, profiles, seed=5, today=program.clock.now.date()).run(300)
    program.clock.advance(days=45)   # deadlines pass, contact goes quiet
    due = set()
    with db.read() as session:
        chosen = set(session.scalars(candidates(session, profiles, program.clock.now)))
        for case in session.scalars(select(Case).where(
                Case.state.in_([s.value for s in TIMER_STEPS]))):
            profile = program.cases.profile_of(case)
            today = program.cases.today(profile)
            known = facts.gather(session, case, profile, today)
            for to, trigger, code in TIMER_STEPS[CaseState(case.state)]:
                try:
                    decide(known, TransitionRequest(to=to, role=None, proposer=Proposer.TIMER,
                                                    today=today, reason_code=code,
                                                    details={"trigger": trigger}))
                except TransitionRefused:
                    continue
                due.add(case.id)
                break
    assert len(due) >= 20 and due <= chosen
