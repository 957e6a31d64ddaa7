"""duplicate blocks: unknown date of birth, more blocking keys

A person may be recorded with an unknown date of birth (issue 21), and the duplicate check
files people under more keys (given name + birth year, date of birth, month-day + initial),
looked up by (field, key). The keys of everyone on file are rebuilt here.

Revision ID: 0008_duplicate_blocks
Revises: 0010_programs
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from lead_desktop.services.people.blocking import person_blocks

revision = '0008_duplicate_blocks'
down_revision = '0010_programs'
branch_labels = None
depends_on = None

_persons = sa.table("persons", sa.column("id", sa.String), sa.column("last_name", sa.String),
                    sa.column("first_name", sa.String), sa.column("dob", sa.Date),
                    sa.column("dob_estimated", sa.Boolean))
_aliases = sa.table("person_aliases", sa.column("person_id", sa.String),
                    sa.column("last_name", sa.String), sa.column("first_name", sa.String))
_keys = sa.table("person_name_keys", sa.column("person_id", sa.String),
                 sa.column("field", sa.String), sa.column("key", sa.String))


def upgrade() -> None:
    _dob_nullable(True)
    # a county's keys are loaded without indexes, which are then built once, in order: kept
    # up row by row, 1.5 million keys would take many minutes on an encrypted file
    op.drop_index('ix_person_name_keys_key', table_name='person_name_keys')
    op.drop_index('ix_person_name_keys_person_id', table_name='person_name_keys')
    _rebuild_keys(op.get_bind())
    op.create_index('ix_person_name_keys_key', 'person_name_keys', ['key'], unique=False)
    op.create_index('ix_person_name_keys_person_id', 'person_name_keys', ['person_id'],
                    unique=False)
    op.create_index('ix_person_name_keys_field_key', 'person_name_keys', ['field', 'key'],
                    unique=False)


def _rebuild_keys(connection) -> None:
    """Derived data: every person's blocking keys, from their names and date of birth."""
    aliases: dict[str, list[tuple[str, str | None]]] = {}
    for person_id, last, first in connection.execute(sa.select(
            _aliases.c.person_id, _aliases.c.last_name, _aliases.c.first_name)):
        aliases.setdefault(person_id, []).append((last, first))
    connection.execute(_keys.delete())
    batch = []
    for person_id, last, first, dob, estimated in connection.execute(sa.select(
            _persons.c.id, _persons.c.last_name, _persons.c.first_name, _persons.c.dob,
            _persons.c.dob_estimated)).all():
        own = aliases.get(person_id, [])
        blocks = person_blocks(last, first, dob, bool(estimated), tuple(a for a, _ in own),
                               tuple(f for _, f in own if f))
        batch += [{"person_id": person_id, "field": f, "key": k} for f, k in blocks.rows()]
        if len(batch) >= 20000:
            connection.execute(_keys.insert(), batch)
            batch = []
    if batch:
        connection.execute(_keys.insert(), batch)


def _dob_nullable(nullable: bool) -> None:
    """persons.dob NOT NULL on or off. SQLite would copy the table to change it, and
    dropping the old `persons` fails while cases refer to it (foreign keys are on inside the
    upgrade's transaction); removing or adding back a NOT NULL changes no stored data, so
    SQLite's documented way is to edit the table's definition in the schema
    (sqlite.org/lang_altertable.html, "other kinds of table schema changes")."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.alter_column('persons', 'dob', existing_type=sa.Date(), nullable=nullable)
        return
    sql = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'persons'")).scalar_one()
    strict, loose = "dob DATE NOT NULL,", "dob DATE,"
    before, after = (strict, loose) if nullable else (loose, strict)
    if after in sql:
        return  # already so (a database made at this revision)
    if before not in sql:
        raise RuntimeError(f"persons.dob is not declared as expected: {sql}")
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar_one()
    bind.execute(sa.text("PRAGMA writable_schema = ON"))
    bind.execute(sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' "
                         "AND name = 'persons'"), {"sql": sql.replace(before, after, 1)})
    bind.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
    bind.execute(sa.text("PRAGMA writable_schema = OFF"))


def downgrade() -> None:
    if op.get_bind().execute(sa.text("SELECT 1 FROM persons WHERE dob IS NULL")).first():
        raise RuntimeError("people with an unknown date of birth: cannot go below 0008")
    op.drop_index('ix_person_name_keys_field_key', table_name='person_name_keys')
    op.execute(sa.text("DELETE FROM person_name_keys WHERE field NOT IN ('last', 'first')"))
    _dob_nullable(False)
