"""Supervisor merge with field-by-field choice, re-pointing, tombstone, audit, unmerge."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry, Case, Person
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import TransitionRefused
from lead_desktop.services.people.merge_service import MergeService, OpenCaseOnBoth
from lead_desktop.services.people.records import AliasInput, IdentifierInput, PersonInput
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role
A = PersonInput("Nguyen", "Minh", date(1988, 3, 14), address="Shelter on 5th",
                identifiers=(IdentifierInput("sid", "MA123"),))
B = PersonInput("Nguyễn", "Thị Minh", date(1988, 3, 14), address="12 Main St",
                aliases=(AliasInput("Win", None, "street"),),
                identifiers=(IdentifierInput("medicaid", "MED-9"),))


def snapshot(db, person_id):
    with db.read() as session:
        person = session.get(Person, person_id)
        return (person.last_name, person.first_name, person.address,
                sorted((a.last_name, a.kind) for a in person.aliases),
                sorted((i.kind, i.value) for i in person.identifiers), person.merged_into_id)


def test_merge_and_unmerge(program, staff, db):
    officer, sup = staff[R.OFFICER], staff[R.SUPERVISOR]
    a = program.people.create(officer, A, confirmed_new=True)
    b = program.people.create(officer, B, confirmed_new=True)
    case_a = steps.arrest_referral(program, officer, a.id, "seattle-lead@1")
    case_b = steps.arrest_referral(program, officer, b.id, "seattle-lead@1")
    program.cases.transition(sup, case_a.id, CaseState.EXITED, reason_text="moved away",
                             details={"exit_type": "moved"})   # one open case at a time
    before_a, before_b = snapshot(db, a.id), snapshot(db, b.id)
    merges = MergeService(db, program.clock)

    with pytest.raises(PermissionDenied):
        merges.merge(staff[R.CASE_MANAGER], a.id, b.id, "same person")
    merge_id = merges.merge(sup, a.id, b.id, "same SID at booking",
                            take_from_merged=("last_name", "first_name"))

    last, first, address, aliases, identifiers, _ = snapshot(db, a.id)
    assert (last, first, address) == ("Nguyễn", "Thị Minh", "Shelter on 5th")
    assert ("Nguyen", "alias") in aliases and ("Win", "street") in aliases
    assert identifiers == [("medicaid", "MED9"), ("sid", "MA123")]
    assert snapshot(db, b.id)[-1] == a.id  # tombstone
    with db.read() as session:
        assert session.get(Case, case_b.id).person_id == a.id
        events = session.scalars(select(AuditEntry.event)).all()
    assert "person.merge" in events
    # the merged name is still found as a duplicate candidate of the survivor
    assert program.people.find_candidates(officer, replace(A, identifiers=()))[0].person_id == a.id

    merges.unmerge(sup, merge_id, "two different people after all")
    assert snapshot(db, a.id) == before_a and snapshot(db, b.id) == before_b
    with db.read() as session:
        assert session.get(Case, case_b.id).person_id == b.id
        assert session.get(Case, case_a.id).person_id == a.id


def test_two_open_cases_refuse_the_merge_and_a_reopening_beside_an_open_case(
        program, staff, db):
    officer, sup, manager = staff[R.OFFICER], staff[R.SUPERVISOR], staff[R.CASE_MANAGER]
    a = program.people.create(officer, A, confirmed_new=True)
    b = program.people.create(officer, B, confirmed_new=True)
    case_a = steps.arrest_referral(program, officer, a.id, "seattle-lead@1")
    case_b = steps.arrest_referral(program, officer, b.id, "seattle-lead@1")
    program.cases.record_handoff(manager, case_a.id, manager.user_id)
    merges = MergeService(db, program.clock)

    with pytest.raises(OpenCaseOnBoth) as refused:
        merges.merge(sup, a.id, b.id, "same SID at booking")
    said = refused.value.message
    assert "Nguyen, Minh's case (Referred" in said and "Nguyễn, Thị Minh's case" in said
    assert "Case manager" in said and "no case manager yet" in said
    assert "Close or exit one" in said
    assert set(refused.value.case_ids) == {case_a.id, case_b.id}
    with db.read() as session:                          # nothing moved, nothing hidden
        assert session.get(Case, case_b.id).person_id == b.id
        assert session.get(Person, b.id).merged_into_id is None

    # exit one, merge, and the exited case cannot be reopened beside the open one
    program.cases.transition(sup, case_b.id, CaseState.EXITED, reason_text="moved away",
                             details={"exit_type": "moved"})
    merges.merge(sup, a.id, b.id, "same SID at booking")
    with pytest.raises(TransitionRefused, match="another open case"):
        program.cases.transition(sup, case_b.id, CaseState.REFERRED, reason_text="back")
