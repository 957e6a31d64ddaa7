"""What goes in the staging folder and in which order: the pruning of third-party test and
development files, the sorted file list NSIS packs, the install manifest the uninstaller
removes, and the fixed file times that make two builds of one commit the same."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

MANIFEST = "install-manifest.txt"

# Test suites, headers, type stubs and demos of our dependencies: never loaded by the
# program (the self-test imports every module it does load). Paths are relative to
# site-packages; folder names in PRUNED_FOLDER_NAMES go wherever they appear.
PRUNED_PATHS = [
    "sqlalchemy/testing", "alembic/testing", "pythonwin", "win32/Demos", "win32/include",
    "win32/test", "win32com/demos", "win32com/test", "win32com/include", "pywin32_testutil.py",
    "PyWin32.chm",
    "PySide6/include", "PySide6/typesystems", "PySide6/glue", "shiboken6/include",
    "cffi/_cffi_include.h", "psycopg_binary/include",
]
PRUNED_FOLDER_NAMES = {"tests", "test", "demos", "__pycache__"}
PRUNED_SUFFIXES = {".pyi", ".h", ".hpp", ".c", ".cpp", ".pxd", ".pyx", ".lib"}
NEVER_PRUNED = {"lead_desktop"}


def prune_third_party(site_packages: Path) -> int:
    """Remove test and development files of dependencies; returns the bytes removed."""
    removed = 0

    def drop(path: Path) -> None:
        nonlocal removed
        if path.is_dir():
            removed += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
            shutil.rmtree(path)
        elif path.exists():
            removed += path.stat().st_size
            path.unlink()

    for relative in PRUNED_PATHS:
        drop(site_packages / relative)
    for top in sorted(site_packages.iterdir()):
        if top.name in NEVER_PRUNED or not top.is_dir():
            continue
        for path in sorted(top.rglob("*"), reverse=True):  # deepest first
            if path.is_dir() and path.name in PRUNED_FOLDER_NAMES:
                drop(path)
            elif path.is_file() and path.suffix in PRUNED_SUFFIXES:
                drop(path)
    return removed


def staged_files(staging: Path) -> list[str]:
    """Every staged file as a Windows path relative to the staging folder, sorted."""
    return sorted(str(path.relative_to(staging)).replace("/", "\\")
                  for path in staging.rglob("*") if path.is_file())


def staged_folders(files: list[str]) -> list[str]:
    """The folders those files need, deepest first (the order they can be removed in)."""
    folders = {"\\".join(name.split("\\")[:depth])
               for name in files for depth in range(1, name.count("\\") + 1)}
    return sorted(folders, key=lambda folder: (-folder.count("\\"), folder))


def write_manifest(staging: Path) -> Path:
    """install-manifest.txt: what the uninstaller (and an upgrade) may remove, nothing else.
    It does not list itself: it is open while it is read (the uninstaller deletes it last,
    an upgrade writes the new one over it)."""
    manifest = staging / MANIFEST
    manifest.unlink(missing_ok=True)
    files = staged_files(staging)
    lines = [f"F {name}" for name in files] + [f"D {folder}"
                                                for folder in staged_folders(files)]
    manifest.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return manifest


def write_nsis_file_list(staging: Path, include: Path) -> int:
    """The NSIS `File` commands for the staged files, in one sorted order (NSIS's own
    `File /r` follows the directory order of the build machine's file system)."""
    lines, current = [], None
    for name in staged_files(staging):
        folder = name.rpartition("\\")[0]
        if folder != current:
            lines.append(f'SetOutPath "$INSTDIR{chr(92) + folder if folder else ""}"')
            current = folder
        source = str(staging / name.replace("\\", "/")).replace("$", "$$")
        lines.append(f'File "{source}"')
    include.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(1 for line in lines if line.startswith("File "))


def source_date_epoch(root: Path) -> int:
    """SOURCE_DATE_EPOCH if set, else the commit's time: the one time every file gets."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest time a zip or FAT can hold


def fix_times(staging: Path, epoch: int) -> None:
    """NSIS stores each file's time; the same time for all makes the packs identical."""
    for path in sorted(staging.rglob("*"), reverse=True):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(staging, (epoch, epoch))



def welcome_bitmap(icon_png: Path, output: Path) -> Path:
    """installer/welcome.bmp, the installer's welcome and finish picture (164 x 314): the
    app's icon on white. Made once with Pillow and kept in the repository, so the build
    needs nothing but the standard library (run again if the icon changes)."""
    from PIL import Image

    page = Image.new("RGB", (164, 314), "white")
    with Image.open(icon_png) as icon:
        icon = icon.convert("RGBA")
        icon.thumbnail((128, 128))
        page.paste(icon, ((164 - icon.width) // 2, 60), icon)
    output.parent.mkdir(parents=True, exist_ok=True)
    page.save(output, format="BMP")
    return output
