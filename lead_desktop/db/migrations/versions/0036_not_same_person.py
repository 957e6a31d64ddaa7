"""person_not_same: pairs a supervisor found to be two people, kept off the list of
suspected duplicates

Revision ID: 0036_not_same_person
Revises: 0022_code_lists
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base

revision = '0036_not_same_person'
down_revision = '0034_search_lookup'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'person_not_same',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('first_id', sa.String(length=36), nullable=False),
        sa.Column('second_id', sa.String(length=36), nullable=False),
        sa.Column('decided_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column('decided_by', sa.String(length=36), nullable=False),
        sa.Column('reason', sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(['first_id'], ['persons.id'],
                                name=op.f('fk_person_not_same_first_id_persons')),
        sa.ForeignKeyConstraint(['second_id'], ['persons.id'],
                                name=op.f('fk_person_not_same_second_id_persons')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person_not_same')),
    )
    op.create_index(op.f('ix_person_not_same_first_id'), 'person_not_same', ['first_id'])
    op.create_index(op.f('ix_person_not_same_second_id'), 'person_not_same', ['second_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_person_not_same_second_id'), table_name='person_not_same')
    op.drop_index(op.f('ix_person_not_same_first_id'), table_name='person_not_same')
    op.drop_table('person_not_same')
