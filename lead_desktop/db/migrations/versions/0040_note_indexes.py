"""A note save writes three index pages fewer

Every note saved wrote an entry into each of the six indexes on `case_notes` (issue 16:
a note save wrote about 13 pages against a plain INSERT's one). Three of them cost a page a
save and answer nothing another index does not:
- `ix_case_notes_case_id` is the first column of `ix_case_notes_contacts` (case_id,
  contact_at, ...), which every read of a case's notes and the foreign key's check use;
- `ix_case_notes_contact_at`: every read of a note's contact time names its case (or the
  cases of a caseload), and `ix_case_notes_contacts` answers it; no query reads notes by
  contact time across the county (the evaluator's extract reads every note, in one pass);
- `ix_case_notes_amends_id` held an entry for every note, nearly all with no amended note
  (NULL). It now holds amendments only (`WHERE amends_id IS NOT NULL`): the lookups of a
  note's amendments (`amends_id IN (...)`) and the self-referencing foreign key's check
  (`amends_id = ?`) still use it; an ordinary note writes nothing to it.

Revision ID: 0040_note_indexes
Revises: 0032_search_rows
"""

import sqlalchemy as sa
from alembic import op

revision = '0040_note_indexes'
down_revision = '0032_search_rows'
branch_labels = None
depends_on = None

_AMENDMENTS_ONLY = sa.text("amends_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index('ix_case_notes_case_id', table_name='case_notes')
    op.drop_index('ix_case_notes_contact_at', table_name='case_notes')
    op.drop_index('ix_case_notes_amends_id', table_name='case_notes')
    op.create_index('ix_case_notes_amends_id', 'case_notes', ['amends_id'],
                    sqlite_where=_AMENDMENTS_ONLY, postgresql_where=_AMENDMENTS_ONLY)


def downgrade() -> None:
    op.drop_index('ix_case_notes_amends_id', table_name='case_notes')
    op.create_index('ix_case_notes_amends_id', 'case_notes', ['amends_id'])
    op.create_index('ix_case_notes_case_id', 'case_notes', ['case_id'])
    op.create_index('ix_case_notes_contact_at', 'case_notes', ['contact_at'])
