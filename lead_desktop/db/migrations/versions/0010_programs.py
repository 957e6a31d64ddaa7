"""program steps of issue 12: the second responder at the scene, case proposals

Revision ID: 0010_programs
Revises: 0009_directory
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base

revision = '0010_programs'
down_revision = '0009_directory'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('second_responder', sa.String(length=300), nullable=True))

    op.create_table('case_proposals',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('to_state', sa.String(length=30), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('incident_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('decision_reason', sa.String(length=500), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('voided_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('voided_by', sa.String(length=36), nullable=True),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_proposals_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_proposals'))
    )
    with op.batch_alter_table('case_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_proposals_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_proposals_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_proposals_status'))
        batch_op.drop_index(batch_op.f('ix_case_proposals_case_id'))
    op.drop_table('case_proposals')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('second_responder')
