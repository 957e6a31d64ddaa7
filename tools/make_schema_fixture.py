"""Keep a small database of the current schema revision as a test fixture.

Run it once for every released schema revision (before adding the next migration):
    python tools/make_schema_fixture.py
It writes tests/db/fixtures/schema-<revision>.db and its key (test data only), which
tests/db/test_migrations.py upgrades to the newest schema on every run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.update({
            "LEAD_DESKTOP_HOME": scratch, "XDG_DATA_HOME": scratch, "XDG_CONFIG_HOME": scratch,
            "LOCALAPPDATA": scratch, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        })
        sys.path.insert(0, str(ROOT))
        from lead_desktop.db import keys, schema
        from lead_desktop.db.database import create_database
        from lead_desktop.security.accounts import AccountService
        from lead_desktop.security.actor import Actor
        from lead_desktop.security.key_store import KeyringKeyStore
        from lead_desktop.security.roles import Role

        revision = schema.head_revision()
        out = ROOT / "tests" / "db" / "fixtures" / f"schema-{revision}.db"
        out.unlink(missing_ok=True)
        created = create_database(out, KeyringKeyStore(), name=f"Fixture {revision}",
                                  actor=Actor.system("fixture"))
        with created.database as db:
            accounts = AccountService(db)
            accounts.create_user(Actor.system("fixture"), "admin", "Fixture Admin",
                                 Role.ADMINISTRATOR, "quiet river of stones 1")
            admin = accounts.sign_in("admin", "quiet river of stones 1").actor
            accounts.create_user(admin, "cm", "Fixture Case Manager", Role.CASE_MANAGER)
        key = keys.parse_recovery_key(created.recovery_key)
        out.with_suffix(".key").write_text(key.hex() + "\n", encoding="ascii")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
