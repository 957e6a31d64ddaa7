"""The installed program's self-test, run as IT runs it: a real process, the real keyring
backend configured for the test, a real temporary encrypted database, a real PDF and window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import isolated_env

CHECK_NAMES = ["imports", "resources", "database", "credential store", "pdf", "window"]


@pytest.fixture
def run(isolated: Path):
    temp = isolated / "temp"
    temp.mkdir()
    env = {**os.environ, **isolated_env(isolated), "TMPDIR": str(temp), "TEMP": str(temp),
           "TMP": str(temp), "QT_QPA_PLATFORM": "offscreen"}

    def _run(*args: str, **overrides: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                              env={**env, **overrides}, timeout=180)
    return _run


def check_lines(stdout: str) -> dict[str, str]:
    """Each check's line, by check name (the report pads names to 17 characters)."""
    named = ((line[5:22].rstrip(), line) for line in stdout.splitlines())
    return {name: line for name, line in named if name in CHECK_NAMES}


def test_lead_admin_self_test_passes_and_leaves_nothing_behind(run, isolated):
    result = run("-m", "lead_desktop.cli.main", "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = check_lines(result.stdout)
    assert list(lines) == CHECK_NAMES
    assert all(line.startswith("ok   ") for line in lines.values()), result.stdout
    assert "SQLCipher 4." in lines["database"] and "full-text search works" in lines["database"]
    assert "PlaintextKeyring" in lines["credential store"]
    assert "offscreen" in lines["window"]
    assert result.stdout.rstrip().endswith("All checks passed.")
    assert f"Log file: {isolated / 'home' / 'logs' / 'lead-desktop.log'}" in result.stdout
    # the temporary database is gone, and the test key left the credential store
    assert list((isolated / "temp").iterdir()) == []
    keyring_files = list((isolated / "xdg-data").rglob("*.cfg"))
    assert keyring_files, "the credential store check never wrote to the keyring"
    assert all("self-test" not in path.read_text() for path in keyring_files)


def test_lead_desktop_self_test_option(run):
    result = run("-m", "lead_desktop.app", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(check_lines(result.stdout)) == CHECK_NAMES


def test_a_failing_check_is_named_the_others_still_run_and_the_exit_code_says_so(run):
    # keyring's "fail" backend is what a machine with no usable credential store gives
    result = run("-m", "lead_desktop.cli.main", "self-test",
                 PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 1
    lines = check_lines(result.stdout)
    assert lines["credential store"].startswith("FAIL ")
    assert all(lines[name].startswith("ok   ") for name in CHECK_NAMES
               if name != "credential store")
    assert "FAILED: credential store" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is an X11/Wayland idea")
def test_with_no_display_the_window_check_fails_and_the_report_is_whole(run):
    """IT runs `lead-admin self-test` over SSH: Qt aborts a process that finds no display,
    which must be the window check's failure line, not a crash before the report."""
    no_display = {name: "" for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run("-m", "lead_desktop.cli.main", "self-test", **no_display)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = check_lines(result.stdout)
    assert list(lines) == CHECK_NAMES
    assert lines["window"].startswith("FAIL ") and "no display" in lines["window"]
    assert "FAILED: window" in result.stdout
