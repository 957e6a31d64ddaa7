"""Bringing paper in: a file (a scan the scanner saved, a PDF, a photo) or the clipboard.
Once the copy is inside the encrypted database the user is offered to delete the file it
came from, which would otherwise sit unencrypted in a Downloads or Scans folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from lead_desktop.errors import InvalidInput, LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import (
    Anchor,
    AttachmentService,
    AttachmentView,
)
from lead_desktop.ui.messages import error_words


def choose_file(parent) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Attachments", "Attach a scan, PDF or photo"), "",
        QCoreApplication.translate("Attachments", "PDF, JPEG, PNG, TIFF (*.pdf *.jpg *.jpeg "
                                   "*.png *.tif *.tiff);;All files (*)"))
    return Path(name) if name else None


SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


def scans_in(folder: Path) -> list[Path]:
    """The files a scanner's "scan to file" left in `folder`, newest first (the type is
    still checked by content when one is attached)."""
    try:
        found = [p for p in folder.iterdir()
                 if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def scan_folder(parent) -> Path | None:
    """This workstation's scan folder (remembered in its settings), asked for the first
    time or when it is gone."""
    from lead_desktop.settings import Settings

    settings = Settings.load()
    if settings.scan_folder and Path(settings.scan_folder).is_dir():
        return Path(settings.scan_folder)
    return choose_scan_folder(parent)


def choose_scan_folder(parent) -> Path | None:
    from lead_desktop.settings import Settings

    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Attachments", "The folder your scanner saves to"))
    if not chosen:
        return None
    settings = Settings.load()
    settings.scan_folder = chosen
    settings.save()
    return Path(chosen)


def choose_scan(parent, scans: list[Path]) -> Path | None:
    """One of the scans, newest first, by name and time."""
    from datetime import datetime

    shown = [f"{p.name}  ({datetime.fromtimestamp(p.stat().st_mtime):%Y-%m-%d %H:%M})"
             for p in scans]
    item, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("Attachments", "Import a scan"),
        QCoreApplication.translate("Attachments", "Scans in %1, newest first:")
        .replace("%1", str(scans[0].parent)), shown, 0, False)
    return scans[shown.index(item)] if ok and item in shown else None


def ask_delete_source(parent, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Attachments", "Delete the original file?"),
        QCoreApplication.translate(
            "Attachments", "A copy is now kept inside the encrypted database. The original "
            "file is not encrypted:\n%1\n\nDelete it now?").replace("%1", str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def import_file(service: AttachmentService, actor: Actor, kind: str, anchor: Anchor,
                path: Path, *, title: str, source: str = "file",
                delete_source: Callable[[Path], bool] | None = None,
                tell: Callable[[str], None] = lambda text: None) -> AttachmentView | None:
    """Attach the file; then, if the user agrees, delete the original. Refusals (type,
    size, role) are told and nothing is stored."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        tell(QCoreApplication.translate("Attachments", "The file could not be read: %1")
             .replace("%1", exc.strerror or str(exc)))
        return None
    try:
        view = service.add(actor, kind, data, anchor, title=title, source=source)
    except LeadError as exc:  # the type, the size limit, the role: nothing was stored
        tell(error_words(exc))
        return None
    tell(QCoreApplication.translate("Attachments", "Attached %1 (kept encrypted in the "
                                    "database).").replace("%1", view.title))
    if delete_source is not None and delete_source(path):
        try:
            service.delete_source(actor, view.id, path, hashlib.sha256(data).hexdigest())
        except InvalidInput as exc:
            tell(error_words(exc))
        else:
            tell(QCoreApplication.translate("Attachments", "Attached %1; the original file "
                                            "was deleted.").replace("%1", view.title))
    return view


def clipboard_png() -> bytes | None:
    """The picture on the clipboard (a snipping-tool capture, a scan copied from the
    scanner's program) as PNG bytes, or None when there is none."""
    image = QGuiApplication.clipboard().image()
    return image_png(image) if not image.isNull() else None


def image_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def clipboard_file() -> Path | None:
    """A file copied in Explorer (its URL on the clipboard)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return Path(url.toLocalFile())
    return None
