"""The Windows bundle's lock (installer/requirements-win.txt): made for CPython 3.11 on
win_amd64 whatever the host, in step with pyproject.toml, complete under the target's
markers. The build installs from it with --require-hashes (installer/build.py)."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import lock  # noqa: E402  (installer/lock.py is a script, not a package)

Requirement = lock.Requirement


def test_the_lock_is_in_step_with_pyproject():
    lock.check()  # raises LockMismatch: "run installer/lock.py"


def test_the_lock_holds_every_runtime_dependency_for_windows_and_python_311():
    _, entries = lock.read_lock()
    for requirement in lock.project_requirements():
        name = lock.canonicalize_name(requirement.name)
        assert name in entries, requirement
        assert requirement.specifier.contains(entries[name][0], prereleases=True), requirement
    # Windows-only and 3.11-only dependencies a Linux or 3.12 host's pip would leave out
    for name in ("pywin32", "pywin32-ctypes", "backports-tarfile", "importlib-metadata",
                 "psycopg-binary", "tzdata"):
        assert name in entries, name
    for name in ("secretstorage", "jeepney"):  # keyring's Linux back end
        assert name not in entries, name


def test_every_locked_package_is_wanted_by_another_locked_one():
    _, entries = lock.read_lock()
    for name, (_, via) in entries.items():
        assert via, name
        assert all(parent == "lead-desktop" or parent in entries for parent in via), name


def test_every_lock_entry_is_pinned_by_a_sha256():
    text = lock.LOCK.read_text()
    pins = [line for line in text.splitlines() if "==" in line and not line.startswith("#")]
    hashes = [line for line in text.splitlines() if line.strip().startswith("--hash=sha256:")]
    assert len(pins) == len(hashes) > 30


def test_a_changed_dependency_list_makes_the_lock_refused(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text((ROOT / "pyproject.toml").read_text().replace(
        '"tzdata",', '"tzdata",\n    "requests>=2",'))
    with pytest.raises(lock.LockMismatch, match="run installer/lock.py"):
        lock.check(lock.LOCK, pyproject)


@pytest.mark.parametrize("marker, on_311_windows", [
    ('python_version < "3.12"', True), ('sys_platform == "win32"', True),
    ('sys_platform == "linux"', False), ('platform_system == "Windows"', True),
    ('python_version >= "3.12"', False), ('os_name == "nt"', True),
])
def test_markers_are_evaluated_for_the_target_not_for_this_host(marker, on_311_windows):
    assert lock.applies(Requirement(f"x; {marker}")) is on_311_windows


def test_the_target_python_version_is_an_argument_not_the_hosts():
    """What a 3.12 host's pip gets wrong: the same marker, evaluated for 3.11 and 3.12."""
    backports = Requirement('backports.tarfile; python_version < "3.12"')
    assert lock.applies(backports, environment=lock.target_environment("3.11.9"))
    assert not lock.applies(backports, environment=lock.target_environment("3.12.4"))
    assert lock.target_environment()["python_version"] == "3.11"


def _wheel(folder: Path, name: str, version: str, *requires: str) -> Path:
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        lines = [f"Name: {name}", f"Version: {version}"]
        lines += [f"Requires-Dist: {text}" for text in requires]
        archive.writestr(f"{name}-{version}.dist-info/METADATA", "\n".join(lines) + "\n")
    return path


def test_the_resolver_follows_target_markers_and_extras(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    _wheel(index, "a", "1.0", 'b>=2; python_version < "3.12"', 'c; sys_platform == "linux"',
           "d[fast]")
    _wheel(index, "b", "1.0")
    _wheel(index, "b", "2.0")
    _wheel(index, "c", "1.0")
    _wheel(index, "d", "1.0", 'e; extra == "fast"', 'f; extra == "slow"')
    _wheel(index, "e", "1.0")
    _wheel(index, "f", "1.0")
    asked = []

    def download(requirements, folder):  # the newest wheel matching each requirement
        asked.extend(requirements)
        for text in requirements:
            requirement = Requirement(text)
            versions = sorted(index.glob(f"{requirement.name}-*.whl"))
            best = [w for w in versions
                    if requirement.specifier.contains(w.name.split("-")[1])][-1]
            shutil.copy(best, folder)

    locked = lock.resolve([Requirement("a")], download, cache=tmp_path)
    assert {name: entry.version for name, entry in locked.items()} == {
        "a": "1.0", "b": "2.0", "d": "1.0", "e": "1.0"}
    assert locked["e"].via == ("d",)
    assert len(locked["a"].sha256) == 64
    assert "c" not in " ".join(asked)
