"""Where LEAD Desktop keeps its files. Every path the program uses comes from here.

User data never goes in the install folder: it lives in the per-user data folder that
platformdirs names for the platform, or in `LEAD_DESKTOP_HOME` when that is set
(portable installs, tests, IT who want it elsewhere).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

HOME_ENV = "LEAD_DESKTOP_HOME"


def data_dir() -> Path:
    """The folder for this user's databases, backups and settings (created on demand)."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(
        platformdirs.user_data_dir("LEAD Desktop", "LEAD Desktop", roaming=False)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    """Automatic backups (before a schema upgrade, a rekey or a restore) go here,
    never next to the database, which may sit in a shared network folder."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "lead.db"


def demo_dir() -> Path:
    path = data_dir() / "demo"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, from a source tree, an installed wheel or a frozen bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle_root:
        candidates.append(Path(bundle_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")          # installed: shipped inside the package
    candidates.append(package_dir.parent / "resources")   # source tree
    for root in candidates:
        if root.is_dir():
            return root.joinpath(*parts)
    raise FileNotFoundError(f"LEAD Desktop resources folder not found (looked in {candidates})")
