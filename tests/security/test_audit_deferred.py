"""Searches are audited off the path the user waits for: the entry is queued with the time
of the search and written by the next write (in its transaction), by a settle, or at close;
a write that does not commit gives its entries back. The chain holds throughout."""

from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.db.database import open_database
from lead_desktop.models import AuditEntry
from lead_desktop.security.audit import verify_chain
from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput


def _searches(db) -> list[AuditEntry]:
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.event == "person.search")
                               .order_by(AuditEntry.seq)).all()


def test_a_search_is_written_by_the_next_write_in_order(db, staff):
    people, cm = PersonService(db), staff[Role.CASE_MANAGER]
    people.search(cm, "rivera")
    assert _searches(db) == [] and len(db.deferred_audit) == 1     # not on the waiting path
    created = people.create(cm, PersonInput("Rivera", "Ana", date(1991, 6, 2)),
                            confirmed_new=True)
    [entry] = _searches(db)
    with db.read() as session:
        create = session.scalar(select(AuditEntry).where(AuditEntry.event == "person.create"))
        assert create.record_id == created.id
        assert entry.seq < create.seq and entry.at <= create.at   # as things happened
        assert entry.username == cm.username and '"results":0' in entry.details
        assert verify_chain(session).ok


def test_a_write_that_fails_gives_the_entries_back(db, staff):
    people, cm = PersonService(db), staff[Role.CASE_MANAGER]
    people.search(cm, "rivera")
    with pytest.raises(RuntimeError):
        with db.write():
            raise RuntimeError("the caller's own work failed")
    assert _searches(db) == [] and len(db.deferred_audit) == 1
    people.settle_audit()
    assert len(_searches(db)) == 1 and len(db.deferred_audit) == 0


def test_closing_writes_what_is_queued(db, staff, key_store):
    people, cm = PersonService(db), staff[Role.CASE_MANAGER]
    people.search(cm, "rivera")
    people.find_candidates(cm, PersonInput("Rivera", "Ana", date(1991, 6, 2)))
    db.close()
    with open_database(db.path, key_store) as again:
        assert len(_searches(again)) == 1
        with again.read() as session:
            assert session.scalar(select(AuditEntry.event).order_by(AuditEntry.seq.desc())
                                  .limit(1)) == "person.duplicate_check"
