"""record seals: the audit log carries the content hash of the records each entry wrote

Revision ID: 0017_record_seals
Revises: 0014_attachments
Create Date: 2026-12-01

A record changed directly in the file (a SQLite tool and the key) is found by comparing
it with the hash of its newest seal in the hash-chained log (security/record_seals.py).
A plain ADD COLUMN, not a batch copy: copying audit_log would drop its append-only
triggers. The records already on file are sealed by the upgrade itself
(db/database.upgrade_schema seals every record after any migration).
"""

import sqlalchemy as sa
from alembic import op

revision = '0017_record_seals'
down_revision = '0014_attachments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c['name'] for c in sa.inspect(op.get_bind()).get_columns('audit_log')}
    if 'seals' not in columns:  # a file put back to an older revision by hand keeps it
        op.add_column('audit_log', sa.Column('seals', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('seals')
