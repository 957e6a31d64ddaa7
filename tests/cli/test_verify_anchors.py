"""`lead-admin verify` as IT runs it (a real process): a log wiped by someone holding the
key is caught by this workstation's anchor and by the heads in the event log."""

from __future__ import annotations

import pytest

from lead_desktop.db.database import open_database
from lead_desktop.security.key_store import KeyringKeyStore
from tests.cli.test_lead_admin import initialised, run  # noqa: F401  (fixtures)


@pytest.mark.slow
def test_a_wiped_log_fails_verify_in_a_real_process(run, initialised):  # noqa: F811
    path, _ = initialised
    first = run("verify", "--db", str(path))
    assert first.returncode == 0, first.stderr
    with open_database(path, KeyringKeyStore()) as database:
        conn = database.raw_connection()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log")
        conn.execute("UPDATE database_info SET audit_head_seq = 0, audit_head_hash = '"
                     + "0" * 64 + "'")
        conn.execute("COMMIT")
        conn.close()
    result = run("verify", "--db", str(path), "--event-log")
    assert result.returncode == 10
    assert "log is now empty (wiped)" in result.stdout
    assert "did not pass verification" in result.stderr
