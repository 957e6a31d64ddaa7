"""Schema upgrades happen only when an administrator asks (`lead-admin upgrade`): a
workstation refuses a schema older (or newer) than its program, untouched; a file is
upgraded only when no one else is connected; a server's upgrade is one transaction."""

from __future__ import annotations

import uuid

import psycopg
import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from lead_desktop.cli.main import main
from lead_desktop.db import presence, schema
from lead_desktop.db.database import open_database
from lead_desktop.db.server import open_server_database, store_password, upgrade_server_database
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import OlderSchema, UpgradeFailed
from lead_desktop.models import AuditEntry
from lead_desktop.security import audit, record_seals
from tests.db.helpers import file_digest
from tests.support import postgres

PREVIOUS = schema.known_revisions()[-3]  # before 0040 (0042 changes nothing on a file)


def _events(database) -> list[str]:  # noqa: ANN001
    with database.read() as session:
        assert audit.verify_chain(session).ok
        return session.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)).all()


def _as_previous(db) -> None:  # noqa: ANN001
    """The schema PREVIOUS left: 0042 (an index on the server only) has nothing to undo on a
    file; 0040_note_indexes undone."""
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": PREVIOUS})
        session.execute(text("DROP INDEX ix_case_notes_amends_id"))
        session.execute(text("CREATE INDEX ix_case_notes_amends_id ON case_notes (amends_id)"))
        session.execute(text("CREATE INDEX ix_case_notes_case_id ON case_notes (case_id)"))
        session.execute(text("CREATE INDEX ix_case_notes_contact_at ON case_notes (contact_at)"))


def test_a_file_is_upgraded_only_on_request_and_only_when_no_one_else_is_there(
        db, key_store, capsys):
    _as_previous(db)
    someone = presence.arrive(db, "bea")
    db.close()
    before = file_digest(db.path)
    with pytest.raises(OlderSchema) as refused:
        open_database(db.path, key_store)
    assert "lead-admin upgrade" in refused.value.next_step
    assert file_digest(db.path) == before

    assert main(["upgrade", "--db", str(db.path)]) == 18  # bea is connected
    assert "1 workstation is connected" in capsys.readouterr().err
    assert file_digest(db.path) == before

    with open_database(db.path, key_store, upgrade=False) as old:
        presence.leave(old, someone)
    assert main(["upgrade", "--db", str(db.path)]) == 0
    assert "verified backup" in capsys.readouterr().out
    with open_database(db.path, key_store) as upgraded:
        with upgraded.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
        assert _events(upgraded)[-2:] == ["database.schema_upgrade", "records.baseline"]
    assert main(["upgrade", "--db", str(db.path)]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_file_upgrade_that_fails_midway_is_undone_whole(db, key_store, capsys,
                                                          monkeypatch):
    """Seen on a county's copy under load: the migrations committed, then sealing the
    records failed ("database is locked"), leaving a new schema with no audit entry of the
    upgrade and no seals. The migrations, the entry and the seals are one transaction."""
    _as_previous(db)
    db.close()

    def locked(*_args, **_kwargs):
        raise sqlalchemy.exc.OperationalError("baseline", {}, Exception("database is locked"))

    with monkeypatch.context() as fault:
        fault.setattr(record_seals, "baseline", locked)
        assert main(["upgrade", "--db", str(db.path)]) == UpgradeFailed.exit_code
    said = capsys.readouterr().err
    assert "rolled back" in said and f"still {PREVIOUS}" in said and "database is locked" in said
    with open_database(db.path, key_store, upgrade=False) as left:
        with left.engine.connect() as connection:
            assert schema.current_revision(connection) == PREVIOUS
        assert "database.schema_upgrade" not in _events(left)
    assert main(["upgrade", "--db", str(db.path)]) == 0   # tried again, it completes
    with open_database(db.path, key_store) as upgraded:
        assert _events(upgraded)[-2:] == ["database.schema_upgrade", "records.baseline"]


@pytest.mark.slow
def test_a_server_is_upgraded_as_one_transaction_or_not_at_all(postgres_template, key_store,
                                                               system_actor):
    assert schema.known_revisions()[-10:] == [
        "0012_profiles", "0018_server_search", "0021_attachment_purge", "0022_code_lists",
        "0034_search_lookup", "0036_not_same_person", "0032_block_index",
        "0032_search_rows", "0040_note_indexes", "0042_searchable_rows"], \
        "a new migration: undo it below too, so the schema is the one 0012 left"
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres.copy_of_template(postgres_template, name)
    store_password(key_store, *ServerAddress.parse(url))  # as `lead-admin server-password`
    try:
        with psycopg.connect(url) as dba:  # the schema as revision 0012 left it: each
            # later migration undone (0018 search terms, with 0034's indexes on them; 0021
            # purge column; 0022 seeded codes; 0036 the pairs found not the same person;
            # 0032 the covering indexes of the duplicate check's blocks and of the search;
            # 0040 the notes' case and contact time indexes, the amendments' over every note;
            # 0042 the search's partial index of searchable people)
            dba.execute("DROP INDEX ix_persons_searchable")
            dba.execute("DROP INDEX ix_case_notes_amends_id")
            dba.execute("CREATE INDEX ix_case_notes_amends_id ON case_notes (amends_id)")
            dba.execute("CREATE INDEX ix_case_notes_case_id ON case_notes (case_id)")
            dba.execute("CREATE INDEX ix_case_notes_contact_at ON case_notes (contact_at)")
            dba.execute("DROP TABLE person_not_same")
            dba.execute("DROP INDEX ix_persons_search_row")
            dba.execute("DROP INDEX ix_person_name_keys_blocks")
            dba.execute("CREATE INDEX ix_person_name_keys_field_key "
                        "ON person_name_keys (field, key)")
            dba.execute("DROP TABLE person_search_terms")
            dba.execute("ALTER TABLE attachments DROP COLUMN purged_at")
            dba.execute("DELETE FROM code_entries WHERE added_by IS NULL")
            dba.execute("UPDATE alembic_version SET version_num = '0012_profiles'")
            # something in the way of the next migration: its CREATE TABLE fails
            dba.execute("CREATE VIEW person_search_terms AS SELECT 1 AS x")
        with pytest.raises(OlderSchema):
            open_server_database(url, key_store, transport=postgres.loopback())
        with pytest.raises(UpgradeFailed, match="rolled back"):
            upgrade_server_database(url, key_store, actor=system_actor,
                                    transport=postgres.loopback())
        with psycopg.connect(url) as dba:
            assert dba.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
                "0012_profiles"
            dba.execute("DROP VIEW person_search_terms")
        assert upgrade_server_database(url, key_store, actor=system_actor,
                                       transport=postgres.loopback()) == (
            "0012_profiles", schema.head_revision())
        with open_server_database(url, key_store, transport=postgres.loopback()) as upgraded:
            assert "database.schema_upgrade" in _events(upgraded)[-2:]
            with upgraded.read() as session:
                assert session.execute(text("SELECT count(*) FROM person_search_terms")
                                       ).scalar() == 0
    finally:
        postgres.drop(postgres_template, name)
