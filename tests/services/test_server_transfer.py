"""migrate-to and back: an encrypted file into PostgreSQL and out again into a new file, with
identical records, verifying chains, working search, and the source file untouched."""

from __future__ import annotations

import hashlib

import psycopg
import pytest
from sqlalchemy import select, text

from lead_desktop.db import table_copy
from lead_desktop.db.database import open_database
from lead_desktop.db.server import open_server_database
from lead_desktop.errors import AlreadyExists
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit, record_seals
from lead_desktop.services.demo_data.generator import DemoDataGenerator
from lead_desktop.services.people.search import search
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.server_transfer import export_to_file, migrate_to_server
from tests.support import postgres

pytestmark = pytest.mark.slow
LOG_AND_HEAD = {"audit_log", "database_info"}


@pytest.fixture
def empty_server_database(postgres_server):
    name = "lead_transfer"
    with psycopg.connect(postgres_server.url(), autocommit=True) as dba:
        dba.execute(f"CREATE DATABASE {name}")
    yield postgres_server.url(name)
    postgres.drop(postgres_server, name)


def _digests(database) -> dict:  # noqa: ANN001
    with database.engine.connect() as connection:
        return table_copy.table_digests(connection)


def _entries(database) -> list[tuple]:  # noqa: ANN001
    with database.read() as session:
        return [tuple(row) for row in session.execute(
            select(AuditEntry.seq, AuditEntry.entry_hash, AuditEntry.event)
            .order_by(AuditEntry.seq))]


def test_a_file_moves_to_the_server_and_back_with_identical_records(
        db, key_store, system_actor, tmp_path, empty_server_database):
    DemoDataGenerator(db, ProfileStore(db).latest(), seed=7).run(25)
    with db.read() as session:
        someone = session.execute(text("SELECT last_name FROM persons LIMIT 1")).scalar()
    before = _digests(db)
    entries_before = _entries(db)
    db.close()
    file_bytes = hashlib.sha256(db.path.read_bytes()).hexdigest()

    source = open_database(db.path, key_store, upgrade=False)
    with source:
        moved = migrate_to_server(source, empty_server_database, key_store, actor=system_actor,
                                  transport=postgres.loopback())
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == file_bytes  # only read
    assert moved.tables == before and moved.rows > 500

    server = open_server_database(empty_server_database, key_store,
                                  transport=postgres.loopback())
    with server:
        on_server = _digests(server)
        assert {k: v for k, v in on_server.items() if k not in LOG_AND_HEAD} == \
            {k: v for k, v in before.items() if k not in LOG_AND_HEAD}
        server_entries = _entries(server)
        assert server_entries[:len(entries_before)] == entries_before  # the same chain, on
        assert server_entries[len(entries_before)][2] == "database.migrated_in"
        with server.read() as session:
            assert audit.verify_chain(session).ok
            assert record_seals.check(session).ok  # sealed anew as the server returns rows
            assert any(hit.last_name == someone for hit in search(session, someone))
            # vacuumed and analyzed at once: statistics for the planner, pages marked
            # visible for the search's index-only look-ups
            tidied = session.execute(text(
                "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL "
                "FROM pg_stat_user_tables WHERE relname = 'person_search_terms'")).scalar()
            assert tidied
        with open_database(db.path, key_store, upgrade=False) as again, \
                pytest.raises(AlreadyExists):  # a database that holds tables is never written
            migrate_to_server(again, empty_server_database, key_store, actor=system_actor,
                              transport=postgres.loopback())

        back = export_to_file(server, tmp_path / "back.db", key_store, actor=system_actor)
        assert back.recovery_key and back.tables == {k: v for k, v in _digests(server).items()}

    exported = open_database(tmp_path / "back.db", key_store, upgrade=False)
    with exported:
        assert exported.info().fingerprint == exported.fingerprint  # the file's own identity
        again = _digests(exported)
        assert {k: v for k, v in again.items() if k not in LOG_AND_HEAD} == \
            {k: v for k, v in before.items() if k not in LOG_AND_HEAD}
        back_entries = _entries(exported)
        assert back_entries[:len(entries_before)] == entries_before
        with exported.read() as session:
            assert audit.verify_chain(session).ok
            assert record_seals.check(session).ok  # every copied record sealed as it is
            assert any(hit.last_name == someone for hit in search(session, someone))


def test_a_copy_that_differs_is_named_table_by_table():
    same = table_copy.TableDigest(3, "a" * 64)
    assert table_copy.differences({"persons": same}, {"persons": same}) == []
    assert table_copy.differences({"persons": same}, {"persons": table_copy.TableDigest(
        3, "b" * 64)}) == ["persons: the same 3 rows in number, different content"]
    assert table_copy.differences({"persons": same}, {}) == [
        "persons: present on one side only"]
