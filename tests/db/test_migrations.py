"""Alembic owns the schema: migrations match the models, and older databases are upgraded
after a verified backup."""

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from lead_desktop import paths
from lead_desktop.db import schema
from lead_desktop.db.database import open_database, open_with_key
from lead_desktop.errors import NewerSchema, NotALeadDatabase, OlderSchema
from lead_desktop.models import Base
from lead_desktop.security import audit
from lead_desktop.services.program.code_lists import CodeListService
from tests.db.helpers import file_digest


def test_a_new_database_is_at_head(db):
    with db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.head_revision()


def test_migrations_match_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": schema.include_object})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def _set_revision(db, revision):
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.db"))


def test_every_released_schema_has_a_fixture():
    revisions = {path.stem.removeprefix("schema-") for path in FIXTURES}
    assert revisions <= set(schema.known_revisions())
    assert schema.known_revisions()[0] in revisions


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_released_schema_opens_at_head(fixture, tmp_path, key_store):
    """A database of every released schema (kept in tests/db/fixtures) opens in this
    version; one older than head is upgraded, after a verified backup under the old schema."""
    path = tmp_path / "lead.db"
    shutil.copyfile(fixture, path)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    old_revision = fixture.stem.removeprefix("schema-")
    with open_with_key(path, key, upgrade=False) as old:
        key_store.put(old.fingerprint, key)
    if old_revision != schema.head_revision():  # a workstation never upgrades on its own
        before = file_digest(path)
        with pytest.raises(OlderSchema, match="Nothing was changed"):
            open_database(path, key_store)
        assert file_digest(path) == before
    with open_database(path, key_store, upgrade=True) as upgraded:
        with upgraded.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
        with upgraded.read() as session:
            assert audit.verify_chain(session).ok
        # the built-in codes became the administrator's lists (migration 0022)
        assert "lost_contact" in [v.code for v in CodeListService(upgraded).entries(
            "exit_reason")]
    made = list(paths.backups_dir().glob("*before-upgrade*"))
    if old_revision == schema.head_revision():
        assert made == []
    else:
        assert len(made) == 1
        with open_with_key(made[0], key, upgrade=False) as backup, backup.engine.connect() as c:
            assert schema.current_revision(c) == old_revision


def test_a_newer_schema_is_refused_untouched(db, key_store):
    _set_revision(db, "ffffffffffff")
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(NewerSchema):
        open_database(db.path, key_store)
    assert db.path.read_bytes() == before


def test_an_encrypted_file_without_our_tables_is_not_a_lead_database(db, key_store):
    with db.write() as session:
        session.execute(text("DROP TABLE alembic_version"))
    db.close()
    with pytest.raises(NotALeadDatabase):
        open_database(db.path, key_store)


def test_0008_files_everyone_under_the_new_keys(db, staff):
    """People recorded before revision 0008 had only last- and first-name keys; the upgrade
    files them under every block, so the duplicate check finds them."""
    import importlib
    from datetime import date

    from lead_desktop.security.roles import Role
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.people.records import PersonInput

    people, desk = PersonService(db), staff[Role.CASE_MANAGER]
    before = people.create(desk, PersonInput("Okafor", "Chidi", date(1985, 3, 14)))
    with db.write() as session:
        session.execute(text("DELETE FROM person_name_keys WHERE field NOT IN ('last', 'first')"))
    typed = PersonInput("Okafor", "Chidi", date(1985, 3, 14))
    assert people.find_candidates(desk, typed) == []         # as an old database would be
    migration = importlib.import_module(
        "lead_desktop.db.migrations.versions.0008_duplicate_blocks")
    with db.write() as session:
        migration._rebuild_keys(session.connection())
    assert [c.person_id for c in people.find_candidates(desk, typed)] == [before.id]


def test_0008_upgrades_a_database_with_people_and_cases(program, staff, db, key_store):
    """The date of birth becomes optional without copying `persons` (dropping it fails
    while cases refer to it), and the people on file stay, findable."""

    from lead_desktop.models import Case, Person
    from lead_desktop.security.roles import Role
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.people.records import PersonInput
    from tests.support import steps

    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    with db.write() as session:  # back to how revision 0010 left the schema
        sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'persons'")).scalar()
        version = session.execute(text("PRAGMA schema_version")).scalar()
        session.execute(text("PRAGMA writable_schema = ON"))
        session.execute(text("UPDATE sqlite_master SET sql = :sql WHERE name = 'persons'"),
                        {"sql": sql.replace("dob DATE,", "dob DATE NOT NULL,")})
        session.execute(text(f"PRAGMA schema_version = {version + 1}"))
        session.execute(text("PRAGMA writable_schema = OFF"))
        session.execute(text("DROP INDEX ix_person_name_keys_blocks"))  # 0032's
        session.execute(text("DROP INDEX ix_persons_search_row"))  # 0032_search_rows's
        session.execute(text("DROP INDEX ix_case_notes_amends_id"))  # 0040's, as before it
        session.execute(text("CREATE INDEX ix_case_notes_amends_id ON case_notes (amends_id)"))
        session.execute(text("CREATE INDEX ix_case_notes_case_id ON case_notes (case_id)"))
        session.execute(text("CREATE INDEX ix_case_notes_contact_at ON case_notes (contact_at)"))
        session.execute(text("DELETE FROM person_name_keys WHERE field NOT IN ('last', 'first')"))
        # and without what later revisions add (0014: attachments; 0012: profiles)
        session.execute(text("DROP TABLE attachment_chunks"))
        session.execute(text("DROP TABLE attachments"))
        session.execute(text("ALTER TABLE disclosure_log DROP COLUMN signed_copy_id"))
        for table in ("profile_versions", "holidays", "code_entries", "person_not_same"):
            session.execute(text(f"DROP TABLE {table}"))
        session.execute(text("UPDATE alembic_version SET version_num = '0010_programs'"))
    path = db.path
    db.close()
    with open_database(path, key_store, upgrade=True) as upgraded:
        with upgraded.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        with upgraded.read() as session:
            person = session.get(Person, session.get(Case, case.id).person_id)
        people, desk = PersonService(upgraded), staff[Role.CASE_MANAGER]
        found = people.find_candidates(desk, PersonInput(person.last_name, person.first_name,
                                                         person.dob))
        assert [c.person_id for c in found] == [person.id]
        unknown = people.create(desk, PersonInput("Doe", "", None), confirmed_new=True)
        assert people.get(desk, unknown.id).dob is None
