"""The duplicate check's blocks read from one covering index

`duplicates.find_candidates` looks people up by (field, key) in `person_name_keys` and needs
only their ids: with the id in the index, SQLite answers from the index alone instead of
reading a table row per key (hundreds per check in a county; bench/results/duplicates.md).
The index on (field, key) it replaces is its prefix. Same on PostgreSQL.

Revision ID: 0032_block_index
Revises: 0022_code_lists
"""

from alembic import op

revision = '0032_block_index'
down_revision = '0036_not_same_person'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_person_name_keys_blocks', 'person_name_keys',
                    ['field', 'key', 'person_id'], unique=False)
    op.drop_index('ix_person_name_keys_field_key', table_name='person_name_keys')


def downgrade() -> None:
    op.create_index('ix_person_name_keys_field_key', 'person_name_keys', ['field', 'key'],
                    unique=False)
    op.drop_index('ix_person_name_keys_blocks', table_name='person_name_keys')
