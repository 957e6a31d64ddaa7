"""Read printed documents back as a person would, with wheels only (no system tools), so the
README's test command works on Windows and on Linux without root:
- structure: pikepdf, qpdf's own library (what `qpdf --check` reports);
- pages as pictures: pypdfium2, the renderer the app's print preview uses;
- barcodes: zxing-cpp, decoding the rendered page as a scanner would."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pypdfium2
import zxingcpp
from PIL.Image import Image


def _bytes(pdf: bytes | Path) -> bytes:
    return pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()


def structure_problems(pdf: bytes | Path) -> list[str]:
    """What qpdf finds wrong with the file's structure; empty for a sound PDF."""
    with pikepdf.open(io.BytesIO(_bytes(pdf))) as document:
        return list(document.check_pdf_syntax())


def render_page(pdf: bytes | Path, page: int = 0, dpi: int = 200) -> Image:
    document = pypdfium2.PdfDocument(_bytes(pdf))
    try:
        return document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()


def scan_barcodes(image: Image) -> list[str]:
    """The text of every barcode a scanner finds on the picture, top to bottom."""
    return [found.text for found in zxingcpp.read_barcodes(image)]
