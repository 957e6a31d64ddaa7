"""reports: covering indexes for a case's history and its contacts (issue 17)

Reports read every case's transitions and the contacts of the cases on a caseload; on a
county database (100,000 cases, 750,000 notes) reading them from these indexes instead of
the tables' rows (note text, details) is what makes a report come back while one waits.

Revision ID: 0013_report_indexes
Revises: 0008_duplicate_blocks
Create Date: 2026-12-01
"""

from alembic import op

revision = '0013_report_indexes'
down_revision = '0008_duplicate_blocks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # if_not_exists: a database rewound to an older revision by hand keeps its indexes
    op.create_index('ix_case_transitions_history', 'case_transitions',
                    ['case_id', 'seq', 'at', 'to_state', 'from_state', 'reason_code'],
                    if_not_exists=True)
    op.create_index('ix_case_notes_contacts', 'case_notes',
                    ['case_id', 'contact_at', 'contact_type', 'amends_id', 'voided_at'],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index('ix_case_notes_contacts', table_name='case_notes', if_exists=True)
    op.drop_index('ix_case_transitions_history', table_name='case_transitions',
                  if_exists=True)
