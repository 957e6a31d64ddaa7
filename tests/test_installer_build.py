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


import bundle  # noqa: E402  (installer/bundle.py)

from lead_desktop import running  # noqa: E402

NSIS = (ROOT / "installer" / "lead-desktop.nsi").read_text(encoding="utf-8")


def _staging(tmp_path: Path) -> Path:
    staging = tmp_path / "staging"
    for name in ("python/python.exe", "python/Lib/site-packages/b/__init__.py",
                 "python/Lib/site-packages/a/x.py", "lead-admin.cmd", "lead-desktop.ico"):
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_text(name)
    return staging


def test_the_manifest_lists_every_staged_file_then_their_folders_deepest_first(tmp_path):
    staging = _staging(tmp_path)
    manifest = bundle.write_manifest(staging).read_text(encoding="utf-8").splitlines()
    files = [line[2:] for line in manifest if line.startswith("F ")]
    folders = [line[2:] for line in manifest if line.startswith("D ")]
    assert files == sorted(files)
    assert set(files) == {"python\\python.exe", "python\\Lib\\site-packages\\b\\__init__.py",
                          "python\\Lib\\site-packages\\a\\x.py", "lead-admin.cmd",
                          "lead-desktop.ico"}  # not itself: it is open while it is read
    assert folders == ["python\\Lib\\site-packages\\a", "python\\Lib\\site-packages\\b",
                       "python\\Lib\\site-packages", "python\\Lib", "python"]
    assert manifest.index(f"D {folders[0]}") > manifest.index(f"F {files[-1]}")


def test_the_nsis_file_list_is_sorted_and_names_every_file_once(tmp_path):
    staging = _staging(tmp_path)
    include = tmp_path / "files.nsh"
    assert bundle.write_nsis_file_list(staging, include) == 5
    lines = include.read_text(encoding="utf-8").splitlines()
    assert lines[0] == 'SetOutPath "$INSTDIR"'
    assert 'SetOutPath "$INSTDIR\\python\\Lib\\site-packages\\a"' in lines
    sources = [line[6:-1] for line in lines if line.startswith("File ")]
    assert sources == [str(staging / name) for name in (
        "lead-admin.cmd", "lead-desktop.ico", "python/Lib/site-packages/a/x.py",
        "python/Lib/site-packages/b/__init__.py", "python/python.exe")]


def test_every_staged_file_gets_the_one_source_date(tmp_path, monkeypatch):
    staging = _staging(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bundle.fix_times(staging, bundle.source_date_epoch(ROOT))
    assert {path.stat().st_mtime for path in staging.rglob("*")} == {1700000000}


def test_third_party_tests_headers_and_stubs_are_pruned_ours_are_not(tmp_path):
    site = tmp_path / "site-packages"
    kept = ["sqlalchemy/orm/session.py", "lead_desktop/tests_words.py",
            "lead_desktop/services/test/keep.py", "PySide6/QtCore.pyd"]
    pruned = ["sqlalchemy/testing/fixtures.py", "pypdf/tests/a.py", "shiboken6/include/x.h",
              "PySide6/QtCore.pyi", "cffi/parse_c_type.h", "win32/test/handles.py"]
    for name in kept + pruned:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x" * 10)
    assert bundle.prune_third_party(site) == 10 * len(pruned)
    assert all((site / name).exists() for name in kept)
    assert not any((site / name).exists() for name in pruned)


def test_the_installer_looks_for_the_mutex_the_app_holds():
    assert f'!define MUTEX "{running.MUTEX_NAME}"' in NSIS
    for namespace in running.NAMESPACES:
        assert f'w "{namespace}\\${{MUTEX}}"' in NSIS
    assert running.hold() is None or sys.platform == "win32"  # Windows only


def test_the_documented_exit_codes_are_the_installers():
    readme = (ROOT / "installer" / "README.md").read_text(encoding="utf-8")
    codes = dict(re.findall(r"!define (EXIT_\w+) (\d+)", NSIS))
    assert set(codes) == {"EXIT_RUNNING", "EXIT_DOWNGRADE", "EXIT_FILES", "EXIT_NOT_ADMIN"}
    for code in codes.values():
        assert f"| {code} |" in readme, code


def test_the_bundle_ships_the_license_the_installer_shows():
    assert (ROOT / "LICENSE").read_text().lstrip().startswith("Apache License")
    assert "MUI_PAGE_LICENSE" in NSIS


def test_the_package_metadata_names_the_same_license():
    """pip, SBOM tools and a department's software inventory read the license from the
    package metadata, not from the installer's page: both must say Apache-2.0."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
