"""The installer build's rules, checked on every run (the build itself and its wine smoke
test take minutes and run from installer/README.md's one command)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402  (installer/build.py is a script, not a package)


def test_the_installer_version_is_pyprojects():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert build.project_version() == pyproject["project"]["version"]


@pytest.mark.parametrize("version, quad", [
    ("0.1.0", "0.1.0.0"), ("2.3", "2.3.0.0"), ("1.2rc1", "1.2.0.0"), ("1.2.3.4.5", "1.2.3.4"),
])
def test_windows_file_version_has_four_numbers(version, quad):
    assert build.version_quad(version) == quad


def test_every_qt_module_the_program_imports_survives_the_pruning():
    """Importing a Qt module the installer prunes would work here and fail on Windows."""
    used = set()
    for source in (ROOT / "lead_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt(\w+)", source.read_text(encoding="utf-8")))
    assert {"Core", "Widgets", "PrintSupport"} <= used
    for module in used:
        assert build.QT_KEEP_FILES.match(f"Qt{module}.pyd"), module
        assert build.QT_KEEP_FILES.match(f"Qt6{module}.dll"), module


def test_the_pruning_drops_what_we_never_load():
    for name in ("Qt6Quick.dll", "Qt6Qml.dll", "opengl32sw.dll", "designer.exe", "QtQml.pyd"):
        assert not build.QT_KEEP_FILES.match(name)
    assert "qwindows.dll" in build.QT_KEEP_PLUGINS["platforms"]
    assert build.QT_KEEP_TRANSLATIONS.match("qtbase_es.qm")
    assert not build.QT_KEEP_TRANSLATIONS.match("qtbase_de.qm")
