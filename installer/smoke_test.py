"""Install the built setup.exe under wine as IT would, use it, upgrade it, uninstall it.

    python3 installer/smoke_test.py NEW-setup.exe PREVIOUS-setup.exe

Steps (installer/README.md lists them): a fresh 64-bit wine prefix; the previous build
installed silently (/S); an upgrade while the app runs is refused with nothing changed;
with the app closed the upgrade replaces exactly the previous manifest's files; a
downgrade is refused unless /ALLOWDOWNGRADE; `lead-admin self-test` and `lead-desktop
--self-test` run with the installed Python; a real database is created; a silent
uninstall keeps the data; /D= a folder with foreign files installs in its own subfolder
and leaves them alone; /REMOVEDATA removes the data too. Qt draws offscreen: wine lacks
parts of the Windows display stack.

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
import time
from pathlib import Path

UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LEADDesktop"
DEBIAN_PACKAGES = {"wine64": "wine64", "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64"}
ICU_ERROR_FILE_ACCESS = 4  # U_FILE_ACCESS_ERROR: "no converter data here"
EXIT_RUNNING, EXIT_DOWNGRADE = 10, 11  # installer/lead-desktop.nsi, installer/README.md


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
            timeout: int = 600, wait: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(["wine", *args], input=stdin, capture_output=True, text=True,
                                env=self.env, timeout=timeout, cwd=cwd)
        if wait:  # not while the app runs on purpose: it would never end
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
        result = self.run("reg", "query", UNINSTALL_KEY, check=False, wait=False)
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


def install(wine: Wine, setup: Path, *options: str, expect_code: int = 0,
            wait: bool = True) -> None:
    result = wine.run(str(setup), "/S", *options, check=False, wait=wait)
    if result.returncode != expect_code:
        setup_log = wine.user_dir / "Temp" / "LEAD Desktop setup.log"
        text = setup_log.read_text(encoding="utf-16") if setup_log.exists() else "(no log)"
        raise SmokeTestFailed(f"{setup.name} /S {' '.join(options)} exited "
                              f"{result.returncode}, expected {expect_code}; its log:\n{text}")


def installed_version(wine: Wine) -> str | None:
    entry = wine.registry_has_uninstall_entry() or ""
    for line in entry.splitlines():
        if "DisplayVersion" in line:
            return line.split()[-1]
    return None


def start_app(wine: Wine) -> subprocess.Popen:
    """The app as a clerk leaves it open (at the setup wizard: no database is configured);
    it holds its mutex from the moment it logs its start."""
    log = wine.data_dir / "LEAD Desktop" / "logs" / "lead-desktop.log"
    before = log.read_text(encoding="utf-8").count("started") if log.exists() else 0
    app = subprocess.Popen(["wine", str(wine.install_dir / "python" / "python.exe"), "-m",
                            "lead_desktop.app"], env=wine.env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (log.exists() and log.read_text(encoding="utf-8").count("started") > before):
        if app.poll() is not None or time.monotonic() > deadline:
            raise SmokeTestFailed("the app did not start (no 'started' line in its log)")
        time.sleep(0.5)  # polling a file another process writes; no event to wait on
    return app


def stop_app(wine: Wine, app: subprocess.Popen) -> None:
    app.terminate()
    app.wait(timeout=60)
    wine.wait()


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


def other_python_hosts() -> list[str]:
    """Python 3.12 and newer interpreters on this machine (on the PATH, or pyenv's), or
    those named in LEAD_SMOKE_OTHER_PYTHONS (separated by the path separator)."""
    named = os.environ.get("LEAD_SMOKE_OTHER_PYTHONS")
    candidates = named.split(os.pathsep) if named else [
        *(shutil.which(f"python3.{minor}") or "" for minor in (12, 13, 14)),
        *map(str, sorted(Path.home().glob(".pyenv/versions/3.1[2-9]*/bin/python")))]
    found = {}
    for python in filter(None, candidates):
        result = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info >= (3, 12), sys.version[:4])"],
            capture_output=True, text=True)
        newer, _, version = result.stdout.strip().partition(" ")
        if result.returncode == 0 and newer == "True":
            found.setdefault(version, python)
    return list(found.values())


def lock_on_other_hosts(work: Path) -> None:
    """The lock resolved on a 3.12+ host is the committed one, byte for byte (pip alone
    would leave out backports.tarfile and importlib_metadata there)."""
    installer = Path(__file__).resolve().parent
    hosts = other_python_hosts()
    if not hosts:
        log("skipped: no Python 3.12 or newer here to resolve the lock on")
    for python in hosts:
        output = work / "lock-other-host.txt"
        subprocess.run([python, str(installer / "lock.py"), "--output", str(output)],
                       check=True, stderr=subprocess.DEVNULL)
        host = subprocess.run([python, "--version"], capture_output=True, text=True).stdout
        expect(output.read_text() == (installer / "requirements-win.txt").read_text(),
               f"a {host.strip()} host resolves the identical dependency set")


def smoke_test(setup: Path, version: str, previous: Path, previous_version: str) -> int:
    ensure_tools()
    with tempfile.TemporaryDirectory(prefix="lead-smoke-") as scratch:
        work = Path(scratch)
        wine = Wine(work / "prefix")
        try:
            lock_on_other_hosts(work)
            run_steps(wine, setup, version, previous, previous_version, work)
        except SmokeTestFailed as failure:
            log(f"FAILED: {failure}")
            return 1
    log("smoke test passed")
    return 0


def run_steps(wine: Wine, setup: Path, version: str, previous: Path, previous_version: str,
              work: Path) -> None:
    log(f"wine prefix {wine.prefix}")
    wine.boot()
    install(wine, previous)
    python = wine.install_dir / "python" / "python.exe"
    expect(python.exists() and (wine.install_dir / "python" / "pythonw.exe").exists(),
           "silent install put the program under %LOCALAPPDATA%\\Programs\\LEAD Desktop")
    entry = wine.registry_has_uninstall_entry() or ""
    expect(installed_version(wine) == previous_version and "Publisher" in entry,
           f"Programs and Features lists LEAD Desktop {previous_version} with its publisher")
    expect(wine.shortcut.exists(), "Start-menu shortcut created")
    expect("installed LEAD Desktop" in (wine.install_dir / "install.log").read_text(
        encoding="utf-16"), "the setup log is in the program folder")
    compile_stand_ins(wine, wine.install_dir / "python" / "Lib" / "site-packages" / "PySide6"
                      / "Qt6Core.dll", work)

    upgrade_while_running(wine, setup, version, previous_version)
    expect(installed_version(wine) == version, f"upgraded to {version}")

    install(wine, previous, expect_code=EXIT_DOWNGRADE)
    expect(installed_version(wine) == version, "a downgrade is refused (exit 11)")
    install(wine, previous, "/ALLOWDOWNGRADE")
    expect(installed_version(wine) == previous_version, "/ALLOWDOWNGRADE allows it")
    install(wine, setup)

    output = self_test(wine, "lead-admin.cmd", "self-test")
    expect("All checks passed." in output and "WinVaultKeyring" in output,
           "lead-admin self-test passed with Windows Credential Manager")
    expect("lead-desktop.log" in output, "the self-test names the app's log file")
    output = self_test(wine, "lead-desktop.cmd", "--self-test")
    expect("All checks passed." in output, "lead-desktop --self-test passed")
    database = create_real_database(wine)
    expect(database.exists(), "lead-admin init created a database in the user's data folder")
    wine.launcher("lead-admin.cmd", "verify", "--db", wine.windows_path(database))
    log("ok: lead-admin verify passed (key from Credential Manager, audit chain, seals)")
    install(wine, setup)
    expect(database.exists(), "a reinstall kept the database")

    wine.run(wine.windows_path(wine.install_dir / "uninstall.exe"), "/S")
    expect(not wine.install_dir.exists(), "silent uninstall removed the program folder")
    expect(wine.registry_has_uninstall_entry() is None, "the uninstall entry is gone")
    expect(not wine.shortcut.exists(), "the shortcut is gone")
    expect(database.exists(), "uninstall kept the user's database")

    chosen_folder_with_foreign_files(wine, setup)
    per_machine(wine, setup)

    install(wine, setup)
    wine.run(wine.windows_path(wine.install_dir / "uninstall.exe"), "/S", "/REMOVEDATA")
    expect(not wine.install_dir.exists() and not wine.data_dir.exists(),
           "uninstall /REMOVEDATA removed the program and the data: nothing is left")


def upgrade_while_running(wine: Wine, setup: Path, version: str,
                          previous_version: str) -> None:
    """A file only the previous build listed stands for its old modules; while the app runs
    the upgrade must change nothing, once it is closed it must remove exactly that."""
    old_only = wine.install_dir / "python" / "Lib" / "site-packages" / "previous_only.py"
    old_only.write_text("'a module the previous build had and this one has not'\n")
    manifest = wine.install_dir / "install-manifest.txt"
    with manifest.open("ab") as listing:
        listing.write(b"F python\\Lib\\site-packages\\previous_only.py\r\n")
    before = snapshot(wine.install_dir)
    app = start_app(wine)
    try:
        install(wine, setup, expect_code=EXIT_RUNNING, wait=False)
        expect(snapshot(wine.install_dir) == before
               and installed_version(wine) == previous_version,
               "an upgrade while the app runs is refused (exit 10) and changes no file")
    finally:
        stop_app(wine, app)
    install(wine, setup)
    expect(not old_only.exists(), "the upgrade removed the previous manifest's files")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


def chosen_folder_with_foreign_files(wine: Wine, setup: Path) -> None:
    """/D=C:\\Tools installs into C:\\Tools\\LEAD Desktop; nothing else there is touched."""
    tools = wine.prefix / "drive_c" / "Tools"
    foreign = [tools / "other.cmd", tools / "python" / "python.exe", tools / "keep.txt"]
    for path in foreign:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"not ours: {path.name}\n")
    install(wine, setup, f"/D={wine.windows_path(tools)}")
    ours = tools / "LEAD Desktop"
    expect((ours / "python" / "python.exe").exists()
           and all(path.read_text() == f"not ours: {path.name}\n" for path in foreign),
           "/D=C:\\Tools installed into C:\\Tools\\LEAD Desktop; the foreign files are untouched")
    note = ours / "department-notes.txt"
    note.write_text("put here by IT\n")
    wine.run(wine.windows_path(ours / "uninstall.exe"), "/S")
    expect(all(path.exists() for path in foreign) and note.exists()
           and not (ours / "python").exists() and not (ours / "uninstall.exe").exists(),
           "the uninstaller removed only the manifest's files: foreign files stay")
    shutil.rmtree(tools)


def per_machine(wine: Wine, setup: Path) -> None:
    """/ALLUSERS: Program Files, the machine's uninstall entry and Start menu (wine's user
    is an administrator, as a deployment tool's account is)."""
    program_files = wine.prefix / "drive_c" / "Program Files" / "LEAD Desktop"
    shortcut = (wine.prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows"
                / "Start Menu" / "Programs" / "LEAD Desktop.lnk")
    install(wine, setup, "/ALLUSERS")
    entry = wine.run("reg", "query", UNINSTALL_KEY.replace("HKCU", "HKLM"), check=False,
                     wait=False)
    expect((program_files / "python" / "python.exe").exists() and shortcut.exists()
           and entry.returncode == 0 and not wine.install_dir.exists(),
           "/ALLUSERS installed under Program Files, for all users, in the machine's entry")
    wine.run(wine.windows_path(program_files / "uninstall.exe"), "/S")
    expect(not program_files.exists() and not shortcut.exists(),
           "the per-machine uninstall removed it")


def previous_version_of(version: str) -> str:
    """A lower version to stamp the "previous build" with: 0.2.0 -> 0.1.99, 0.1.0 -> 0.0.99."""
    numbers = [int(part) for part in version.split(".")[:3]]
    for index in range(len(numbers) - 1, -1, -1):
        if numbers[index] > 0:
            numbers[index] -= 1
            numbers[index + 1:] = [99] * (len(numbers) - index - 1)
            return ".".join(map(str, numbers))
    raise ValueError(f"no version is lower than {version}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import project_version

    sys.exit(smoke_test(Path(sys.argv[1]).resolve(), project_version(),
                        Path(sys.argv[2]).resolve(), previous_version_of(project_version())))
