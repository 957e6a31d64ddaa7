"""Resolve the Windows bundle's dependencies for its own interpreter and pin them by hash.

    python3 installer/lock.py           # rewrite installer/requirements-win.txt
    python3 installer/lock.py --check   # exit 1 if the lock no longer matches pyproject.toml

pip evaluates environment markers (`python_version < "3.12"`, `sys_platform == "win32"`)
for the interpreter running it, not for the one a `--platform` download is meant for: on a
3.12 host it leaves out keyring's `backports.tarfile` and `importlib_metadata`, on Linux
it drops pywin32 and adds SecretStorage. So this script resolves by itself, evaluating
every marker for the target (CPython 3.11 on 64-bit Windows), and asks pip only for one
named wheel at a time (`pip download --no-deps`, where no marker is evaluated). The result
is the same on any host. The build installs from the lock with `--require-hashes`.
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # a bare interpreter: pip carries its own copy
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.specifiers import SpecifierSet
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "installer" / "requirements-win.txt"
TARGET_PYTHON = "3.11"
TARGET_PYTHON_FULL = "3.11.9"   # the embedded CPython build.py ships
PIP_PLATFORM = ["--only-binary=:all:", "--platform", "win_amd64", "--python-version",
                TARGET_PYTHON, "--implementation", "cp"]


class LockMismatch(Exception):
    """The lock does not cover what pyproject.toml asks for: run installer/lock.py."""


def target_environment(python_full: str = TARGET_PYTHON_FULL) -> dict[str, str]:
    """The PEP 508 marker values of the bundled interpreter, independent of the host."""
    return {
        "implementation_name": "cpython", "implementation_version": python_full,
        "os_name": "nt", "platform_machine": "AMD64",
        "platform_python_implementation": "CPython", "platform_release": "10",
        "platform_system": "Windows", "platform_version": "10.0.19045",
        "python_full_version": python_full,
        "python_version": ".".join(python_full.split(".")[:2]), "sys_platform": "win32",
    }


def applies(requirement: Requirement, extras: set[str] | frozenset[str] = frozenset(),
            environment: dict[str, str] | None = None) -> bool:
    """Does this requirement hold on the target, given the extras asked of its parent?"""
    if requirement.marker is None:
        return True
    environment = environment or target_environment()
    return any(requirement.marker.evaluate({**environment, "extra": extra})
               for extra in (extras or {""}))


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """The runtime dependencies of LEAD Desktop that apply on the target."""
    declared = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    return [req for req in map(Requirement, declared) if applies(req)]


def inputs_digest(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """What the lock was made from; the build refuses a lock made from other inputs."""
    declared = sorted(tomllib.loads(pyproject.read_text())["project"]["dependencies"])
    text = "\n".join([f"target {TARGET_PYTHON_FULL} win_amd64", *declared])
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Wanted:
    specifier: SpecifierSet = field(default_factory=SpecifierSet)
    extras: set[str] = field(default_factory=set)
    via: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Locked:
    name: str
    version: str
    wheel: str
    sha256: str
    via: tuple[str, ...]


def wheel_requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(name for name in archive.namelist()
                        if name.count("/") == 1 and name.endswith(".dist-info/METADATA"))
        message = email.parser.Parser().parsestr(archive.read(metadata).decode("utf-8"))
    return [Requirement(text) for text in message.get_all("Requires-Dist") or []]


def pip_download(requirements: list[str], folder: Path) -> None:
    """One wheel per requirement, for the target platform; no dependency is followed."""
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-qq",
                    "download", "--no-deps", *PIP_PLATFORM, "-d", str(folder),
                    *requirements], check=True)


def resolve(roots: list[Requirement], download=pip_download,
            cache: Path | None = None) -> dict[str, Locked]:
    """The closure of `roots` under the target's markers. Each round downloads the newest
    wheel of every package whose wanted versions changed; a conflict is refused, not
    backtracked (say so in pyproject.toml with a tighter pin)."""
    cache = cache or Path(tempfile.mkdtemp(prefix="lead-lock-"))
    wanted: dict[str, Wanted] = {}
    chosen: dict[str, Path] = {}

    def want(requirement: Requirement, parent: str) -> None:
        entry = wanted.setdefault(canonicalize_name(requirement.name), Wanted())
        entry.specifier &= requirement.specifier
        entry.extras |= set(requirement.extras)
        entry.via.add(parent)

    for requirement in roots:
        want(requirement, "lead-desktop")
    expanded: dict[str, frozenset[str]] = {}
    while True:
        stale = [name for name, entry in wanted.items()
                 if name not in chosen or not entry.specifier.contains(
                     version_of(chosen[name]), prereleases=True)]
        for name in stale:
            chosen.pop(name, None)
            expanded.pop(name, None)
        if stale:
            folder = Path(tempfile.mkdtemp(dir=cache))
            download([f"{name}{wanted[name].specifier}" for name in sorted(stale)], folder)
            for wheel in folder.glob("*.whl"):
                chosen[canonicalize_name(parse_wheel_filename(wheel.name)[0])] = wheel
            missing = [name for name in stale if name not in chosen]
            if missing:
                raise LockMismatch(f"no win_amd64 wheel for {', '.join(missing)}")
            for name in stale:
                if not wanted[name].specifier.contains(version_of(chosen[name]),
                                                       prereleases=True):
                    raise LockMismatch(f"{name}: no version satisfies {wanted[name].specifier}")
        todo = [name for name in wanted if expanded.get(name) != frozenset(wanted[name].extras)]
        if not todo and not stale:
            break
        for name in todo:
            expanded[name] = frozenset(wanted[name].extras)
            for requirement in wheel_requirements(chosen[name]):
                if applies(requirement, wanted[name].extras):
                    want(requirement, name)
    return {name: Locked(name, str(version_of(chosen[name])), chosen[name].name,
                         hashlib.sha256(chosen[name].read_bytes()).hexdigest(),
                         tuple(sorted(wanted[name].via)))
            for name in sorted(chosen)}


def version_of(wheel: Path):
    return parse_wheel_filename(wheel.name)[1]


def render(locked: dict[str, Locked], digest: str) -> str:
    lines = ["# The Windows bundle's dependencies: CPython 3.11, win_amd64, pinned by hash.",
             "# Made by installer/lock.py (do not edit by hand); build.py installs them with",
             "# pip --require-hashes and refuses a lock made from other inputs.",
             f"# inputs: {digest}", ""]
    for entry in locked.values():
        lines += [f"{entry.name}=={entry.version} \\", f"    --hash=sha256:{entry.sha256}",
                  f"    # {entry.wheel}", f"    # via {', '.join(entry.via)}"]
    return "\n".join(lines) + "\n"


def read_lock(path: Path = LOCK) -> tuple[str, dict[str, tuple[str, list[str]]]]:
    """(inputs digest, {name: (version, [via, ...])}) from a lock file."""
    digest, entries, current = "", {}, None
    for line in path.read_text().splitlines():
        text = line.strip()
        if text.startswith("# inputs: "):
            digest = text.removeprefix("# inputs: ")
        elif "==" in text and not text.startswith("#"):
            name, version = text.split(" ")[0].split("==")
            current = canonicalize_name(name)
            entries[current] = (version, [])
        elif text.startswith("# via ") and current:
            entries[current][1].extend(part.strip() for part in text[6:].split(","))
    return digest, entries


def check(path: Path = LOCK, pyproject: Path = ROOT / "pyproject.toml") -> None:
    """Refuse a lock that was not made from this pyproject.toml, or misses a dependency."""
    if not path.exists():
        raise LockMismatch(f"{path.name} is missing: run installer/lock.py")
    digest, entries = read_lock(path)
    if digest != inputs_digest(pyproject):
        raise LockMismatch(f"{path.name} was made from other dependencies than "
                           "pyproject.toml lists now: run installer/lock.py")
    for requirement in project_requirements(pyproject):
        name = canonicalize_name(requirement.name)
        if name not in entries:
            raise LockMismatch(f"{path.name} lacks {requirement}: run installer/lock.py")
        if not requirement.specifier.contains(entries[name][0], prereleases=True):
            raise LockMismatch(f"{path.name} pins {name}=={entries[name][0]}, "
                               f"pyproject.toml asks {requirement}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the lock")
    parser.add_argument("--output", type=Path, default=LOCK)
    args = parser.parse_args(argv)
    if args.check:
        try:
            check(args.output)
        except LockMismatch as mismatch:
            print(f"lock: {mismatch}", file=sys.stderr)
            return 1
        print(f"lock: {args.output.name} matches pyproject.toml")
        return 0
    with tempfile.TemporaryDirectory(prefix="lead-lock-") as cache:
        locked = resolve(project_requirements(), cache=Path(cache))
    args.output.write_text(render(locked, inputs_digest()))
    print(f"lock: {len(locked)} wheels for CPython {TARGET_PYTHON} win_amd64 in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
