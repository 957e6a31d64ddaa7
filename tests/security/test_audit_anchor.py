"""The audit chain against its anchors outside the file: each way someone holding the key
could rewrite the log is found at the next open (and told to administrators and auditors
at sign-in), and by `lead-admin verify`."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from lead_desktop.cli.main import main as lead_admin
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit
from lead_desktop.security.audit_anchor import AnchorStore
from lead_desktop.security.audit_event_log import FILE_VARIABLE, FileEventLog, system_event_log
from lead_desktop.security.audit_protection import EXPECTED_SQLITE_TRIGGERS
from lead_desktop.security.audit_watch import ChainWatch
from lead_desktop.security.roles import Role


@pytest.fixture
def logged(db, system_actor):
    """A database with entries 1..10 (two from creation, eight here)."""
    with db.write() as session:
        for i in range(8):
            audit.record(session, system_actor, "case.view", record_type="case",
                         record_id=f"case-{i}")
    return db


@pytest.fixture
def watch(logged, key_store):
    """This workstation opened the database once: its anchor holds entry 10."""
    opened = ChainWatch(logged, AnchorStore(key_store.backend), system_event_log())
    assert opened.check(_system()).ok
    yield opened
    opened.close()


def _system():
    from lead_desktop.security.actor import Actor

    return Actor.system("tests")


def _tamper(db, *statements):
    """What someone holding the key does: lift the protection, change the log, and put the
    protection back exactly as it was, so only the change itself is left to find."""
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    for name in EXPECTED_SQLITE_TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    for sql in EXPECTED_SQLITE_TRIGGERS.values():
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()


def _rewritten(db, from_seq: int, to_seq: int | None = None) -> list[str]:
    """Statements that forge entry `from_seq` and re-hash every entry after it, and the
    recorded head, so the chain holds on its own (entries after `to_seq` are dropped)."""
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        for entry in entries:
            session.expunge(entry)
    statements, prev = [], audit.GENESIS_HASH
    for entry in entries:
        if to_seq is not None and entry.seq > to_seq:
            statements.append(f"DELETE FROM audit_log WHERE seq = {entry.seq}")
            continue
        if entry.seq == from_seq:
            entry.record_id = "forged"
        entry.prev_hash = prev
        entry.entry_hash = audit.entry_hash(entry)
        statements.append(f"UPDATE audit_log SET record_id = '{entry.record_id}', "
                          f"prev_hash = '{entry.prev_hash}', entry_hash = '{entry.entry_hash}' "
                          f"WHERE seq = {entry.seq}")
        prev, last = entry.entry_hash, entry.seq
    statements.append(f"UPDATE database_info SET audit_head_seq = {last}, "
                      f"audit_head_hash = '{prev}'")
    return statements


TRUNCATED_WITH_HEAD = ["DELETE FROM audit_log WHERE seq >= 9",
                       "UPDATE database_info SET audit_head_seq = 8, audit_head_hash = "
                       "(SELECT entry_hash FROM audit_log WHERE seq = 8)"]
WIPED = ["DELETE FROM audit_log",
         f"UPDATE database_info SET audit_head_seq = 0, audit_head_hash = '{audit.GENESIS_HASH}'"]
NO_OP_TRIGGERS = ["DROP TRIGGER audit_log_no_update",
                  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                  "BEGIN SELECT 1; END"]

CASES = {
    "edited-row": (lambda db: ["UPDATE audit_log SET record_id = 'case-99' WHERE seq = 5"],
                   "altered"),
    "deleted-middle-row": (lambda db: ["DELETE FROM audit_log WHERE seq = 6"], "missing"),
    "newest-deleted-head-moved": (lambda db: TRUNCATED_WITH_HEAD, "truncated"),
    "rewritten-and-rehashed": (lambda db: _rewritten(db, 3), "rewritten"),
    "rewritten-shorter": (lambda db: _rewritten(db, 4, to_seq=7), "truncated"),
    "wiped": (lambda db: WIPED, "wiped"),
    "no-op-triggers": (lambda db: NO_OP_TRIGGERS, "do something else"),
}


def _no_op_triggers(db):
    """NO_OP_TRIGGERS run inside _tamper would be undone by it; this keeps them."""
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    for statement in NO_OP_TRIGGERS:
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.close()


def _apply(db, case):
    if case == "no-op-triggers":
        _no_op_triggers(db)
    else:
        _tamper(db, *CASES[case][0](db))


def test_an_untouched_chain_passes_and_the_anchor_follows_the_head(watch, logged, key_store,
                                                                   system_actor):
    with logged.write() as session:
        audit.record(session, system_actor, "case.view", record_type="case", record_id="x")
    assert watch.check(system_actor).ok
    assert AnchorStore(key_store.backend).get(logged.fingerprint).seq == 11


@pytest.mark.parametrize("case", CASES)
def test_tampering_is_found_at_open_told_at_sign_in_and_audited(watch, logged, key_store,
                                                                system_actor, case):
    _apply(logged, case)
    reopened = ChainWatch(logged, AnchorStore(key_store.backend), None)
    report = reopened.check(system_actor)
    reopened.close()
    assert not report.ok
    assert CASES[case][1] in report.describe()
    assert reopened.alert_for(Role.ADMINISTRATOR) is report
    assert reopened.alert_for(Role.AUDITOR) is report
    assert reopened.alert_for(Role.CASE_MANAGER) is None
    with logged.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.event == "audit.tamper_detected" and last.outcome == audit.FAILURE
    # the anchor stayed where it was: the next open reports it again
    assert AnchorStore(key_store.backend).get(logged.fingerprint).seq == 10
    again = ChainWatch(logged, AnchorStore(key_store.backend), None)
    assert not again.check(system_actor).ok
    again.close()


@pytest.mark.parametrize("case", CASES)
def test_tampering_is_found_by_lead_admin_verify(logged, case, capsys):
    assert lead_admin(["verify", "--db", str(logged.path)]) == 0  # this workstation's anchor
    _apply(logged, case)
    capsys.readouterr()
    assert lead_admin(["verify", "--db", str(logged.path)]) == 10
    out = capsys.readouterr().out
    assert CASES[case][1] in out


def test_a_wiped_log_never_verifies_even_without_an_anchor(logged, system_actor):
    _tamper(logged, *WIPED)
    report = ChainWatch(logged, None, None).check(system_actor)
    assert not report.ok and "empty" in report.chain.problem


def test_a_log_that_does_not_begin_with_the_creation_fails(logged, system_actor):
    _tamper(logged, "UPDATE audit_log SET event = 'case.view' WHERE seq = 1")
    with logged.read() as session:
        assert audit.verify_chain(session).first_bad_seq == 1


def test_the_event_log_catches_what_a_new_workstation_cannot(watch, logged, key_store,
                                                             system_actor, staff, capsys):
    """Truncation with the head moved, seen from a workstation with no anchor of its own:
    the heads written to the OS event log at sign-in name it as a truncation."""
    watch.signed_in(staff[Role.CASE_MANAGER])
    head = logged.info().audit_head_seq  # 10, or 11 with the seal of the staff's accounts
    assert f"database={logged.fingerprint} seq={head}" in FileEventLog(
        os.environ[FILE_VARIABLE]).path.read_text()
    _tamper(logged, *TRUNCATED_WITH_HEAD)
    key_store.backend.delete_password("LEAD Desktop audit anchor",
                                      AnchorStore.account(logged.fingerprint))
    # the chain itself looks whole; only the records' seals, cut away with the entries
    # that carried them, show that something is missing (security/record_seals.py)
    assert lead_admin(["verify", "--db", str(logged.path)]) == 10
    out = capsys.readouterr().out
    assert "audit chain intact" in out and "added outside the app (never sealed)" in out
    assert lead_admin(["verify", "--db", str(logged.path), "--event-log"]) == 10
    out = capsys.readouterr().out
    assert f"OS event log saw entry {head}" in out and "truncated" in out


def test_the_event_log_check_passes_on_an_untouched_chain(watch, logged, system_actor, capsys):
    watch.signed_in(system_actor)
    watch.signed_out(system_actor)
    assert lead_admin(["verify", "--db", str(logged.path), "--event-log"]) == 0
    assert "2 heads compared" in capsys.readouterr().out


def test_the_head_is_written_every_n_entries(watch, logged, system_actor, key_store):
    with logged.write() as session:
        for i in range(audit.PUBLISH_EVERY):
            audit.record(session, system_actor, "case.view", record_type="case", record_id=str(i))
    logged_text = FileEventLog(os.environ[FILE_VARIABLE]).path.read_text()
    assert f"seq={audit.PUBLISH_EVERY} " in logged_text
    assert f"reason=every_{audit.PUBLISH_EVERY}" in logged_text
    assert AnchorStore(key_store.backend).get(logged.fingerprint).seq == audit.PUBLISH_EVERY


def test_a_failing_event_log_never_stops_the_work(logged, system_actor, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    watch = ChainWatch(logged, None, FileEventLog(blocked / "log.txt"))
    watch.signed_in(system_actor)  # logged for IT, no exception
    watch.close()


def test_after_a_reviewed_restore_it_accepts_the_shorter_chain(watch, logged, capsys,
                                                               system_actor):
    watch.signed_out(system_actor)  # a head in the event log that the restore will lose
    _tamper(logged, *TRUNCATED_WITH_HEAD)  # what restoring an older backup looks like
    assert lead_admin(["verify", "--db", str(logged.path)]) == 10
    assert lead_admin(["verify", "--db", str(logged.path), "--accept-current-chain"]) == 0
    assert "anchor now holds entry 11" in capsys.readouterr().out  # 9, 10: the failed verify
    assert lead_admin(["verify", "--db", str(logged.path)]) == 0
    with logged.read() as session:
        reset = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "audit.anchor_reset")).one()
    assert '"old_seq":10' in reset.details
    # the heads logged before the reset are set aside, and the reset is in the event log
    capsys.readouterr()
    assert lead_admin(["verify", "--db", str(logged.path), "--event-log"]) == 0
    assert "set aside" in capsys.readouterr().out
    assert "audit reset" in FileEventLog(os.environ[FILE_VARIABLE]).path.read_text()


def test_a_chain_broken_on_its_own_is_never_accepted(watch, logged):
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 6")
    assert lead_admin(["verify", "--db", str(logged.path), "--accept-current-chain"]) == 10


def test_a_bulk_write_publishes_its_newest_head_once(watch, logged, system_actor):
    with logged.write() as session:
        for i in range(3 * audit.PUBLISH_EVERY):
            audit.record(session, system_actor, "case.view", record_type="case", record_id=str(i))
    lines = [line for line in FileEventLog(os.environ[FILE_VARIABLE]).read()
             if "reason=every_" in line]
    assert len(lines) == 1 and f"seq={3 * audit.PUBLISH_EVERY} " in lines[0]
