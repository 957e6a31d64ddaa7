"""Signal Desktop's lessons: every failure to open is distinct and clear, and the file is
never modified, replaced or re-created, with nothing written beside it."""

import sqlite3

import pytest

from lead_desktop.db import keys
from lead_desktop.db.database import open_database, open_with_key
from lead_desktop.errors import (
    CorruptDatabase,
    DatabaseNotFound,
    KeyMissing,
    TruncatedDatabase,
    UnencryptedDatabase,
    WrongKey,
)

from .helpers import file_digest, folder_listing


@pytest.fixture
def closed_db(db):
    db.close()
    return db.path


def _assert_untouched(path, digest, listing):
    assert file_digest(path) == digest
    assert folder_listing(path.parent) == listing


def _attempt(path, key_store, expected):
    digest, listing = file_digest(path), folder_listing(path.parent)
    with pytest.raises(expected) as caught:
        open_database(path, key_store)
    _assert_untouched(path, digest, listing)
    assert caught.value.next_step
    return caught.value


def test_missing_file_is_not_created(tmp_path, key_store):
    path = tmp_path / "nowhere" / "lead.db"
    with pytest.raises(DatabaseNotFound):
        open_database(path, key_store)
    assert not path.exists() and not path.parent.exists()


def test_missing_key(closed_db, key_store, created):
    key_store.delete(created.database.fingerprint)
    error = _attempt(closed_db, key_store, KeyMissing)
    assert "recovery key" in error.next_step


def test_wrong_key(closed_db, key_store, created):
    key_store.put(created.database.fingerprint, keys.new_key())
    _attempt(closed_db, key_store, WrongKey)


def test_wrong_key_given_directly(closed_db):
    digest = file_digest(closed_db)
    with pytest.raises(WrongKey):
        open_with_key(closed_db, keys.new_key())
    assert file_digest(closed_db) == digest


def test_unencrypted_sqlite_file_is_refused(tmp_path, key_store):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _attempt(path, key_store, UnencryptedDatabase)


@pytest.mark.parametrize("cut", [0, 100, 4096 + 17])
def test_truncated_file(closed_db, key_store, cut):
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[:cut])
    _attempt(closed_db, key_store, TruncatedDatabase)


def test_truncated_on_a_page_boundary_is_reported_damaged(closed_db, key_store):
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: len(data) // 4096 // 2 * 4096])
    _attempt(closed_db, key_store, CorruptDatabase)


def test_corrupt_first_page_with_the_right_key(closed_db, key_store):
    data = bytearray(closed_db.read_bytes())
    for offset in range(100, 400):  # inside page 1, after the salt that holds the key check
        data[offset] ^= 0x5A
    closed_db.write_bytes(bytes(data))
    error = _attempt(closed_db, key_store, CorruptDatabase)
    assert "backup" in error.next_step


def test_each_failure_has_its_own_exit_code():
    codes = [e.exit_code for e in (DatabaseNotFound, KeyMissing, WrongKey, UnencryptedDatabase,
                                   TruncatedDatabase, CorruptDatabase)]
    assert len(set(codes)) == len(codes)
