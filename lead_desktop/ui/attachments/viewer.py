"""Viewing an attachment inside the app: a PDF's pages rendered by PDFium, a picture (each
page of a TIFF) by Qt. Nothing is written to disk; printing goes through ui/printing.py like
every document, and a printer that writes a file is an audited export."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import (
    AttachmentService,
    AttachmentView,
)
from lead_desktop.services.exports import ExportService
from lead_desktop.ui import printing
from lead_desktop.ui.export_guard import allow_file_output, confirm_unencrypted
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.messages import error_words

VIEW_DPI = 110


def page_images(data: bytes, media_type: str) -> list[QImage]:
    """Every page as an image: PDFs through PDFium, pictures through Qt's readers."""
    if media_type == "application/pdf":
        return printing.page_images(data, VIEW_DPI)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))  # the buffer's own copy
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo the right way up
    images = []
    try:
        for number in range(max(1, reader.imageCount())):  # each page of a TIFF
            if number and not reader.jumpToImage(number):
                break
            image = reader.read()
            if image.isNull():
                break
            images.append(image)
    finally:
        reader.setDevice(None)  # the reader lets go of the buffer before either is freed
        buffer.close()
    return images


class AttachmentViewer(QDialog):
    def __init__(self, service: AttachmentService, actor: Actor, view: AttachmentView,
                 data: bytes, parent=None, *, exports: ExportService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(view.title)
        self._svc, self._actor, self.view = service, actor, view
        self._exports = exports or ExportService(service.db, service.now)
        self.pages = page_images(data, view.media_type)
        column = QWidget()
        pages = QVBoxLayout(column)
        for number, image in enumerate(self.pages):
            label = QLabel()
            label.setObjectName(f"attachmentPage{number + 1}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pages.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        self.message = message_label("attachmentViewerMessage")
        if view.voided:
            self.message.setText(self.tr("Void: %1").replace("%1", view.void_reason or ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.setObjectName("printAttachment")
        print_button.clicked.connect(self.print_it)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 900)

    def printable(self) -> bytes | None:
        """The attachment as a PDF for the printer (the print is audited)."""
        try:
            return self._svc.printable(self._actor, self.view.id)[1]
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return None

    def print_it(self) -> None:
        pdf = self.printable()
        if pdf is None:
            return
        printing.print_with_dialog(pdf, self.view.title, self, to_file=lambda where:
                                   allow_file_output(self._exports, self._actor,
                                                     [(self.view.id, pdf)], where,
                                                     "print_to_file",
                                                     confirm=lambda: confirm_unencrypted(self),
                                                     tell=self.message.setText))
