"""The structure of a note save (issue 16, notes saved one by one): one transaction that
checks the account and the caseload inside itself, and still refuses, audits and seals as
the checks before a unit of work did."""

from datetime import timedelta

import pytest
from sqlalchemy import event, select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry, CaseNote, User
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.care.note_service import NoteInput, NoteService
from tests.support import steps


def _case(program, staff):
    person = steps.person(program, staff[Role.OFFICER])
    case = steps.arrest_referral(program, staff[Role.OFFICER], person.id, "seattle-lead@1")
    program.cases.record_handoff(staff[Role.CASE_MANAGER], case.id,
                                 staff[Role.CASE_MANAGER].user_id)
    return case.id


def _note(program) -> NoteInput:
    return NoteInput(contact_at=program.clock.now - timedelta(hours=1), duration_min=20,
                     contact_type="office", text="Met at the office.")


def test_a_note_is_saved_in_one_transaction_with_its_entry_and_seal(db, program, staff):
    case_id = _case(program, staff)
    notes = NoteService(db, lambda: program.clock.now)
    notes.add(staff[Role.CASE_MANAGER], case_id, _note(program))  # warm: nothing to settle
    begins = []
    listener = lambda conn: begins.append(conn)  # noqa: E731
    event.listen(db.engine, "begin", listener)
    try:
        note_id = notes.add(staff[Role.CASE_MANAGER], case_id, _note(program))
    finally:
        event.remove(db.engine, "begin", listener)
    assert len(begins) == 1  # the checks, the code list, the note, its entry and seal
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == note_id)).one()
    assert entry.event == "note.create" and note_id in entry.seals


def test_a_refused_save_writes_no_note_and_is_audited(db, program, staff):
    case_id = _case(program, staff)
    with db.write() as session:  # a second case manager, whose caseload this case is not on
        user = User(username="cm.two", display_name="Two", role=Role.CASE_MANAGER.value,
                    password_hash="x")
        session.add(user)
        session.flush()
        other = Actor(user.id, user.username, Role.CASE_MANAGER, "ws")
    with pytest.raises(PermissionDenied, match="caseload"):
        NoteService(db, lambda: program.clock.now).add(other, case_id, _note(program))
    with db.read() as session:
        assert session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)).all() == []
        denied = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (denied.event, denied.user_id, denied.reason) == ("access.denied", other.user_id,
                                                             "not_in_caseload")
