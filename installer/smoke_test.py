"""Install the built setup.exe under wine as IT would, use it, upgrade it, uninstall it.

    python3 installer/smoke_test.py installer/out/LEAD-Desktop-<version>-setup.exe

Steps: a fresh 64-bit wine prefix; silent install (/S); the uninstall entry, shortcut and
files are checked; `lead-admin self-test` and `lead-desktop --self-test` run with the
installed Python; a real database is created in the user's data folder; an upgrade over
the top removes a stale file; a silent uninstall removes the program and keeps the data;
an uninstall with /REMOVEDATA removes the data too. Qt draws offscreen: wine lacks parts
of the Windows display stack.

Wine 8 lacks two DLLs that every Windows 10/11 has: icuuc.dll (Qt 6 imports its codec
functions) and bcryptprimitives.dll (Rust extensions import ProcessPrng). Test-only
stand-ins are compiled with mingw into the wine prefix; they never go in the installer.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LEADDesktop"
DEBIAN_PACKAGES = {"wine64": "wine64", "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64"}
ICU_ERROR_FILE_ACCESS = 4  # U_FILE_ACCESS_ERROR: "no converter data here"


class SmokeTestFailed(Exception):
    pass


def log(message: str) -> None:
    print(f"[smoke] {message}", flush=True)


def ensure_tools() -> None:
    missing = [package for tool, package in DEBIAN_PACKAGES.items()
               if not shutil.which(tool) and not Path(f"/usr/lib/wine/{tool}").exists()]
    if not missing:
        return
    if not (shutil.which("apt-get") and os.geteuid() == 0):
        sys.exit(f"Install these packages first: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEARCH": "win64",
                    "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml=",
                    "QT_QPA_PLATFORM": "offscreen"}
        self.user_dir = prefix / "drive_c" / "users" / getpass.getuser()
        self.local_app_data = self.user_dir / "AppData" / "Local"
        self.install_dir = self.local_app_data / "Programs" / "LEAD Desktop"
        self.data_dir = self.local_app_data / "LEAD Desktop"
        self.shortcut = (self.user_dir / "AppData" / "Roaming" / "Microsoft" / "Windows"
                         / "Start Menu" / "Programs" / "LEAD Desktop.lnk")

    def run(self, *args: str, stdin: str = "", check: bool = True, cwd: Path | None = None,
            timeout: int = 600) -> subprocess.CompletedProcess:
        result = subprocess.run(["wine", *args], input=stdin, capture_output=True, text=True,
                                env=self.env, timeout=timeout, cwd=cwd)
        self.wait()
        if check and result.returncode != 0:
            raise SmokeTestFailed(f"wine {' '.join(args)} exited {result.returncode}:\n"
                                  f"{result.stdout}\n{result.stderr}")
        return result

    def launcher(self, name: str, *args: str, stdin: str = "",
                 check: bool = True) -> subprocess.CompletedProcess:
        """Run lead-admin.cmd or lead-desktop.cmd from the program folder, as IT would.
        (Run by name from its folder: cmd /c mangles a quoted command followed by quoted
        arguments.)"""
        return self.run("cmd", "/c", name, *args, stdin=stdin, check=check,
                        cwd=self.install_dir)

    def wait(self) -> None:
        """Wait until every wine process is gone (the uninstaller re-launches itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=True)

    def windows_path(self, path: Path) -> str:
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")

    def boot(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        subprocess.run(["wineboot", "--init"], env=self.env, capture_output=True, check=True)
        self.wait()

    def registry_has_uninstall_entry(self) -> str | None:
        result = self.run("reg", "query", UNINSTALL_KEY, check=False)
        return result.stdout if result.returncode == 0 else None


def compile_stand_ins(wine: Wine, qt_core: Path, work: Path) -> None:
    """Test-only icuuc.dll and bcryptprimitives.dll for the wine prefix (see the docstring)."""
    imports = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(qt_core)],
                             capture_output=True, text=True, check=True).stdout
    icu_functions, in_icu = [], False
    for line in imports.splitlines():
        if "DLL Name:" in line:
            in_icu = line.split()[-1].lower().startswith("icu")
        elif in_icu and len(line.split()) == 3 and line.split()[0].isalnum():
            icu_functions.append(line.split()[2])
    stubs = ["void *ucnv_open(const char *name, int *status) "
             f"{{ if (status) *status = {ICU_ERROR_FILE_ACCESS}; return 0; }}"]
    stubs += [f"void *{name}(void) {{ return 0; }}" for name in icu_functions
              if name != "ucnv_open"]
    sources = {
        "icuuc": "\n".join(f"__declspec(dllexport) {stub}" for stub in stubs),
        "bcryptprimitives": (
            "#include <windows.h>\n#include <ntsecapi.h>\n"
            "__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)"
            " { return RtlGenRandom(data, (ULONG)size); }"),
    }
    system32 = wine.prefix / "drive_c" / "windows" / "system32"
    for name, source in sources.items():
        (work / f"{name}.c").write_text(source + "\n")
        subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o",
                        str(system32 / f"{name}.dll"), str(work / f"{name}.c"), "-ladvapi32"],
                       check=True)
    log(f"test-only stand-ins in the wine prefix: icuuc.dll ({len(icu_functions)} functions), "
        "bcryptprimitives.dll")


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestFailed(message)
    log(f"ok: {message}")


