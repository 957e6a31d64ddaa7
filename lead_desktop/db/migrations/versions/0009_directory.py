"""courts, agencies, program settings, the timer lease, justice look-ups, a summons' court

Revision ID: 0009_directory
Revises: 0006_account_version
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base

revision = '0009_directory'
down_revision = '0006_account_version'
branch_labels = None
depends_on = None

UTC = lead_desktop.models.base.UTCDateTime


def _tracked() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', UTC(), nullable=False),
        sa.Column('created_by', sa.String(length=36), nullable=True),
        sa.Column('updated_at', UTC(), nullable=True),
        sa.Column('updated_by', sa.String(length=36), nullable=True),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('voided_at', UTC(), nullable=True),
        sa.Column('voided_by', sa.String(length=36), nullable=True),
        sa.Column('void_reason', sa.String(length=500), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        'courts',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('division', sa.String(length=200), nullable=True),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('phone', sa.String(length=40), nullable=True),
        sa.Column('sessions', sa.JSON(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_courts')))
    op.create_table(
        'agencies',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('phone', sa.String(length=40), nullable=True),
        sa.Column('badge_format', sa.String(length=120), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
        sa.UniqueConstraint('name', name=op.f('uq_agencies_name')))
    op.create_table(
        'program_settings',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('updated_at', UTC(), nullable=False),
        sa.Column('updated_by', sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_program_settings')))
    op.create_table(
        'leases',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('holder', sa.String(length=200), nullable=False),
        sa.Column('taken_at', UTC(), nullable=False),
        sa.Column('expires_at', UTC(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_leases')))
    op.create_table(
        'justice_lookups',
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=True),
        sa.Column('window', sa.String(length=12), nullable=False),
        sa.Column('looked_on', sa.Date(), nullable=False),
        sa.Column('sources', sa.String(length=300), nullable=False),
        sa.Column('nothing_found', sa.Boolean(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_justice_lookups_case_id_cases')),
        sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                                name=op.f('fk_justice_lookups_person_id_persons')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_justice_lookups')))
    with op.batch_alter_table('justice_lookups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_justice_lookups_person_id'), ['person_id'],
                              unique=False)
    with op.batch_alter_table('summonses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('court_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_summonses_court_id_courts'), 'courts',
                                    ['court_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('summonses', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_summonses_court_id_courts'), type_='foreignkey')
        batch_op.drop_column('court_id')
    with op.batch_alter_table('justice_lookups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_justice_lookups_person_id'))
    op.drop_table('justice_lookups')
    op.drop_table('leases')
    op.drop_table('program_settings')
    op.drop_table('agencies')
    op.drop_table('courts')
