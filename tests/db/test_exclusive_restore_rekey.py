"""Restore and rekey are whole and exclusive: refused while another workstation is present,
a stale journal never survives beside a restored file, and no commit is lost."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from lead_desktop import paths
from lead_desktop.db import backup as backups
from lead_desktop.db import presence, sqlcipher_file
from lead_desktop.db.database import open_database
from lead_desktop.errors import OthersConnected
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit

from .helpers import file_digest
from .interruptions import damage_a_page_past_the_first, power_cut_copy


def _add(db, *values):
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS kept (v TEXT)"))
        for value in values:
            session.execute(text("INSERT INTO kept VALUES (:v)"), {"v": value})


def _values(db):
    with db.read() as session:
        return session.execute(text("SELECT v FROM kept ORDER BY v")).scalars().all()


def _sound(db):
    conn = db.raw_connection(read_only=True)
    try:
        assert sqlcipher_file.integrity_problems(conn) == []
    finally:
        conn.close()
    with db.read() as session:
        assert audit.verify_chain(session).ok


def test_restore_over_a_file_with_a_hot_journal(db, tmp_path, key_store, system_actor):
    _add(db, "in the backup")
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    _add(db, "after the backup")
    target = power_cut_copy(db, tmp_path / "cut" / "lead.db")
    kept = backups.restore(backup, target, key_store, system_actor, force=True)
    assert not sqlcipher_file.journal_path(target).exists()
    with open_database(target, key_store) as restored:
        assert _values(restored) == ["in the backup"]
        _sound(restored)
    with open_database(kept, key_store) as before:  # what was replaced, whole
        assert _values(before) == ["after the backup", "in the backup"]


def test_a_save_between_the_journal_evidence_and_the_lock_is_kept(db, tmp_path, key_store,
                                                                  system_actor, monkeypatch):
    """With a journal beside the file, the restore first keeps it as evidence, then copies
    the file again under its lock. Both copies are made within a second: the second must
    not take the first one's name, or a save landing between them is in neither."""
    _add(db, "in the backup")
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    sqlcipher_file.journal_path(db.path).write_bytes(b"")  # not hot, but kept as evidence
    open_target = backups._open_target

    def another_workstation_saves_first(target, store):
        _add(db, "saved after the evidence")
        return open_target(target, store)

    monkeypatch.setattr(backups, "_open_target", another_workstation_saves_first)
    kept = backups.restore(backup, db.path, key_store, system_actor, force=True)
    with open_database(kept, key_store) as before:
        assert _values(before) == ["in the backup", "saved after the evidence"]
    assert len(list(paths.backups_dir().glob("*replaced-by-restore*.db"))) == 2


def test_a_journal_that_commits_away_during_the_restore_is_no_error(db, tmp_path, key_store,
                                                                   system_actor, monkeypatch):
    """In rollback mode another workstation's save makes a journal and deletes it at commit.
    The restore may see one and find it gone a moment later (CI caught this): that save
    committed, so there is no journal to keep, and the restore goes on."""
    _add(db, "in the backup")
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    journal = sqlcipher_file.journal_path(db.path)
    journal.write_bytes(b"")
    new_kept_path = backups._new_kept_path

    def the_other_save_commits(target):
        journal.unlink(missing_ok=True)
        return new_kept_path(target)

    monkeypatch.setattr(backups, "_new_kept_path", the_other_save_commits)
    kept = backups.restore(backup, db.path, key_store, system_actor, force=True)
    assert kept.exists() and not journal.exists()
    assert not list(paths.backups_dir().glob("*.db-journal"))
    with open_database(db.path, key_store) as restored:
        assert _values(restored) == ["in the backup"]


def test_a_journal_is_copied_only_if_it_is_still_there(tmp_path):
    journal, copy = tmp_path / "lead.db-journal", tmp_path / "kept.db-journal"
    assert backups._copy_if_still_there(journal, copy) is False
    assert not copy.exists()
    journal.write_bytes(b"pages")
    assert backups._copy_if_still_there(journal, copy) is True
    assert copy.read_bytes() == b"pages"


def test_restore_over_a_damaged_file_moves_its_stale_journal_aside(db, tmp_path, key_store,
                                                                   system_actor):
    _add(db, *(f"row {i} " + "z" * 200 for i in range(300)))
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    target = power_cut_copy(db, tmp_path / "cut" / "lead.db")
    damage_a_page_past_the_first(target, page=3)  # the file no longer opens: replaced
    stale = sqlcipher_file.journal_path(target).read_bytes()
    backups.restore(backup, target, key_store, system_actor, force=True)
    # the old journal is not replayed into the restored file (the HMAC failure),
    # and it was kept aside with the file it belongs to
    assert not sqlcipher_file.journal_path(target).exists()
    journals = list(paths.backups_dir().glob("*replaced-by-restore*.db-journal"))
    assert [j.read_bytes() for j in journals] == [stale]
    with open_database(target, key_store) as restored:
        assert len(_values(restored)) == 300
        _sound(restored)


def test_restore_and_rekey_refuse_while_another_workstation_is_present(db, tmp_path,
                                                                       key_store, system_actor):
    _add(db, "x")
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    presence.arrive(db, "alice")
    digest = file_digest(db.path)
    with pytest.raises(OthersConnected) as caught:
        backups.restore(backup, db.path, key_store, system_actor, force=True)
    assert "1 workstation is connected: alice on" in caught.value.message
    with pytest.raises(OthersConnected):
        backups.rekey(db, key_store, system_actor)
    assert file_digest(db.path) == digest


def test_a_crashed_workstations_entry_expires(db):
    later = utcnow() + presence.EXPIRY + timedelta(seconds=1)
    alive = presence.arrive(db, "alice")
    presence.arrive(db, "bob", now=lambda: utcnow() - presence.EXPIRY - timedelta(seconds=5))
    assert [p.username for p in presence.present(db)] == ["alice"]
    presence.heartbeat(db, alive, username="alice.a")
    assert [p.username for p in presence.present(db)] == ["alice.a"]
    assert presence.present(db, now=lambda: later) == []
    presence.refuse_if_others(db, "rekey", now=lambda: later)  # nobody left: no error
    presence.leave(db, alive)
    assert presence.present(db) == []


def test_rekey_rewrites_in_place_and_keeps_every_row(created, key_store, system_actor):
    db = created.database
    _add(db, *(f"v{i}" for i in range(50)))
    inode = db.path.stat().st_ino
    backups.rekey(db, key_store, system_actor)
    assert db.path.stat().st_ino == inode  # the same file: nothing replaced
    with open_database(db.path, key_store) as rekeyed:
        assert len(_values(rekeyed)) == 50
        _sound(rekeyed)


def test_restore_with_a_foreign_journal_beside_a_sound_target(db, tmp_path, key_store,
                                                              system_actor):
    """The issue's case: a journal of another file lies beside the target."""
    _add(db, "restored row")
    backup = backups.backup(db, tmp_path / "b.db", system_actor)
    foreign = power_cut_copy(db, tmp_path / "other" / "lead.db")
    db.close()
    journal = sqlcipher_file.journal_path(db.path)
    journal.write_bytes(sqlcipher_file.journal_path(foreign).read_bytes())
    backups.restore(backup, db.path, key_store, system_actor, force=True)
    assert not journal.exists()
    with open_database(db.path, key_store) as restored:
        assert _values(restored) == ["restored row"]
        _sound(restored)
