"""The audit chain: every kind of tampering is found, and the first bad entry named."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from lead_desktop.security import audit


@pytest.fixture
def logged(db, system_actor):
    """A database with entries 1..10 (two from creation, eight here)."""
    with db.write() as session:
        for i in range(8):
            audit.record(session, system_actor, "case.view", record_type="case",
                         record_id=f"case-{i}")
    return db


def _verify(db):
    with db.read() as session:
        return audit.verify_chain(session)


def _tamper(db, *statements):
    """What someone holding the key could do: drop the protection, then edit."""
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.close()


def test_intact_chain(logged):
    report = _verify(logged)
    assert report.ok and report.entries_checked == 10


def test_entries_hold_ids_not_content(logged):
    with logged.read() as session:
        row = session.execute(text("SELECT * FROM audit_log WHERE seq = 3")).mappings().one()
    assert row["record_id"] == "case-0" and row["record_type"] == "case"
    assert row["at"] and row["workstation"] and row["outcome"] == "success"


def test_the_database_refuses_updates_and_deletes(logged):
    with pytest.raises((OperationalError, IntegrityError), match="append-only"):
        with logged.write() as session:
            session.execute(text("UPDATE audit_log SET event = 'x' WHERE seq = 4"))
    with pytest.raises((OperationalError, IntegrityError), match="append-only"):
        with logged.write() as session:
            session.execute(text("DELETE FROM audit_log WHERE seq = 4"))
    assert _verify(logged).ok


@pytest.mark.parametrize("statements, first_bad", [
    (["UPDATE audit_log SET record_id = 'case-99' WHERE seq = 5"], 5),
    (["UPDATE audit_log SET outcome = 'failure' WHERE seq = 1"], 1),
    (["DELETE FROM audit_log WHERE seq = 6"], 6),
    (["UPDATE audit_log SET seq = 100 WHERE seq = 4",
      "UPDATE audit_log SET seq = 4 WHERE seq = 7",
      "UPDATE audit_log SET seq = 7 WHERE seq = 100"], 4),
    (["UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 8",
      "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000",
      "INSERT INTO audit_log SELECT 8, at, user_id, username, role, workstation, 'forged', "
      "record_type, record_id, outcome, reason, details, prev_hash, entry_hash, seals "
      "FROM audit_log WHERE seq = 9"], 8),
    (["DELETE FROM audit_log WHERE seq >= 9"], 9),
], ids=["edited", "edited-first", "deleted", "reordered", "inserted", "tail-removed"])
def test_tampering_is_detected_at_the_first_bad_entry(logged, statements, first_bad):
    _tamper(logged, *statements)
    report = _verify(logged)
    assert not report.ok
    assert report.first_bad_seq == first_bad
    assert str(first_bad) in report.describe()


def test_removed_protection_is_reported(logged):
    _tamper(logged)
    report = _verify(logged)
    assert not report.ok and "append-only" in report.problem


def test_rehashed_forgery_is_caught_by_the_head(logged, system_actor):
    """Rewriting the last entry and its hash still leaves the recorded head behind."""
    with logged.read() as session:
        last = session.get(audit.AuditEntry, 10)
        session.expunge(last)
    last.record_id = "case-forged"
    new_hash = audit.entry_hash(last)
    _tamper(logged, f"UPDATE audit_log SET record_id = 'case-forged', entry_hash = '{new_hash}' "
                    "WHERE seq = 10")
    assert not _verify(logged).ok


actions = st.lists(st.tuples(st.sampled_from(["case.view", "person.update", "auth.sign_in"]),
                             st.text(max_size=12)), min_size=1, max_size=25)
tampers = st.sampled_from(["edit", "delete", "swap", "truncate"])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=actions, tamper=tampers, data=st.data())
def test_any_single_tampering_is_detected(key_store, system_actor, sqlite_template, actions,
                                          tamper, data):
    with tempfile.TemporaryDirectory() as folder:  # a copy of a database create_database made
        created = sqlite_template.copy_to(Path(folder) / "h.db", key_store)
        with created.database as db:
            _check_one_tampering(db, system_actor, actions, tamper, data)


def _check_one_tampering(db, system_actor, actions, tamper, data):
    with db.write() as session:
        for event, record_id in actions:
            audit.record(session, system_actor, event, record_type="case", record_id=record_id)
    total = 2 + len(actions)  # creation wrote two entries
    assert _verify(db).ok
    target = data.draw(st.integers(min_value=1, max_value=total))
    if tamper == "edit":
        _tamper(db, f"UPDATE audit_log SET reason = 'x' || coalesce(reason, '') WHERE seq = {target}")
    elif tamper == "delete":
        _tamper(db, f"DELETE FROM audit_log WHERE seq = {target}")
    elif tamper == "truncate":
        _tamper(db, f"DELETE FROM audit_log WHERE seq >= {target}")
    else:
        other = data.draw(st.integers(min_value=1, max_value=total).filter(lambda n: n != target))
        _tamper(db, f"UPDATE audit_log SET seq = -1 WHERE seq = {target}",
                f"UPDATE audit_log SET seq = {target} WHERE seq = {other}",
                f"UPDATE audit_log SET seq = {other} WHERE seq = -1")
        target = min(target, other)
    report = _verify(db)
    assert not report.ok
    assert report.first_bad_seq == target
