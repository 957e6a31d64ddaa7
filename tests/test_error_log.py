"""Unexpected errors are logged by type and place only: no record content reaches the log."""

import sys

from lead_desktop import error_log, paths


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
