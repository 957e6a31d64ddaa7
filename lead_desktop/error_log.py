"""The app's rotating log file in the data folder, for IT, without participant data.

It holds when the app started (version, Python, install folder) and every unexpected
error. Only an error's type and where it happened (file, line, function) are written: its
message, like a traceback's local values, may carry a name or a note. The person sees a
short message with the log's place (app.py, cli/main.py); the About box and the
self-test name the file too. A hard crash (pythonw.exe has no console to print it on) is
traced by faulthandler into faults.log beside it: the functions, never any values."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from types import TracebackType

from lead_desktop import __version__, paths

LOG_NAME = "lead-desktop.log"
FAULTS_NAME = "faults.log"
_MAX_BYTES, _KEPT = 1_000_000, 5
_logger = logging.getLogger("lead_desktop.unexpected")


def log_path() -> Path:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def _handler_for(path: Path) -> logging.Handler:
    for handler in _logger.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return handler
    for handler in list(_logger.handlers):  # the data folder moved (tests): start again
        _logger.removeHandler(handler)
        handler.close()
    import logging.handlers  # socket, pickle, queue...: not before the sign-in window

    handler = logging.handlers.RotatingFileHandler(path, maxBytes=_MAX_BYTES,
                                                   backupCount=_KEPT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    _logger.propagate = False
    return handler


def describe(kind: type[BaseException], trace: TracebackType | None) -> str:
    """The error's type and its frames; never its message or any value."""
    import traceback

    frames = traceback.extract_tb(trace)
    lines = [f"{kind.__module__}.{kind.__qualname__} (LEAD Desktop {__version__})"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)


def record(kind: type[BaseException], error: BaseException | None,
           trace: TracebackType | None) -> Path:
    """Append one unexpected error to the log; returns the log's path."""
    path = log_path()
    _handler_for(path)
    text = describe(kind, trace)
    cause = error.__cause__ if error is not None else None
    if cause is not None:
        text += "\n caused by " + describe(type(cause), cause.__traceback__)
    _logger.error(text)
    for handler in _logger.handlers:
        handler.flush()
    return path


def note_start(program: str) -> Path:
    """One line when a program starts: which build, which interpreter, from where."""
    path = log_path()
    _handler_for(path)
    _logger.info(f"{program} {__version__} started (Python {sys.version.split()[0]}, "
                 f"{sys.platform}, {sys.prefix})")
    for handler in _logger.handlers:
        handler.flush()
    return path


_faults: list = []  # the open file faulthandler writes to, kept for the process's life


def trace_crashes() -> Path:
    """A crash in Qt or a C extension writes the Python stack to faults.log."""
    path = log_path().with_name(FAULTS_NAME)
    if path.exists() and path.stat().st_size > _MAX_BYTES:  # keep it small: the last one
        path.replace(path.with_suffix(".log.1"))
    stream = path.open("a", encoding="utf-8")
    _faults[:] = [stream]
    faulthandler.enable(file=stream)
    return path
