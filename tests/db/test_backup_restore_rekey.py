"""Backups, restore, rekey and recovery-key enrolment, on real files and a real keyring."""

import threading
from datetime import date

import pytest
from sqlalchemy import select, text

from lead_desktop import paths
from lead_desktop.db import backup as backups
from lead_desktop.db import keys
from lead_desktop.db.database import open_database, open_with_key
from lead_desktop.errors import (
    AlreadyExists,
    CorruptDatabase,
    KeyMissing,
    RecoveryKeyInvalid,
    VerificationFailed,
    WrongKey,
)
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit
from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput

from .helpers import file_digest


def _add_rows(db, *values):
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS scratch (v TEXT)"))
        for value in values:
            session.execute(text("INSERT INTO scratch VALUES (:v)"), {"v": value})


def _rows(db):
    with db.read() as session:
        return session.execute(text("SELECT v FROM scratch ORDER BY v")).scalars().all()


def _events(db):
    with db.read() as session:
        return session.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)).all()


def test_backup_is_encrypted_verified_and_audited(db, tmp_path, system_actor, key_store,
                                                  staff):
    _add_rows(db, "alpha", "beta")
    PersonService(db).create(staff[Role.CASE_MANAGER], PersonInput("Ødegård", "Zoë",
                                                                    date(1990, 1, 1)))
    out = backups.backup(db, tmp_path / "copies" / "b.db", system_actor)
    assert b"alpha" not in out.read_bytes()
    with open_database(out, key_store) as copy:  # same id, so the same stored key opens it
        assert _rows(copy) == ["alpha", "beta"]
        assert copy.fingerprint == db.fingerprint
        hits = PersonService(copy).search(staff[Role.CASE_MANAGER], "odegaard")  # index copied
        assert [h.first_name for h in hits] == ["Zoë"]
    assert "backup.create" in _events(db)


def test_backup_refuses_to_overwrite(db, tmp_path, system_actor):
    existing = tmp_path / "b.db"
    existing.write_bytes(b"keep me")
    with pytest.raises(AlreadyExists):
        backups.backup(db, existing, system_actor)
    assert existing.read_bytes() == b"keep me"


def test_backup_while_others_keep_writing(db, tmp_path, system_actor, key_store):
    """Online: writers on other connections wait for the copy's snapshot, then succeed."""
    _add_rows(db, *(f"row {i:05d} " + "x" * 200 for i in range(20000)))
    written, failures, stop = [], [], threading.Event()

    def writer():
        conn = db.raw_connection()
        while not stop.is_set():
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO scratch VALUES ('during backup')")
                conn.execute("COMMIT")
                written.append(1)
            except Exception as exc:  # noqa: BLE001 - any failure fails the test below
                failures.append(exc)
                break
            # A desk saves, then works: SQLite's lock has no queue, so a writer that takes it
            # again the instant it lets go starves every other writer (here the backup's own
            # audit entry, which then waited its 60 s out on a loaded CI machine). 200 saves a
            # second is still far busier than any desk.
            stop.wait(0.005)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        out = backups.backup(db, tmp_path / "online.db", system_actor)
    finally:
        stop.set()
        thread.join()
    assert failures == [] and written
    with open_database(out, key_store) as copy:
        copied = len(_rows(copy))
    assert 20000 <= copied <= 20000 + len(written)


def test_restore_refuses_existing_database_without_force(db, tmp_path, system_actor, key_store):
    _add_rows(db, "before")
    out = backups.backup(db, tmp_path / "b.db", system_actor)
    db.close()
    digest = file_digest(db.path)
    with pytest.raises(AlreadyExists):
        backups.restore(out, db.path, key_store, system_actor)
    assert file_digest(db.path) == digest


def test_restore_with_force_keeps_the_replaced_file(db, tmp_path, system_actor, key_store):
    _add_rows(db, "before")
    out = backups.backup(db, tmp_path / "b.db", system_actor)
    _add_rows(db, "after the backup")
    db.close()
    replaced_digest = file_digest(db.path)
    kept = backups.restore(out, db.path, key_store, system_actor, force=True)
    assert kept is not None and kept.parent == paths.backups_dir()
    assert file_digest(kept) == replaced_digest
    with open_database(db.path, key_store) as restored:
        assert _rows(restored) == ["before"]
        assert _events(restored)[-1] == "backup.restore"
        with restored.read() as session:
            assert audit.verify_chain(session).ok


def test_restore_to_a_new_place(db, tmp_path, system_actor, key_store):
    _add_rows(db, "one")
    out = backups.backup(db, tmp_path / "b.db", system_actor)
    target = tmp_path / "elsewhere" / "lead.db"
    target.parent.mkdir()
    assert backups.restore(out, target, key_store, system_actor) is None
    with open_database(target, key_store) as restored:
        assert _rows(restored) == ["one"]


def test_restore_refuses_a_damaged_backup(db, tmp_path, system_actor, key_store):
    out = backups.backup(db, tmp_path / "b.db", system_actor)
    data = bytearray(out.read_bytes())
    data[5000:5100] = bytes(100)
    out.write_bytes(bytes(data))
    target = tmp_path / "new.db"
    with pytest.raises((VerificationFailed, CorruptDatabase)):
        backups.restore(out, target, key_store, system_actor)
    assert not target.exists()


def test_rekey_makes_the_old_key_useless(created, key_store, system_actor):
    db = created.database
    _add_rows(db, "kept across rekey")
    old_key = keys.parse_recovery_key(created.recovery_key)
    new_recovery = backups.rekey(db, key_store, system_actor)
    assert new_recovery != created.recovery_key
    with pytest.raises(WrongKey):
        open_with_key(db.path, old_key)
    with open_database(db.path, key_store) as rekeyed:
        assert _rows(rekeyed) == ["kept across rekey"]
        assert {"key.rekey", "key.recovery_generated"} <= set(_events(rekeyed))
        with rekeyed.read() as session:
            assert audit.verify_chain(session).ok
    assert key_store.get(db.fingerprint) == keys.parse_recovery_key(new_recovery)
    # the safety backup under the old key is gone once the new file opened
    assert not list(paths.backups_dir().glob("*before-rekey*"))
    assert not list(db.path.parent.glob("*.rekey"))


def test_enroll_after_a_keyring_change(created, key_store, system_actor):
    db = created.database
    _add_rows(db, "still here")
    db.close()
    key_store.delete(db.fingerprint)  # a new workstation, or the backend changed
    with pytest.raises(KeyMissing):
        open_database(db.path, key_store)
    with backups.enroll(db.path, created.recovery_key, key_store, system_actor) as enrolled:
        assert _rows(enrolled) == ["still here"]
        assert _events(enrolled)[-1] == "key.recovery_unlock"
    with open_database(db.path, key_store) as reopened:
        assert _rows(reopened) == ["still here"]


def test_enroll_with_another_databases_recovery_key(created, key_store, system_actor):
    created.database.close()
    other = keys.format_recovery_key(keys.new_key())
    digest = file_digest(created.database.path)
    with pytest.raises(WrongKey):
        backups.enroll(created.database.path, other, key_store, system_actor)
    assert file_digest(created.database.path) == digest


def test_enroll_with_a_typo(created, key_store, system_actor):
    typo = "Z" + created.recovery_key[1:] if created.recovery_key[0] != "Z" else "Y" + created.recovery_key[1:]
    with pytest.raises(RecoveryKeyInvalid):
        backups.enroll(created.database.path, typo, key_store, system_actor)
