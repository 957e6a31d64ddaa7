"""The audit chain's head in the operating system's event log, where a workstation user
cannot rewrite it and a department's SIEM can collect it.

Windows: the Application event log, source "LEAD Desktop" (pywin32). Linux: syslog with
the identifier "LEAD-Desktop" (a syslog tag cannot hold a space), read back through
`journalctl`. IT (and the tests) may instead name a file with LEAD_DESKTOP_EVENT_LOG, for
example one a log forwarder collects; lines are appended, never rewritten.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Protocol

from lead_desktop.errors import VerificationFailed
from lead_desktop.services.messages import QT_TRANSLATE_NOOP
from lead_desktop.services.messages import message as _said

SOURCE = "LEAD Desktop"
SYSLOG_IDENT = "LEAD-Desktop"
FILE_VARIABLE = "LEAD_DESKTOP_EVENT_LOG"
EVENT_ID = 1100  # "audit chain head"; one id so a SIEM rule can select these entries
_HEAD = re.compile(r"LEAD Desktop audit head: database=(?P<db>[0-9a-f]+) seq=(?P<seq>\d+) "
                   r"hash=(?P<hash>[0-9a-f]{64})")
_RESET = re.compile(r"LEAD Desktop audit reset: database=(?P<db>[0-9a-f]+) ")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoggedHead:
    fingerprint: str
    seq: int
    hash: str


def head_message(fingerprint: str, seq: int, head: str, reason: str, username: str,
                 workstation: str) -> str:
    return (f"LEAD Desktop audit head: database={fingerprint} seq={seq} hash={head} "
            f"reason={reason} user={username} workstation={workstation}")


def reset_message(fingerprint: str, seq: int, username: str, workstation: str) -> str:
    """IT accepted a shorter chain (a restore): heads logged before this are set aside."""
    return (f"LEAD Desktop audit reset: database={fingerprint} accepted_seq={seq} "
            f"user={username} workstation={workstation}")


def parse_heads(messages: Iterable[str], fingerprint: str) -> tuple[list[LoggedHead], int]:
    """The heads of one database logged since its latest accepted reset, oldest first, and
    how many older heads that reset set aside. Messages come oldest first."""
    heads: list[LoggedHead] = []
    set_aside = 0
    for message in messages:
        reset = _RESET.search(message)
        if reset and reset["db"] == fingerprint:
            set_aside += len(heads)
            heads = []
        for match in _HEAD.finditer(message):
            if match["db"] == fingerprint:
                heads.append(LoggedHead(fingerprint, int(match["seq"]), match["hash"]))
    return heads, set_aside


class EventLog(Protocol):
    def write(self, message: str) -> None: ...

    def read(self) -> list[str]: ...

    def describe(self) -> str: ...


class FileEventLog:
    """Appended lines in a file (a SIEM forwarder's input, or a test's temporary file)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def describe(self) -> str:
        return f"file {self.path}"

    def write(self, message: str) -> None:
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(f"{stamp} {SYSLOG_IDENT}: {message}\n")
            stream.flush()
            os.fsync(stream.fileno())

    def read(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise VerificationFailed(_said("Audit", QT_TRANSLATE_NOOP(
                "Audit", "The event log file {path} cannot be read: {reason}"),
                path=self.path, reason=exc)) from exc


class SyslogEventLog:
    """syslog (journald keeps it on systemd machines), read back with journalctl."""

    def describe(self) -> str:
        return f"syslog ({SYSLOG_IDENT})"

    def write(self, message: str) -> None:
        import syslog

        syslog.openlog(SYSLOG_IDENT, syslog.LOG_PID, syslog.LOG_AUTH)
        syslog.syslog(syslog.LOG_NOTICE, message)

    def read(self) -> list[str]:
        journalctl = shutil.which("journalctl")
        if journalctl is None:
            raise VerificationFailed(
                _said("Audit", QT_TRANSLATE_NOOP(
                    "Audit", "The system log cannot be read here: journalctl is not "
                    "installed.")),
                next_step=_said("NextSteps", QT_TRANSLATE_NOOP(
                    "NextSteps", "Point {variable} at the file your syslog daemon writes, or "
                    "check the entries in your SIEM."), variable=FILE_VARIABLE))
        done = subprocess.run([journalctl, "--no-pager", "-q", "-o", "cat", "-t", SYSLOG_IDENT],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise VerificationFailed(_said("Audit", QT_TRANSLATE_NOOP(
                "Audit", "journalctl could not read the log: {reason}"),
                reason=done.stderr.strip()))
        return done.stdout.splitlines()


class WindowsEventLog:
    """The Application event log, source "LEAD Desktop" (the installer registers it)."""

    def describe(self) -> str:
        return f"Windows Application event log (source {SOURCE})"

    def write(self, message: str) -> None:
        import win32evtlog
        import win32evtlogutil

        win32evtlogutil.ReportEvent(SOURCE, EVENT_ID,
                                    eventType=win32evtlog.EVENTLOG_INFORMATION_TYPE,
                                    strings=[message])

    def read(self) -> list[str]:
        import win32evtlog

        handle = win32evtlog.OpenEventLog(None, "Application")
        flags = win32evtlog.EVENTLOG_FORWARDS_READ | win32evtlog.EVENTLOG_SEQUENTIAL_READ
        messages: list[str] = []
        try:
            while events := win32evtlog.ReadEventLog(handle, flags, 0):
                messages.extend(string for event in events if event.SourceName == SOURCE
                                for string in (event.StringInserts or ()))
        finally:
            win32evtlog.CloseEventLog(handle)
        return messages


def system_event_log() -> EventLog:
    """The file IT named, else the operating system's own log."""
    named = os.environ.get(FILE_VARIABLE)
    if named:
        return FileEventLog(Path(named))
    if sys.platform == "win32":
        return WindowsEventLog()
    return SyslogEventLog()


def write_quietly(event_log: EventLog, message: str) -> bool:
    """Write, and never let a failing event log stop the work: it is a second witness, the
    audit log itself is already committed. A failure is logged for IT."""
    try:
        event_log.write(message)
        return True
    except Exception as exc:  # pywin32 and syslog raise their own kinds
        log.warning("could not write the audit head to %s: %s", event_log.describe(), exc)
        return False
