"""Printing and previewing the PDFs the documents layer makes, through Qt's standard print
dialog and preview. Pages are rendered by PDFium (pypdfium2) at the printer's resolution;
nothing is written to disk."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QMessageBox

from lead_desktop.documents.bundle import bundle

MAX_DPI = 300


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    """Each page as an image (for preview, printing and tests)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, prefer_bgrx=True)
            pixels = bytes(bitmap.buffer)
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32)  # PDFium's BGRx is Qt's RGB32
            images.append(image.copy())  # own the pixels before the buffer goes
    finally:
        document.close()
    return images


def paint(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page onto the printer; returns the number of pages."""
    dpi = min(MAX_DPI, printer.resolution())
    images = page_images(pdf, dpi)
    painter = QPainter(printer)
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
    return len(images)


def preview_dialog(pdf: bytes, title: str, parent=None) -> QPrintPreviewDialog:
    """The in-app print preview, opened at the page's full width (readable), not the whole
    page shrunk to fit; printing from it goes through the standard dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint(pdf, p))
    dialog.findChild(QPrintPreviewWidget).setZoomMode(
        QPrintPreviewWidget.ZoomMode.FitToWidth)
    dialog.resize(900, 1000)
    dialog.printer = printer  # Qt does not own it: it must live as long as the dialog
    return dialog


def preview(pdf: bytes, title: str, parent=None) -> None:
    preview_dialog(pdf, title, parent).exec()


FILE_PRINTERS = ("pdf", "xps", "onenote", "fax")  # "printers" that write a file instead


def is_file_printer_name(name: str) -> bool:
    """ "Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote", "Fax"."""
    return any(word in name.lower() for word in FILE_PRINTERS)


def writes_to_a_file(printer: QPrinter) -> bool:
    """Whether the chosen printer makes a file (Qt's own PDF output or a Windows printer
    that saves a file) rather than paper."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            or bool(printer.outputFileName()) or is_file_printer_name(printer.printerName()))


def file_target(printer: QPrinter) -> str:
    """Where a file-writing printer puts its output, as far as Qt knows it."""
    return printer.outputFileName() or printer.printerName()


def print_with_dialog(pdf: bytes, title: str, parent=None, *, paper_only: bool = False,
                      to_file: Callable[[str], bool] | None = None) -> bool:
    """Print through the standard dialog. `paper_only` refuses printers that write a file:
    a recovery key saved as a PDF is a copy nobody locked away. `to_file(where)` is asked
    before a printer writes a file (an export: confirmed, allowed, audited); False stops."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if to_file is not None and not paper_only and writes_to_a_file(printer) \
            and not to_file(file_target(printer)):
        return False
    if paper_only and writes_to_a_file(printer):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Printing", "This must be printed on paper: the chosen printer would save it as a "
            "file, and a file copy of a recovery key can be copied without anyone knowing. "
            "Choose a real printer."))
        return False
    paint(pdf, printer)
    return True


def print_bundles(pdfs: list[bytes], printer: QPrinter) -> int:
    """Every case's bundle in one job, each starting on a new sheet; returns the pages."""
    two_sided = printer.duplex() != QPrinter.DuplexMode.DuplexNone
    return paint(bundle(pdfs, two_sided), printer)


def print_batch(pdfs: list[bytes], title: str, parent=None, *,
                to_file: Callable[[str], bool] | None = None) -> bool:
    """One print dialog for the whole batch, not one per case. `to_file(where)` as in
    `print_with_dialog`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if to_file is not None and writes_to_a_file(printer) and not to_file(file_target(printer)):
        return False
    print_bundles(pdfs, printer)
    return True
