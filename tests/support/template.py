"""A database made once by the setup path (create_database), copied for each test that
needs a new one (the `created` fixture, tests/conftest.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from lead_desktop.db.database import CreatedDatabase, create_database, open_database
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore


@dataclass(frozen=True)
class SqliteTemplate:
    path: Path
    fingerprint: str
    key: bytes
    recovery_key: str

    @classmethod
    def make(cls, path: Path, *, name: str) -> "SqliteTemplate":
        """Created with the real key store of the environment in force (the caller's)."""
        created = create_database(path, KeyringKeyStore(), name=name,
                                  actor=Actor.system("tests"))
        database = created.database
        database.close()
        leftovers = [p.name for p in path.parent.iterdir() if p != path]
        assert not leftovers, f"the template left {leftovers} beside it: copy them too"
        return cls(path, database.fingerprint, database._key, created.recovery_key)

    def copy_to(self, path: Path, key_store) -> CreatedDatabase:
        """A new copy at `path` (which must not exist), its key put in `key_store`, open."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            raise FileExistsError(path)
        shutil.copyfile(self.path, path)
        key_store.put(self.fingerprint, self.key)
        return CreatedDatabase(open_database(path, key_store), self.recovery_key)
