"""program settings (saving documents to disk)

Revision ID: 0007_program_settings
Revises: 0006_account_version
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base


revision = '0007_program_settings'
down_revision = '0006_account_version'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('program_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('changed_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_program_settings'))
    )


def downgrade() -> None:
    op.drop_table('program_settings')