def install(wine: Wine, setup: Path) -> None:
    wine.run(str(setup), "/S")


def self_test(wine: Wine, launcher: str, *args: str) -> str:
    result = wine.launcher(launcher, *args, check=False)
    output = result.stdout.replace("\r\n", "\n")
    print(output, end="", flush=True)
    if result.returncode != 0:
        raise SmokeTestFailed(f"{launcher} {' '.join(args)} failed ({result.returncode}):\n"
                              f"{result.stderr[-2000:]}")
    return output


def create_real_database(wine: Wine) -> Path:
    database = wine.data_dir / "LEAD Desktop" / "lead.db"
    wine.launcher("lead-admin.cmd", "init", "--db", wine.windows_path(database),
                  "--admin", "ada", "--display-name", "Ada Admin", "--password-stdin",
                  stdin="a long smoke test passphrase\n")
    return database


def smoke_test(setup: Path, version: str) -> int:
    ensure_tools()
    with tempfile.TemporaryDirectory(prefix="lead-smoke-") as scratch:
        work = Path(scratch)
        wine = Wine(work / "prefix")
        try:
            run_steps(wine, setup, version, work)
        except SmokeTestFailed as failure:
            log(f"FAILED: {failure}")
            return 1
    log("smoke test passed")
    return 0


def run_steps(wine: Wine, setup: Path, version: str, work: Path) -> None:
    log(f"wine prefix {wine.prefix}")
    wine.boot()
    install(wine, setup)
    python = wine.install_dir / "python" / "python.exe"
    expect(python.exists() and (wine.install_dir / "python" / "pythonw.exe").exists(),
           "silent install put the program under %LOCALAPPDATA%\\Programs\\LEAD Desktop")
    entry = wine.registry_has_uninstall_entry() or ""
    expect(f"DisplayVersion    REG_SZ    {version}" in entry and "Publisher" in entry,
           f"Programs and Features lists LEAD Desktop {version} with its publisher")
    expect(wine.shortcut.exists(), "Start-menu shortcut created")
    compile_stand_ins(wine, wine.install_dir / "python" / "Lib" / "site-packages" / "PySide6"
                      / "Qt6Core.dll", work)

    output = self_test(wine, "lead-admin.cmd", "self-test")
    expect("All checks passed." in output and "WinVaultKeyring" in output,
           "lead-admin self-test passed with Windows Credential Manager")
    output = self_test(wine, "lead-desktop.cmd", "--self-test")
    expect("All checks passed." in output, "lead-desktop --self-test passed")
    database = create_real_database(wine)
    expect(database.exists(), "lead-admin init created a database in the user's data folder")

    stale = wine.install_dir / "python" / "Lib" / "site-packages" / "stale_from_old_version.py"
    stale.write_text("raise SystemExit('an old file survived the upgrade')\n")
    install(wine, setup)
    expect(not stale.exists() and python.exists(), "an upgrade replaced the program files")
    expect(database.exists(), "the upgrade kept the database")

    wine.run(wine.windows_path(wine.install_dir / "uninstall.exe"), "/S")
    expect(not wine.install_dir.exists(), "silent uninstall removed the program folder")
    expect(wine.registry_has_uninstall_entry() is None, "the uninstall entry is gone")
    expect(not wine.shortcut.exists(), "the shortcut is gone")
    expect(database.exists(), "uninstall kept the user's database")

    install(wine, setup)
    wine.run(wine.windows_path(wine.install_dir / "uninstall.exe"), "/S", "/REMOVEDATA")
    expect(not wine.install_dir.exists() and not wine.data_dir.exists(),
           "uninstall /REMOVEDATA removed the program and the data: nothing is left")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import project_version

    sys.exit(smoke_test(Path(sys.argv[1]).resolve(), project_version()))
