"""The supervisor's list of suspected duplicates (tester's defect 8): the pairs the desk
check would show among people already on file, each with why; "not the same person" is
remembered and audited; a merged pair leaves the list; only supervisors see it."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AuditEntry, Person
from lead_desktop.security.roles import Role
from lead_desktop.services.people.merge_service import MergeService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import IdentifierInput, PersonInput
from lead_desktop.services.people.suspected_duplicates import ScanCanceled, SuspectedDuplicates

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def make(people, officer, last, first, dob, **kw):
    return people.create(officer, PersonInput(last_name=last, first_name=first, dob=dob, **kw),
                         confirmed_new=True).id


@pytest.fixture
def on_file(db, staff):
    people, officer = PersonService(db), staff[Role.OFFICER]
    return {
        "tina": make(people, officer, "Boggs", "Tina", date(1985, 9, 12)),
        "tina2": make(people, officer, "Bogs", "Tina", date(1985, 12, 9)),   # day/month swapped
        "ana": make(people, officer, "Rivera", "Ana", date(1991, 6, 2)),
        "other": make(people, officer, "Nguyen", "Minh", date(1970, 1, 1),
                      identifiers=(IdentifierInput("state_id", "WA1234567", "WA"),)),
        "other2": make(people, officer, "Tran", "Paul", date(1999, 3, 3),
                       identifiers=(IdentifierInput("state_id", "WA1234567", "WA"),)),
    }


def pairs_of(found, ids):
    names = {v: k for k, v in ids.items()}
    return {frozenset((names[p.first.person_id], names[p.second.person_id])) for p in found}


def test_the_swapped_date_and_the_shared_id_are_listed_with_why(db, staff, on_file):
    found = SuspectedDuplicates(db).scan(staff[Role.SUPERVISOR])
    assert pairs_of(found, on_file) == {frozenset(("tina", "tina2")),
                                        frozenset(("other", "other2"))}
    tina = next(p for p in found if {p.first.name, p.second.name} == {"Boggs, Tina",
                                                                      "Bogs, Tina"})
    assert tina.score >= 12 and tina.reasons
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "person.duplicates_scan")).one()
    assert json.loads(entry.details) == {"people": 5, "pairs": 2}


def test_not_the_same_person_is_remembered_and_audited(db, staff, on_file):
    sup = staff[Role.SUPERVISOR]
    scan = SuspectedDuplicates(db)
    with pytest.raises(InvalidInput):
        scan.mark_not_same(sup, on_file["other"], on_file["other2"], "  ")
    scan.mark_not_same(sup, on_file["other2"], on_file["other"], "two brothers, one ID typo")
    assert pairs_of(scan.scan(sup), on_file) == {frozenset(("tina", "tina2"))}
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "person.not_same")).one()
    assert entry.reason == "two brothers, one ID typo" and entry.user_id == sup.user_id


def test_a_merged_pair_leaves_the_list(db, staff, on_file):
    sup = staff[Role.SUPERVISOR]
    MergeService(db).merge(sup, on_file["tina"], on_file["tina2"], "same date, swapped")
    assert pairs_of(SuspectedDuplicates(db).scan(sup), on_file) == {
        frozenset(("other", "other2"))}


def test_only_a_supervisor_lists_suspected_duplicates(db, staff, on_file):
    for role in (Role.CASE_MANAGER, Role.OFFICER):
        with pytest.raises(PermissionDenied):
            SuspectedDuplicates(db).scan(staff[role])
    with db.read() as session:
        assert session.scalar(select(Person.id).where(Person.id == on_file["ana"]))


def test_a_stopped_scan_lists_and_records_nothing(db, staff, on_file):
    def stop(done, total):
        if done:
            raise ScanCanceled("stopped")

    with pytest.raises(ScanCanceled):
        SuspectedDuplicates(db).scan(staff[Role.SUPERVISOR], stop)
    with db.read() as session:
        assert not session.scalars(select(AuditEntry).where(
            AuditEntry.event == "person.duplicates_scan")).all()
