"""A file whose program moved onto a server is marked moved, so no workstation goes on
writing into the file the program left (split records, silently).

`lead-admin migrate-to` writes a small note beside the file, `<file>.moved`, naming the
server workstations now use. The file itself is not changed (it stays, byte for byte, the
record of the program before the move); every open of it (the app, `lead-admin`, even
`verify`, which audits itself in the file) is refused with the server's address. An
administrator who must read the kept file again removes the note first (docs/SERVER.md).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from lead_desktop.errors import DatabaseMoved
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

SUFFIX = ".moved"


def note_of(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def mark_moved(path: Path, server: str, fingerprint: str) -> Path:
    """Write the note (never a password: `server` is an address as ServerAddress.display
    gives it). Returns where it is."""
    note = note_of(path)
    staging = note.with_name(note.name + ".tmp")
    staging.write_text(json.dumps({
        "moved_to": server, "fingerprint": fingerprint,
        "moved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }, indent=2), encoding="utf-8")
    staging.replace(note)
    return note


def moved_to(path: Path) -> str | Message | None:
    """The server the file's program moved to, or None if it did not move."""
    note = note_of(path)
    if not note.exists():
        return None
    try:
        return str(json.loads(note.read_text(encoding="utf-8"))["moved_to"])
    except (OSError, ValueError, KeyError, TypeError):
        return message("Database", QT_TRANSLATE_NOOP(
            "Database", "a database server (the note beside the file could not be read)"))


def refuse_if_moved(path: Path) -> None:
    server = moved_to(path)
    if server is not None:
        raise DatabaseMoved(
            message("Database", QT_TRANSLATE_NOOP(
                "Database", "{path} is no longer in use: its program moved to {server}. The "
                "file was kept as it was, and nothing was written to it."),
                path=path, server=server),
            next_step=message("NextSteps", QT_TRANSLATE_NOOP(
                "NextSteps", "An administrator points this workstation at the server: "
                "`lead-admin server-password --url {server}`."), server=server))
