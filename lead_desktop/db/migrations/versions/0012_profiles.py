"""issue 13: program profiles as versions in the database, holidays, code lists

The bundled presets are copied in (an existing database here, on upgrade; a new one by
create_database),
so the profile each case stores (`profile_id@profile_version`) is found in the database.

Revision ID: 0012_profiles
Revises: 0017_record_seals
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

import lead_desktop.models.base

revision = '0012_profiles'
down_revision = '0017_record_seals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('profile_versions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('profile_id', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('created_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_by_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_versions')),
    sa.UniqueConstraint('profile_id', 'version', name='uq_profile_versions_profile_id_version')
    )
    with op.batch_alter_table('profile_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_versions_profile_id'), ['profile_id'],
                              unique=False)

    op.create_table('holidays',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_es', sa.String(length=200), nullable=False),
    sa.Column('added_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holidays'))
    )
    with op.batch_alter_table('holidays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holidays_day'), ['day'], unique=False)

    op.create_table('code_entries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=30), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label_en', sa.String(length=300), nullable=False),
    sa.Column('label_es', sa.String(length=300), nullable=False),
    sa.Column('statute', sa.String(length=120), nullable=True),
    sa.Column('level', sa.String(length=40), nullable=True),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('added_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=36), nullable=True),
    sa.Column('retired_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_entries')),
    sa.UniqueConstraint('list_name', 'code', name='uq_code_entries_list_name_code')
    )
    with op.batch_alter_table('code_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_entries_list_name'), ['list_name'],
                              unique=False)

    # An existing database gets the presets as its first versions here (the upgrade then
    # seals every record); a new one gets them from create_database, in its first save.
    if op.get_bind().execute(sa.text("SELECT count(*) FROM database_info")).scalar():
        from lead_desktop.services.program.profile_store import seed_bundled

        session = Session(bind=op.get_bind())
        seed_bundled(session, "upgrade 0012")
        session.flush()


def downgrade() -> None:
    with op.batch_alter_table('code_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_entries_list_name'))
    op.drop_table('code_entries')
    with op.batch_alter_table('holidays', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holidays_day'))
    op.drop_table('holidays')
    with op.batch_alter_table('profile_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_versions_profile_id'))
    op.drop_table('profile_versions')
