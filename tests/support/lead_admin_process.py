"""lead-admin as IT runs it, a real process per command, without paying Python's start-up
and the program's imports (about 1 s of CPU) for each one.

A helper process (tests/support/lead_admin_forks.py) imports lead-admin once; for each
command it forks a child, which is a process of its own with the environment, working
folder, standard input, output and error the test gives, runs `main(argv)` as
`python -m lead_desktop.cli.main` would, and exits with its exit code. The test reads a
`subprocess.CompletedProcess`, as from `subprocess.run`. `fresh=True` starts a new
interpreter instead (`python -m lead_desktop.cli.main`), for the checks that are about
the program's start itself (tests/cli/test_lead_admin.py::test_help_documents_exit_codes),
and always on Windows (no fork there).
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_lock = threading.Lock()
_server: subprocess.Popen | None = None


def run(args, *, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120,
        fresh: bool = False) -> subprocess.CompletedProcess:
    """lead-admin `args` in a process of its own; `env` is its whole environment."""
    env = dict(os.environ if env is None else env)
    if fresh or not hasattr(os, "fork"):  # Windows has no fork: a new interpreter each time
        return subprocess.run([sys.executable, "-m", "lead_desktop.cli.main", *args],
                              input=stdin, capture_output=True, text=True, env=env,
                              timeout=timeout)
    with tempfile.TemporaryDirectory(prefix="lead-admin-") as folder:
        files = {name: Path(folder) / name for name in ("stdin", "stdout", "stderr")}
        files["stdin"].write_text(stdin)
        request = {"argv": [str(a) for a in args], "env": env, "cwd": os.getcwd(),
                   **{name: str(path) for name, path in files.items()}}
        with _lock:
            returncode = _ask(request, timeout, args)
        return subprocess.CompletedProcess(
            ["lead-admin", *map(str, args)], returncode,
            files["stdout"].read_text(), files["stderr"].read_text())


class WarmChild:
    """`python -m MODULE ARGS` forked from the helper process, its output read as it comes
    (`stdout`); what a test uses of `subprocess.Popen`."""

    def __init__(self, module: str, args, env: dict[str, str]):
        self._folder = tempfile.TemporaryDirectory(prefix="warm-child-")
        fifo = Path(self._folder.name) / "stdout"
        os.mkfifo(fifo)
        request = {"module": module, "argv": [str(a) for a in args], "env": dict(env),
                   "cwd": str(ROOT), "stdout": str(fifo)}
        with _lock:
            server = _started()
            server.stdin.write(json.dumps(request) + "\n")
            server.stdin.flush()
            self.pid = int(_line(server, 60)["pid"])
        self.stdout = open(fifo, encoding="utf-8")  # meets the child's end
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            with _lock:
                server = _started()
                server.stdin.write(json.dumps({"poll": self.pid}) + "\n")
                server.stdin.flush()
                self.returncode = _line(server, 60)["returncode"]
        if self.returncode is not None:
            self.stdout.close()
            self._folder.cleanup()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"python -m ... (pid {self.pid})", timeout)
            time.sleep(0.01)  # the helper reaps it; ask again
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def _ask(request: dict, timeout: float, args) -> int:
    server = _started()
    server.stdin.write(json.dumps(request) + "\n")
    server.stdin.flush()
    pid = int(_line(server, 60)["pid"])
    try:
        return int(_line(server, timeout)["returncode"])
    except subprocess.TimeoutExpired:
        os.kill(pid, signal.SIGKILL)
        _line(server, 60)  # the helper reports the killed child, and is ready again
        raise subprocess.TimeoutExpired(["lead-admin", *map(str, args)], timeout) from None


def _line(server: subprocess.Popen, timeout: float) -> dict:
    ready, _, _ = select.select([server.stdout], [], [], timeout)
    if not ready:
        raise subprocess.TimeoutExpired("lead-admin", timeout)
    line = server.stdout.readline()
    if not line:
        raise RuntimeError("the lead-admin helper process ended")
    return json.loads(line)


def _started() -> subprocess.Popen:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, "-m", "tests.support.lead_admin_forks"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        ready = _line(_server, 300)
        assert ready == {"ready": True}, ready
        atexit.register(_stop, _server)
    return _server


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.stdin.close()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
