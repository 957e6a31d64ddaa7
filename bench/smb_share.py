"""The file-mode storage tests on an SMB 3 share (issue 18; docs/SHARED.md, "What was
verified on a real SMB share"): a Samba server on loopback with the settings SHARED.md asks
of a department's file server, mounted through smbnetfs (FUSE: this kind of machine has no
CIFS client in its kernel), and the tests' temporary folders on it, so every database file,
journal and process goes through SMB.

    sudo nice .venv/bin/python -m bench.smb_share [pytest arguments]

Needs root (smbd on port 445, a FUSE mount) and the Debian packages samba and smbnetfs.
Leaves nothing behind: the share, its configuration and the mount are in a temporary
folder, and smbd and the mount are stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = ["tests/db/test_concurrent_writers.py", "tests/db/test_waiting_writers.py",
         "tests/db/test_recovery_on_open.py", "tests/db/test_crash_and_concurrency.py",
         "tests/services/test_many_desks.py::"
         "test_four_desks_lose_no_change_on_either_back_end[sqlite]"]

SERVER_CONF = """[global]
  smb ports = 445
  interfaces = 127.0.0.1
  bind interfaces only = yes
  disable netbios = yes
  server role = standalone server
  server min protocol = SMB3
  private dir = {root}/private
  lock directory = {root}/lock
  state directory = {root}/state
  cache directory = {root}/cache
  pid directory = {root}/pid
  log file = {root}/smbd.log
  map to guest = Bad User
  guest account = root
  load printers = no
  printcap name = /dev/null
[lead]
  path = {root}/share
  read only = no
  guest ok = yes
  force user = root
  oplocks = no
  level2 oplocks = no
  kernel oplocks = no
  strict locking = yes
  csc policy = disable
"""
CLIENT_CONF = "[global]\n  client min protocol = SMB3\n  disable netbios = yes\n"
SMBNETFS_CONF = 'auth "guest" ""\nsmb_query_browsers "false"\nhost 127.0.0.1 visible=true\n'


def _wait_for(path: Path, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not path.is_dir():
        if time.monotonic() > deadline:
            raise RuntimeError(f"the share did not appear at {path}")
        time.sleep(0.2)


def main(pytest_args: list[str]) -> int:
    missing = [tool for tool in ("smbd", "smbnetfs", "smbstatus") if not shutil.which(tool)]
    if missing or os.geteuid() != 0:
        print(f"needs root and samba + smbnetfs (missing: {', '.join(missing) or 'root'})")
        return 2
    root = Path(tempfile.mkdtemp(prefix="lead-smb-"))
    for folder in ("share", "private", "lock", "state", "cache", "pid", "home/.smb", "mnt"):
        (root / folder).mkdir(parents=True)
    (root / "smb.conf").write_text(SERVER_CONF.format(root=root))
    for name, text in (("smb.conf", CLIENT_CONF), ("smbnetfs.conf", SMBNETFS_CONF)):
        conf = root / "home" / ".smb" / name
        conf.write_text(text)
        conf.chmod(0o600)  # smbnetfs ignores a configuration others may read
    mount = root / "mnt"
    subprocess.run(["smbd", "-D", "-s", str(root / "smb.conf")], check=True)
    try:
        subprocess.run(["smbnetfs", str(mount), "-o",
                        f"config={root}/home/.smb/smbnetfs.conf"], check=True,
                       env={**os.environ, "HOME": str(root / "home")}, cwd=root)
        try:
            _wait_for(mount / "127.0.0.1" / "lead")
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                 "--basetemp", str(mount / "127.0.0.1" / "lead" / "pt"),
                 *(pytest_args or TESTS)], cwd=HERE.parent,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        finally:
            subprocess.run(["umount", str(mount)], check=False)
    finally:
        pid = (root / "pid" / "smbd.pid").read_text().strip()
        subprocess.run(["kill", pid], check=False)
        shutil.rmtree(root, ignore_errors=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
