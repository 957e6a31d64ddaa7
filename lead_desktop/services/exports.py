"""Exports are deliberate: a document saved to disk leaves the encrypted database as a plain
file, so it is allowed only while the program setting permits it, goes by default to a
folder inside the user's own profile, and is audited as an export (what, where, by whom,
and the file's hash). Printing on paper is not an export.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Callable

from lead_desktop import paths
from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import ProgramSetting
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.saving import already_there, not_saved

SAVE_TO_DISK = "documents.save_to_disk"
EXPORT_FOLDER_NAME = "LEAD Desktop exports"
#: How a file was made: "Save as PDF", or a printer that writes a file (Print to PDF, XPS).
HOW = ("save_pdf", "print_to_file")


def saving_turned_off() -> Message:
    """The refusal of a file (a report, an extract, the roster) while saving to disk is
    turned off; the UI shows it in the user's language."""
    return message("Saving", QT_TRANSLATE_NOOP(
        "Saving", "Saving files to disk is turned off for this program; ask an administrator."))


def default_export_folder() -> Path:
    """A folder at the top of the user's own profile (C:\\Users\\name), not in Documents or
    on the Desktop, which OneDrive commonly syncs to the cloud, and never a shared place;
    inside LEAD_DESKTOP_HOME when that is set (portable installs, tests)."""
    if os.environ.get(paths.HOME_ENV):
        return paths.data_dir() / "exports"
    return Path.home() / EXPORT_FOLDER_NAME


def ready_export_folder() -> Path:
    """The default export folder, made if missing, for a save dialog to open in. A folder
    that cannot be made is no error: the dialog still opens and the user picks another."""
    folder = default_export_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return folder


class ExportService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    # --- the program setting ---

    def saving_allowed(self) -> bool:
        """Whether documents may be saved to disk (default yes); administrators switch it."""
        with self.db.read() as session:
            row = session.get(ProgramSetting, SAVE_TO_DISK)
            return True if row is None else bool(json.loads(row.value))

    def set_saving_allowed(self, actor: Actor, allowed: bool) -> None:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="setting",
                record_id=SAVE_TO_DISK)
        with self.db.write() as session:
            row = session.get(ProgramSetting, SAVE_TO_DISK)
            if row is None:
                row = ProgramSetting(key=SAVE_TO_DISK)
                session.add(row)
            row.value, row.updated_at, row.updated_by = json.dumps(allowed), self.now(), \
                actor.user_id
            audit.record(session, actor, "config.change", record_type="setting",
                         record_id=SAVE_TO_DISK, details={"allowed": allowed})

    # --- exporting ---

    def refuse_unless_allowed(self, actor: Actor, number: str, how: str) -> None:
        """Refuse (audited) while saving to disk is turned off."""
        if self.saving_allowed():
            return
        with self.db.write() as session:
            audit.record(session, actor, "document.export", record_type="document",
                         record_id=number, outcome=audit.FAILURE, reason="saving_turned_off",
                         details={"how": how})
        raise PermissionDenied(message("Saving", QT_TRANSLATE_NOOP(
            "Saving", "Saving documents to disk is turned off for this program: print on "
            "paper instead, or ask an administrator.")))

    def save_pdf(self, actor: Actor, number: str, pdf: bytes, path: Path) -> Path:
        """Write the PDF at `path` (never over an existing file) and audit the export."""
        self.refuse_unless_allowed(actor, number, "save_pdf")
        path = Path(path)
        if path.exists():
            raise InvalidInput(already_there(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            stream = path.open("xb")  # x: never over a file made in the meantime
        except OSError as exc:
            raise InvalidInput(not_saved(path, exc, begun=False)) from exc
        try:
            with stream:
                stream.write(pdf)
        except OSError as exc:  # a full disk, a lost share: no half file is left behind
            path.unlink(missing_ok=True)
            raise InvalidInput(not_saved(path, exc, begun=True)) from exc
        self.record_export(actor, number, pdf, str(path.resolve()), "save_pdf")
        return path

    def record_export(self, actor: Actor, number: str, pdf: bytes, where: str, how: str) -> None:
        """Audit a file made from a document: what (number, hash), where, by whom, how."""
        if how not in HOW:
            raise InvalidInput(message("Saving", QT_TRANSLATE_NOOP(
                "Saving", "Unknown kind of export: {how}."), how=how))
        with self.db.write() as session:
            audit.record(session, actor, "document.export", record_type="document",
                         record_id=number,
                         details={"how": how, "where": where[:400],
                                  "sha256": hashlib.sha256(pdf).hexdigest()})
