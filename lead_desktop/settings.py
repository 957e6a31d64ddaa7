"""This workstation's settings: which database it opens. A small JSON file in the data
folder; never a secret (keys live in the credential store)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from lead_desktop import paths

FILE_NAME = "settings.json"


@dataclass
class Settings:
    database_path: str | None = None
    idle_lock_minutes: int = 15
    #: The main window's size and place (Qt's saveGeometry, base64).
    window_geometry: str | None = None
    #: The language of the program's own words ("en", "es"); None follows Windows.
    ui_language: str | None = None
    #: Where the automatic backups go; None is the data folder's backups/ (an administrator
    #: may choose a second disk or a network folder).
    backup_folder: str | None = None
    #: PostgreSQL mode: an administrator recorded (and audited) that this workstation's
    #: loopback server is used without TLS; anywhere else verified TLS is required.
    server_plaintext_loopback: bool = False
    #: PostgreSQL mode: the department's CA certificate for sslmode=verify-full.
    server_ca_file: str | None = None
    #: Where this workstation's scanner saves ("scan to file"): attachments are imported
    #: from it, and the unencrypted scan deleted when the user agrees.
    scan_folder: str | None = None

    @classmethod
    def load(cls) -> "Settings":
        path = paths.data_dir() / FILE_NAME
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # unreadable settings: setup runs again; no data is at risk
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> Path:
        path = paths.data_dir() / FILE_NAME
        staging = path.with_suffix(".tmp")
        staging.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        staging.replace(path)
        return path
