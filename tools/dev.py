"""Set up the project's virtual environment if needed, then run the app or the tests.

    python tools/dev.py demo      # the app on the demo database
    python tools/dev.py test      # the whole test suite (extra arguments go to pytest)

Works on a fresh Windows or Linux machine with only Python 3.11+ installed: it creates
.venv beside this project (or reuses it), installs the project and its test tools into it
when pyproject.toml has changed (a .venv left broken is made anew). On Linux it checks what
Qt needs (offscreen for the tests, a window for the demo) and installs what is missing when
it may (root with apt-get), or names the packages. The tests need nothing else from the
system (PDFs are checked, rendered and scanned with wheels) but osslsigncode for the
installer's signing tests, installed the same way; where it cannot be, they say why they skip.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".lead-desktop-installed"
QT_SYSTEM_PACKAGES = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
                      "libglib2.0-0"]
# What Qt's window plugin (xcb) loads on Linux, by library, so a missing one can be named by
# its Debian package: Qt's own message names xcb-cursor0 whatever is missing.
XCB_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_works() -> bool:
    """A .venv left by an interrupted set-up (no pip, a broken interpreter) is made anew."""
    if not venv_python().exists():
        return False
    probe = [str(venv_python()), "-m", "pip", "--version"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"LEAD Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_works():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing LEAD Desktop and its test tools into .venv ...", flush=True)
        pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run(pip + ["install", "--upgrade", "pip"], check=True)
        subprocess.run(pip + ["install", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def qt_can_start(python: Path, platform: str | None) -> bool:
    probe = ("from PySide6.QtWidgets import QApplication; "
             "app = QApplication([]); print('ok')")
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, env=env)
    return result.returncode == 0


def may_install_system_packages() -> bool:
    return bool(shutil.which("apt-get")) and hasattr(os, "geteuid") and os.geteuid() == 0


def apt_install(packages: list[str]) -> None:
    print(f"Installing system packages: {' '.join(packages)} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True, env=env)


def ensure_offscreen_qt(python: Path) -> None:
    """The tests draw offscreen: on Linux, install the few libraries Qt needs for that when
    they are missing and we may (root with apt-get), or name them."""
    if not sys.platform.startswith("linux") or qt_can_start(python, "offscreen"):
        return
    if may_install_system_packages():
        apt_install(QT_SYSTEM_PACKAGES)
    if not qt_can_start(python, "offscreen"):
        sys.exit("Qt cannot start here. Install these system packages and try again: "
                 + " ".join(QT_SYSTEM_PACKAGES))


def missing_window_libraries(python: Path) -> list[str]:
    """The Debian packages of the libraries Qt's xcb plugin cannot find (read with ldd)."""
    plugin_dirs = subprocess.run(
        [str(python), "-c", "import PySide6, pathlib; q = pathlib.Path(PySide6.__file__).parent "
         "/ 'Qt'; print(q / 'plugins' / 'platforms' / 'libqxcb.so'); "
         "print(q / 'lib' / 'libQt6XcbQpa.so.6')"], capture_output=True, text=True)
    missing: set[str] = set()
    for library in plugin_dirs.stdout.split():
        listed = subprocess.run(["ldd", library], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in listed.splitlines() if "not found" in line}
    return sorted({XCB_PACKAGES.get(name, name) for name in missing})


def ensure_window_can_open(python: Path) -> None:
    """The demo opens a real window: on Linux, check the screen and what Qt's window plugin
    needs before starting, and install (root with apt-get) or name what is missing."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        sys.exit("There is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set). Run the "
                 "demo from a desktop session, or under a virtual screen: xvfb-run python3 "
                 "tools/dev.py demo")
    ensure_offscreen_qt(python)  # the same base libraries a window needs
    missing = missing_window_libraries(python)
    if missing and may_install_system_packages():
        apt_install(missing)
        missing = missing_window_libraries(python)
    if missing:
        sys.exit("Qt cannot open a window: these system packages are missing. Install them "
                 f"(sudo apt-get install {' '.join(missing)}) and try again.")
    if not qt_can_start(python, None):
        sys.exit("Qt cannot open a window on this screen. Run with QT_DEBUG_PLUGINS=1 to see "
                 "why, or try QT_QPA_PLATFORM=wayland / xcb.")


def ensure_signing_tool() -> None:
    """installer/signing.py signs with osslsigncode on Linux (signtool on Windows)."""
    if not sys.platform.startswith("linux") or shutil.which("osslsigncode"):
        return
    if may_install_system_packages():
        try:
            apt_install(["osslsigncode"])
        except subprocess.CalledProcessError:
            print("osslsigncode could not be installed: the signing tests will skip.")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    python = ensure_venv()
    os.chdir(ROOT)
    if argv[0] == "demo":
        ensure_window_can_open(python)
        return subprocess.run([str(python), "-m", "lead_desktop.app", "--demo", *argv[1:]]).returncode
    ensure_offscreen_qt(python)
    ensure_signing_tool()
    trace = Path(tempfile.mkdtemp(prefix="lead-tests-")) / "crash-trace.txt"
    # -X faulthandler: a crash before pytest starts still prints where it was; after, the
    # stacks go to `trace` (tests/conftest.py), printed below if a signal ends the run
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEAD_DESKTOP_CRASH_TRACE": str(trace)}
    code = subprocess.run([str(python), "-X", "faulthandler", "-m", "pytest", *argv[1:]],
                          env=env).returncode
    if code < 0:
        said = trace.read_text(encoding="utf-8", errors="replace") if trace.exists() else ""
        for stream in (sys.stdout, sys.stderr):
            print(f"The test run was ended by signal {-code}.\n{said}", file=stream, flush=True)
    shutil.rmtree(trace.parent, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
