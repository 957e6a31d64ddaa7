"""attachments: when a voided attachment's content was deleted under the retention rule
(the row stays: what it was, its hash, who added and voided it and why)

Revision ID: 0021_attachment_purge
Revises: 0018_server_search
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base

revision = '0021_attachment_purge'
down_revision = '0018_server_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN on both engines (no table copy: other tables refer to this one)
    op.add_column('attachments', sa.Column('purged_at', lead_desktop.models.base.UTCDateTime(),
                                           nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attachments') as batch:
        batch.drop_column('purged_at')
