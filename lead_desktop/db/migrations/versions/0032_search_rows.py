"""People search reads the names it ranks from one covering index

A search ranks up to 300 people per query by their names and date of birth. Read by id
from `persons`, each is an index probe and then a table row (a wide one: one page each);
with the columns in an index on the id, SQLite answers from the index alone (search.py
names it in the FTS5 query): 7.7 -> 3.7 ms of CPU a query on the county file
(bench/results/issue16.md). Same index on PostgreSQL (harmless there).

Revision ID: 0032_search_rows
Revises: 0032_block_index
"""

from alembic import op

revision = '0032_search_rows'
down_revision = '0032_block_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_persons_search_row', 'persons',
                    ['id', 'last_name', 'first_name', 'dob', 'dob_estimated'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_persons_search_row', table_name='persons')
