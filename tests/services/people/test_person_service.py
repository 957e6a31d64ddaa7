"""People: validation, duplicate candidates, permissions, audited reads, stale saves."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import DuplicatesNotReviewed, PersonService
from lead_desktop.services.people.records import AliasInput, IdentifierInput, PersonInput
from lead_desktop.services.records import StaleRecord, ValidationFailed

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role
NGUYEN = PersonInput(last_name="Nguyễn", first_name="Thị Minh", dob=date(1988, 3, 14),
                     preferred_language="es",
                     aliases=(AliasInput("Win", "Minnie", "street"),),
                     identifiers=(IdentifierInput("sid", "ma-1234567"),))


@pytest.fixture
def people(db):
    return PersonService(db)


def _events(db, event):
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.event == event)).all()


def test_create_and_read_back_unicode(people, staff):
    cm = staff[R.CASE_MANAGER]
    created = people.create(cm, NGUYEN)
    view = people.get(cm, created.id)
    assert (view.last_name, view.first_name) == ("Nguyễn", "Thị Minh")
    assert view.aliases[0].last_name == "Win" and view.identifiers[0].value == "MA1234567"
    assert _events(people.db, "person.view")[-1].record_id == created.id


@pytest.mark.parametrize("change, field", [
    (dict(last_name="", first_name=""), "last_name"),   # one name at least
    (dict(last_name="x" * 101), "last_name"),
    (dict(first_name="x" * 101), "first_name"),
    (dict(dob=date(2999, 1, 1)), "dob"),
    (dict(dob=date(1900, 1, 1)), "dob"),
    (dict(dob=None, dob_estimated=True), "dob"),   # estimated, but no year given
    (dict(sex="Q"), "sex"),
    (dict(identifiers=(IdentifierInput("ssn_last4", "12345"),)), "identifiers[0]"),
])
def test_validation_names_the_field(people, staff, change, field):
    with pytest.raises(ValidationFailed) as caught:
        people.create(staff[R.CASE_MANAGER], replace(NGUYEN, **change))
    assert field in caught.value.problems


@pytest.mark.parametrize("typed, reason", [
    (dict(last_name="Nguyen", first_name="Thi Minh"), "same last name"),
    (dict(last_name="Win", first_name="Minnie"), "alias"),
    (dict(last_name="Nguyen", first_name="Thi Minh", dob=date(1989, 3, 14)), "one year apart"),
    (dict(last_name="Nwin", first_name="Tom", dob=date(1970, 1, 1),
          identifiers=(IdentifierInput("sid", "MA 1234567"),)), "same SID"),
])
def test_duplicate_candidates_before_creating(people, staff, typed, reason):
    cm = staff[R.CASE_MANAGER]
    first = people.create(cm, NGUYEN)
    again = replace(NGUYEN, **{"aliases": (), "identifiers": (), **typed})
    found = people.find_candidates(cm, again)
    assert found and found[0].person_id == first.id
    assert any(reason in str(r) for r in found[0].reasons)
    with pytest.raises(DuplicatesNotReviewed) as caught:
        people.create(cm, again)
    assert caught.value.candidates[0].person_id == first.id
    second = people.create(cm, again, confirmed_new=True)
    assert second.id != first.id
    created = _events(people.db, "person.create")
    assert first.id in created[-1].details  # the confirmation over the candidate is audited


def test_date_of_birth_levels():
    from lead_desktop.services.people.match_score import compare_dob
    assert compare_dob(date(1988, 3, 4), False, date(1988, 4, 3), False) == "swapped"
    assert compare_dob(date(1988, 3, 4), False, date(1989, 3, 4), False) == "year"
    assert compare_dob(date(1988, 3, 4), False, date(1988, 3, 4), False) == "same"
    assert compare_dob(date(1988, 3, 4), False, date(1960, 11, 24), False) == "different"
    assert compare_dob(date(1988, 3, 4), False, None, False) == "missing"


def test_no_candidates_for_a_different_person(people, staff):
    cm = staff[R.CASE_MANAGER]
    people.create(cm, NGUYEN)
    other = PersonInput(last_name="O'Brien-Muñoz", first_name="Zoë", dob=date(1975, 7, 7))
    assert people.find_candidates(cm, other) == []


def test_stale_save_is_refused_with_both_versions(people, staff):
    cm, clerk = staff[R.CASE_MANAGER], staff[R.CLERK]
    created = people.create(cm, NGUYEN)
    mine = people.get(cm, created.id)
    theirs = people.get(clerk, created.id)
    people.update(clerk, created.id, theirs.row_version, replace(NGUYEN, address="12 Main St"))
    with pytest.raises(StaleRecord) as caught:
        people.update(cm, created.id, mine.row_version, replace(NGUYEN, address="Shelter on 5th"))
    assert caught.value.theirs["address"] == "12 Main St"
    assert caught.value.yours["address"] == "Shelter on 5th"
    assert people.get(cm, created.id).address == "12 Main St"  # nothing lost, nothing overwritten


@pytest.mark.parametrize("role", [R.EVALUATOR, R.ADMINISTRATOR, R.AUDITOR])
def test_roles_without_identity_access(people, staff, role):
    created = people.create(staff[R.CASE_MANAGER], NGUYEN)
    with pytest.raises(PermissionDenied):
        people.get(staff[role], created.id)
    assert _events(people.db, "access.denied")[-1].role == role.value


def test_prosecutor_sees_name_and_dob_only(people, staff):
    created = people.create(staff[R.CASE_MANAGER], NGUYEN)
    da = staff[R.PROSECUTOR_REVIEWER]
    with pytest.raises(PermissionDenied):
        people.get(da, created.id)
    summary = people.summary(da, created.id)
    assert (summary.last_name, summary.dob) == ("Nguyễn", date(1988, 3, 14))


def test_officer_sees_only_people_they_referred(people, staff):
    created = people.create(staff[R.OFFICER], NGUYEN)
    with pytest.raises(PermissionDenied, match="referred"):
        people.get(staff[R.OFFICER], created.id)


def test_a_name_no_document_can_print_is_refused_at_entry(people, staff):
    """The record and the documents agree: what no bundled font prints is refused here,
    with the characters named, never later at print time."""
    cm = staff[R.CASE_MANAGER]
    with pytest.raises(ValidationFailed) as caught:
        people.create(cm, replace(NGUYEN, last_name="Ana \U00013000",
                                  aliases=(AliasInput("Rivera", "Pepe \U00013001"),)),
                      confirmed_new=True)
    problems = caught.value.problems
    assert "U+13000" in problems["last_name"] and "another spelling" in problems["last_name"]
    assert "U+13001" in problems["aliases[0]"]
    for first, last in (("محمد", "حسن"), ("יוסף", "כהן"), ("小明", "王"), ("민준", "김"),
                        ("Владимир", "Иванов")):
        assert people.create(cm, replace(NGUYEN, last_name=last, first_name=first),
                             confirmed_new=True).id
