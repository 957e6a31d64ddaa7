"""Unexpected errors are logged by type and place only: no record content reaches the log."""

import os
import subprocess
import sys

from lead_desktop import __version__, error_log, paths
from tests.conftest import isolated_env


def _fail_with_a_name():
    note = "Jane Doe relapsed on Tuesday"
    raise ValueError(f"cannot save {note}")


def test_the_log_holds_where_but_not_what(isolated):
    try:
        _fail_with_a_name()
    except ValueError:
        kind, error, trace = sys.exc_info()
    path = error_log.record(kind, error, trace)
    assert path.parent.parent == paths.data_dir()
    logged = path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "_fail_with_a_name" in logged
    assert "Jane" not in logged and "Tuesday" not in logged


def test_a_start_is_logged_with_the_build_and_where_it_runs_from(isolated):
    path = error_log.note_start("lead-desktop")
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert f"lead-desktop {__version__} started" in line and sys.prefix in line


def test_a_hard_crash_leaves_its_python_stack_in_the_faults_log(isolated):
    """pythonw.exe has no console: without this file a crash in Qt would leave nothing."""
    crash = ("from lead_desktop import error_log\n"
             "import faulthandler\n"
             "def open_the_case_page():\n"
             "    faulthandler._sigsegv()\n"
             "error_log.trace_crashes()\n"
             "open_the_case_page()\n")
    result = subprocess.run([sys.executable, "-c", crash], capture_output=True,
                            env={**os.environ, **isolated_env(isolated)}, timeout=60)
    assert result.returncode != 0
    faults = (error_log.log_path().parent / error_log.FAULTS_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in faults and "open_the_case_page" in faults
