"""Set up the project's virtual environment if needed, then run the app or the tests.

    python tools/dev.py demo      # the app on the demo database
    python tools/dev.py test      # the whole test suite (extra arguments go to pytest)

Works on a fresh Windows or Linux machine with only Python 3.11+ installed: it creates
.venv beside this project (or reuses it), installs the project and its test tools into it
when pyproject.toml has changed, and on Linux installs the few system libraries Qt needs
to draw offscreen when they are missing and it may (root with apt-get).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".lead-desktop-installed"
QT_SYSTEM_PACKAGES = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
                      "libglib2.0-0"]
# The document tests read PDFs back as a person would: rendered pages, a structure check,
# and the summons barcode scanned.
DOCUMENT_TOOLS = {"pdftoppm": "poppler-utils", "qpdf": "qpdf", "zbarimg": "zbar-tools"}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"LEAD Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing LEAD Desktop and its test tools into .venv ...", flush=True)
        pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run(pip + ["install", "--upgrade", "pip"], check=True)
        subprocess.run(pip + ["install", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def qt_can_start(python: Path) -> bool:
    probe = ("from PySide6.QtWidgets import QApplication; "
             "app = QApplication([]); print('ok')")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, env=env)
    return result.returncode == 0


def ensure_system_packages(python: Path) -> None:
    """On Linux, install what the tests need from the system when it is missing and we may
    (root with apt-get): Qt's libraries, and the PDF and barcode tools."""
    if not sys.platform.startswith("linux"):
        return
    wanted = [] if qt_can_start(python) else list(QT_SYSTEM_PACKAGES)
    wanted += [package for tool, package in DOCUMENT_TOOLS.items() if not shutil.which(tool)]
    apt = shutil.which("apt-get")
    if wanted and apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"Installing system packages: {' '.join(wanted)} ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([apt, "update", "-qq"], check=True, env=env)
        subprocess.run([apt, "install", "-y", "-qq", *wanted], check=True, env=env)
    if not qt_can_start(python):
        sys.exit("Qt cannot start here. Install these system packages and try again: "
                 + " ".join(QT_SYSTEM_PACKAGES))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    python = ensure_venv()
    os.chdir(ROOT)
    if argv[0] == "demo":
        return subprocess.run([str(python), "-m", "lead_desktop.app", "--demo", *argv[1:]]).returncode
    ensure_system_packages(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(python), "-m", "pytest", *argv[1:]], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
