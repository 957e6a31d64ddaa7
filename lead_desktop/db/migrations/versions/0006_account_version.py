"""account version: sessions end with the account

Revision ID: 0006_account_version
Revises: 0004_presence
Create Date: 2026-12-01

Each signed-in session remembers its account's version and compares it at every service
call; disabling, an administrator's password reset and a role change raise it, so the
account's other open sessions end at their next action.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006_account_version'
down_revision = '0004_presence'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_version', sa.Integer(), nullable=False,
                                      server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('account_version')
