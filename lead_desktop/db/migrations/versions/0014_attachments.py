"""attachments kept inside the encrypted database (issue 20); the disclosure log names the
signed copy of the consent it relied on

Revision ID: 0014_attachments
Revises: 0013_report_indexes
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import lead_desktop.models.base

revision = '0014_attachments'
down_revision = '0013_report_indexes'
branch_labels = None
depends_on = None


def _tracked() -> list:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', lead_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=36), nullable=True),
        sa.Column('updated_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column('updated_by', sa.String(length=36), nullable=True),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('voided_at', lead_desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column('voided_by', sa.String(length=36), nullable=True),
        sa.Column('void_reason', sa.String(length=500), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('consent_id', sa.String(length=36), nullable=True),
    sa.Column('provider_referral_id', sa.String(length=36), nullable=True),
    sa.Column('summons_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('location_removed', sa.Boolean(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_attachments_case_id_cases')),
    sa.ForeignKeyConstraint(['consent_id'], ['consents.id'],
                            name=op.f('fk_attachments_consent_id_consents')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_attachments_person_id_persons')),
    sa.ForeignKeyConstraint(['provider_referral_id'], ['provider_referrals.id'],
                            name=op.f('fk_attachments_provider_referral_id_provider_referrals')),
    sa.ForeignKeyConstraint(['summons_id'], ['summonses.id'],
                            name=op.f('fk_attachments_summons_id_summonses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_consent_id'), ['consent_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_person_id'), ['person_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_sha256'), ['sha256'], unique=False)

    op.create_table('attachment_chunks',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'],
                            name=op.f('fk_attachment_chunks_attachment_id_attachments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_chunks')),
    sa.UniqueConstraint('attachment_id', 'seq', name=op.f('uq_attachment_chunks_attachment_id'))
    )
    with op.batch_alter_table('attachment_chunks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_chunks_attachment_id'),
                              ['attachment_id'], unique=False)

    # a plain ADD COLUMN (no table copy: other tables refer to disclosure_log's neighbours)
    op.add_column('disclosure_log',
                  sa.Column('signed_copy_id', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('disclosure_log', schema=None) as batch_op:
        batch_op.drop_column('signed_copy_id')
    op.drop_table('attachment_chunks')
    op.drop_table('attachments')
