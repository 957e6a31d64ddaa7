"""workstation presence: who has the database open

Revision ID: 0004_presence
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base


revision = '0004_presence'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workstation_presence',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('workstation', sa.String(length=200), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('program', sa.String(length=40), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('opened_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('heartbeat_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstation_presence'))
    )
    with op.batch_alter_table('workstation_presence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workstation_presence_heartbeat_at'),
                              ['heartbeat_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('workstation_presence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workstation_presence_heartbeat_at'))
    op.drop_table('workstation_presence')
