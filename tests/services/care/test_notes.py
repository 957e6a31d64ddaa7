"""Case notes: append-only, locked after signing or 24 hours, amendments beside the
original, and Part 2 notes only for case managers and supervisors."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import CaseNote
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput, NoteService
from lead_desktop.services.records import StaleRecord, ValidationFailed
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role
START = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def case_id(program, staff):
    """A real case, referred and handed off through the services."""
    program.clock.now = START - timedelta(days=1)
    person = steps.person(program, staff[R.OFFICER])
    case = steps.arrest_referral(program, staff[R.OFFICER], person.id, "seattle-lead@1")
    program.cases.record_handoff(staff[R.CASE_MANAGER], case.id, staff[R.CASE_MANAGER].user_id)
    return case.id


@pytest.fixture
def notes(db, clock):
    clock.now = START
    return NoteService(db, clock)


def note(text="Met at the shelter.", **kw):
    base = dict(contact_at=START - timedelta(hours=1), duration_min=20, contact_type="office",
                text=text)
    base.update(kw)
    return NoteInput(**base)


@pytest.mark.parametrize("change, field", [
    (dict(duration_min=601), "duration_min"),
    (dict(duration_min=-1), "duration_min"),
    (dict(contact_type="carrier_pigeon"), "contact_type"),
    (dict(text="  "), "text"),
    (dict(contact_at=START + timedelta(hours=1)), "contact_at"),
])
def test_validation(notes, staff, case_id, change, field):
    with pytest.raises(ValidationFailed) as caught:
        notes.add(staff[R.CASE_MANAGER], case_id, note(**change))
    assert field in caught.value.problems


def test_draft_edits_until_signed_then_amendments_only(notes, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    nid = notes.add(cm, case_id, note())
    assert notes.edit_draft(cm, nid, note("Met at the shelter; she asked about detox."), 1) == 2
    notes.sign(cm, nid, expected_version=2)
    with pytest.raises(InvalidInput, match="locked"):
        notes.edit_draft(cm, nid, note("changed my mind"), 3)
    with pytest.raises(InvalidInput, match="reason"):
        notes.amend(cm, nid, note("Correction: it was the day centre."), " ")
    amendment = notes.amend(cm, nid, note("Correction: it was the day centre."), "wrong place")
    views = {v.id: v for v in notes.list_for_case(cm, case_id)}
    assert views[nid].text == "Met at the shelter; she asked about detox."  # original kept
    assert views[nid].amended_by == (amendment,)
    assert views[amendment].amends_id == nid and views[amendment].amendment_reason == "wrong place"


def test_a_stale_draft_save_is_refused_and_overwrites_nothing(notes, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    nid = notes.add(cm, case_id, note())
    assert notes.edit_draft(cm, nid, note("Saved on the laptop."), 1) == 2
    with pytest.raises(StaleRecord) as caught:       # the desk still shows version 1
        notes.edit_draft(cm, nid, note("Saved at the desk."), 1)
    assert caught.value.theirs["text"] == "Saved on the laptop."
    assert caught.value.yours["text"] == "Saved at the desk."
    assert notes.edit_draft(cm, nid, note("Saved on the laptop."), 1) == 2  # same: no conflict
    with pytest.raises(StaleRecord):                 # nor signs what they did not see
        notes.sign(cm, nid, expected_version=1)
    assert notes.list_for_case(cm, case_id)[0].text == "Saved on the laptop."


def test_notes_lock_after_24_hours(notes, staff, case_id, clock):
    cm = staff[R.CASE_MANAGER]
    nid = notes.add(cm, case_id, note())
    clock.now = START + timedelta(hours=24)
    with pytest.raises(InvalidInput, match="locked"):
        notes.edit_draft(cm, nid, note("late edit"), 1)
    assert notes.list_for_case(cm, case_id)[0].locked


def test_part2_notes_are_hidden_from_other_roles(notes, staff, case_id):
    cm, sup = staff[R.CASE_MANAGER], staff[R.SUPERVISOR]
    notes.add(cm, case_id, note("Ordinary contact."))
    notes.add(cm, case_id, note("Methadone dose from the clinic record.", part2=True))
    assert len(notes.list_for_case(cm, case_id)) == 2
    assert len(notes.list_for_case(sup, case_id)) == 2
    with pytest.raises(PermissionDenied):
        notes.add(sup, case_id, note("Supervisors read Part 2 notes but do not write them",
                                     part2=True))
    for role in (R.CLERK, R.OFFICER, R.PROSECUTOR_REVIEWER, R.EVALUATOR):
        with pytest.raises(PermissionDenied):
            notes.list_for_case(staff[role], case_id)


def test_an_amendment_of_a_part2_note_stays_part2(notes, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    nid = notes.add(cm, case_id, note("Clinic says dose raised.", part2=True))
    notes.sign(cm, nid)
    amendment = notes.amend(cm, nid, note("Dose unchanged, sorry."), "misread the fax")
    assert {v.id: v.part2 for v in notes.list_for_case(cm, case_id)}[amendment] is True


def test_void_not_delete(notes, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    nid = notes.add(cm, case_id, note("Wrong case."))
    notes.void(cm, nid, "entered on the wrong case")
    assert notes.list_for_case(cm, case_id) == []
    with notes.db.read() as session:
        assert session.get(CaseNote, nid).void_reason == "entered on the wrong case"


@pytest.mark.parametrize("role", [R.CLERK, R.OFFICER, R.PROSECUTOR_REVIEWER])
def test_signing_or_editing_a_note_is_a_permission_refusal_not_bad_input(notes, staff,
                                                                          case_id, db, role):
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry

    nid = notes.add(staff[R.CASE_MANAGER], case_id, note())
    for attempt in (lambda: notes.sign(staff[role], nid),
                    lambda: notes.edit_draft(staff[role], nid, note("mine now"), 1)):
        with pytest.raises(PermissionDenied):
            attempt()
        with db.read() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.event, last.user_id, last.outcome) == ("access.denied",
                                                            staff[role].user_id, "failure")


def test_another_case_managers_notes_are_refused(notes, staff, case_id, db):
    from lead_desktop.models import User
    from lead_desktop.security.actor import Actor

    with db.write() as session:
        user = User(username="cm.two", display_name="Two", role=R.CASE_MANAGER.value,
                    password_hash="x")
        session.add(user)
        session.flush()
        other = Actor(user.id, user.username, R.CASE_MANAGER, "ws")
    nid = notes.add(staff[R.CASE_MANAGER], case_id, note(part2=True))
    for attempt in (lambda: notes.list_for_case(other, case_id),
                    lambda: notes.add(other, case_id, note(part2=True)),
                    lambda: notes.amend(other, nid, note("x"), "because"),
                    lambda: notes.void(other, nid, "wrong case")):
        with pytest.raises(PermissionDenied, match="caseload"):
            attempt()


def test_notes_page_in_newest_first_each_page_audited(notes, staff, case_id, db):
    """A person window opens with the newest page and reads older pages as the list is
    scrolled: every note once, in the order of the full list reversed, each page audited;
    an amendment on a later page still reaches the note it corrects."""
    from sqlalchemy import select

    from lead_desktop.models import AuditEntry

    cm = staff[R.CASE_MANAGER]
    first = notes.add(cm, case_id, note("The first contact.", contact_at=START - timedelta(days=9)))
    notes.sign(cm, first)
    for n in range(6):
        notes.add(cm, case_id, note(f"Contact {n}.", contact_at=START - timedelta(days=8 - n)))
    fix = notes.amend(cm, first, note("Correction of the first.",
                                      contact_at=START - timedelta(hours=2)), "wrong day")
    every = [v.id for v in reversed(notes.list_for_case(cm, case_id))]
    pages, after = [], None
    while True:
        page = notes.list_page(cm, case_id, after=after, size=3)
        pages.append(page)
        after = page.after
        if not page.more:
            break
    assert [len(p.notes) for p in pages] == [3, 3, 2]
    assert [n.id for p in pages for n in p.notes] == every
    oldest = pages[-1].notes[-1]
    assert oldest.id == first and oldest.amended_by == (fix,)
    assert [a.id for a in pages[-1].amendments] == [fix]  # on the first page, sent again
    with db.read() as session:
        listed = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "note.list").order_by(AuditEntry.seq.desc())
            .limit(3)).all()
    assert [json.loads(e.details)["page"] for e in reversed(listed)] == [
        "newest", "older", "older"]


def test_a_page_brings_the_amendments_that_sort_outside_it(notes, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    old = notes.add(cm, case_id, note("Old.", contact_at=START - timedelta(days=5)))
    notes.sign(cm, old)
    fix = notes.amend(cm, old, note("Fixed.", contact_at=START - timedelta(days=6)), "typo")
    notes.add(cm, case_id, note("Newest.", contact_at=START - timedelta(hours=1)))
    page = notes.list_page(cm, case_id, size=2)
    assert [n.text for n in page.notes] == ["Newest.", "Old."] and page.more
    assert [a.id for a in page.amendments] == [fix]
