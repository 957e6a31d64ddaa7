"""The helper process of tests/support/lead_admin_process.py: imports lead-admin once, then
for each request (one JSON line on standard input) forks a child that runs one command
(or, with "module", a test's helper program such as tests/db/child_saver.py, alongside).

The child takes the request's environment (all of it), working folder and files for its
standard input, output and error, runs `main(argv)` and exits with its result, as
`sys.exit(main())` under `python -m lead_desktop.cli.main` does (exit functions run, output
flushed). This process answers with the child's pid, then its exit code (a signal that
ended it as -signal, as subprocess reports it). It holds no database, connection or
credential store of its own: it only imports."""

from __future__ import annotations

import atexit
import importlib
import json
import os
import pkgutil
import runpy
import sys
import traceback


def _warm_up() -> None:
    """Import what commands import lazily, so no child pays for it (the GUI excepted), and
    do the work every process does first whatever its command."""
    import lead_desktop
    import lead_desktop.cli.main  # noqa: F401

    for module in pkgutil.walk_packages(lead_desktop.__path__, "lead_desktop."):
        name = module.name
        if name.endswith("__main__") or name.startswith(
                ("lead_desktop.ui", "lead_desktop.app", "lead_desktop.db.migrations")):
            continue
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an optional module: the child imports it itself
            pass
    # What every process does on its first query, from the code alone (no file, no setting).
    from sqlalchemy.orm import configure_mappers

    from lead_desktop.db import schema

    configure_mappers()
    schema.head_revision()
    schema.known_revisions()


def _child(request: dict) -> None:
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    write = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    for fd, name, mode in ((0, "stdin", os.O_RDONLY), (1, "stdout", write), (2, "stderr", write)):
        opened = os.open(request[name], mode, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, "r", closefd=False)
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")
    sys.argv = ["lead-admin", *request["argv"]]
    # What was decided from the environment at import: decided again from the child's.
    import keyring.core

    from lead_desktop.security import passwords

    keyring.core._keyring_backend = None
    passwords._hasher = passwords._make_hasher()
    passwords._DUMMY_HASH = None
    code = 1
    try:
        from lead_desktop.cli.main import main

        code = main(request["argv"])
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    except BaseException:  # noqa: BLE001 - as the interpreter reports an uncaught error
        traceback.print_exc()
        code = 1
    finally:
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code if isinstance(code, int) else 1)


def _module_child(request: dict) -> None:
    """`python -m MODULE ARGS` (a test's helper program), its output into a FIFO the test
    reads while it runs."""
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    stdin = os.open(os.devnull, os.O_RDONLY)
    os.dup2(stdin, 0)
    stdout = os.open(request["stdout"], os.O_WRONLY)  # the test opened the other end
    os.dup2(stdout, 1)
    os.close(stdout)
    sys.stdin = open(0, "r", closefd=False)
    sys.stdout = open(1, "w", closefd=False)
    import keyring.core

    from lead_desktop.security import passwords

    keyring.core._keyring_backend = None
    passwords._hasher = passwords._make_hasher()
    sys.argv = [request["module"], *request["argv"]]
    code = 0
    try:
        runpy.run_module(request["module"], run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001 - as the interpreter reports an uncaught error
        traceback.print_exc()
        code = 1
    finally:
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve() -> None:
    _warm_up()
    out = sys.stdout

    def answer(message: dict) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    answer({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if "poll" in request:  # a child started with "module": ended yet?
            pid, status = os.waitpid(request["poll"], os.WNOHANG)
            answer({"returncode": os.waitstatus_to_exitcode(status) if pid else None})
            continue
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                (_module_child if "module" in request else _child)(request)
            finally:
                os._exit(70)  # the child could not even start its command
        answer({"pid": pid})
        if "module" in request:
            continue  # runs alongside; the test polls it
        _, status = os.waitpid(pid, 0)
        answer({"returncode": os.waitstatus_to_exitcode(status)})


if __name__ == "__main__":
    serve()
