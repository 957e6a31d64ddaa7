"""The code lists get their first entries: the built-in exit types, contact types, housing
and employment categories and offense codes (services/program/code_seed.py), so the forms
offer the administrator's lists and every existing record still reads its code.

Revision ID: 0022_code_lists
Revises: 0021_attachment_purge
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0022_code_lists'
down_revision = '0021_attachment_purge'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An existing database gets the codes here; a new one from create_database, in its
    # first save (as the bundled profiles, migration 0012).
    if op.get_bind().execute(sa.text("SELECT count(*) FROM database_info")).scalar():
        from lead_desktop.services.program.code_seed import seed_codes

        session = Session(bind=op.get_bind())
        seed_codes(session)
        session.flush()


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM code_entries WHERE added_by IS NULL"))
