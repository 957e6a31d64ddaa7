"""PostgreSQL mode: the people search's terms table (SQLite keeps its FTS5 table).

Revision ID: 0018_server_search
Revises: 0012_profiles
"""

import sqlalchemy as sa
from alembic import op

revision = '0018_server_search'
down_revision = '0012_profiles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # person_search (FTS5, migration 0002) does this job on the encrypted file
    # Folded name parts, phonetic keys, birth dates and identifiers, one row each, kept by
    # services/people/search.py. "C" collation: a prefix LIKE uses the index, whatever the
    # server's locale, on text Python already folded.
    op.create_table(
        'person_search_terms',
        sa.Column('person_id', sa.String(36), sa.ForeignKey('persons.id'),
                  nullable=False),
        sa.Column('kind', sa.String(8), nullable=False),
        sa.Column('term', sa.Text(collation='C'), nullable=False),
    )
    op.create_index('ix_person_search_terms_kind_term', 'person_search_terms', ['kind', 'term'])
    op.create_index('ix_person_search_terms_person_id', 'person_search_terms', ['person_id'])


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS person_search_terms")
