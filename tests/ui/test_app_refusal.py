"""The app refuses a damaged file before sign-in (nothing writes to it) and says which
backup to restore."""

import pytest

from lead_desktop import app
from lead_desktop.db import backup_set
from lead_desktop.db.database import open_database
from lead_desktop.errors import CorruptDatabase
from tests.db.helpers import file_digest
from tests.db.interruptions import damage_a_page_past_the_first


def test_a_damaged_file_is_refused_with_the_backup_to_restore(qapp, db, system_actor,
                                                             key_store):
    made = backup_set.make(db, system_actor)
    db.close()
    damage_a_page_past_the_first(db.path, page=2)
    digest = file_digest(db.path)
    args = app.build_parser().parse_args(["--db", str(db.path)])
    with pytest.raises(CorruptDatabase) as caught:
        open_database(db.path, key_store)  # what app._open does, before any sign-in
    text = app._refusal_text(caught.value, args)
    assert "damaged" in text and "restore --latest" in text and str(made) in text
    assert file_digest(db.path) == digest
