"""PostgreSQL mode: the people search reads its candidates' rows from one partial index.

Revision ID: 0042_searchable_rows
Revises: 0040_note_indexes

The server's search reads, for each person its typed words matched, the columns it sorts
and ranks by. Through 0032's index on the id that is an index probe and then a table row
(the voided and merged markers are only in the row); this index holds only people who can
be found (not voided, not merged) with those columns, so each probe is index-only and the
planner prefers the probes to reading all of `persons`. On the county's 100,000 people the
search's p95 (with the words as one INTERSECT) went from 2.1-2.2x the file's to 1.05-2.1x
in the same runs (bench/results/server-search.md). SQLite's FTS5 query names its own index (search.py): a
no-op there.
"""

import sqlalchemy as sa
from alembic import op

revision = '0042_searchable_rows'
down_revision = '0040_note_indexes'
branch_labels = None
depends_on = None

INDEX = "ix_persons_searchable"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.create_index(INDEX, 'persons', ['id'],
                    postgresql_include=['last_name', 'first_name', 'dob', 'dob_estimated'],
                    postgresql_where=sa.text("voided_at IS NULL AND merged_into_id IS NULL"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.drop_index(INDEX, table_name='persons')
