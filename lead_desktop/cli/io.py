"""Reading secrets and printing results for lead-admin."""

from __future__ import annotations

import getpass
import sys

from lead_desktop.errors import InvalidInput


def read_secret(*, from_stdin: bool, prompt: str) -> str:
    """One line from standard input with --password-stdin, else a masked prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput("Expected a password on standard input; got nothing.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput("No terminal to ask for the password: pass --password-stdin.")
    return getpass.getpass(prompt)


def say(text: str = "") -> None:
    print(text, flush=True)


def warn(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
