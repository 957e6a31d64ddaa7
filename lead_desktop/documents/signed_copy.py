"""Signatures captured on screen, placed into a generated form (consent, participation
agreement, revocation) on the line under their label, with the printed name and the
statement that an electronic signature was captured, when and on which workstation. A
signer whose line the form does not have (a witness, where the program requires one) signs
on a page added at the end. No Qt: pypdfium2 finds the labels, reportlab draws, pypdf
merges."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lead_desktop.documents import fonts
from lead_desktop.documents.page import draw_line, line_style

LINE_DROP = 36    # from a label to its line when no drawn line is found
INK_HEIGHT = 27   # the signature's height above the line (the forms' rows are 30-32 pt)
INK_WIDTH = 2.5 * 72
NOTE_X = INK_WIDTH + 6  # the printed name and the statement, beside the ink
NOTE_WIDTH = 4.6 * 72 - NOTE_X - 4  # up to the date column
DATE_COLUMN = 4.6 * 72  # the date column of the forms' signature tables


@dataclass(frozen=True)
class Mark:
    """One signer's signature: the label of their line on the form, the printed name, the
    ink (a PNG with a transparent background)."""

    label: str
    printed_name: str
    png: bytes


@dataclass(frozen=True)
class Placed:
    pdf: bytes
    on_lines: tuple[str, ...]   # labels whose line was found
    added_page: bool


def statement(when: str, workstation: str, language: str = "en") -> list[str]:
    """The lines printed beside each signature (short: they share the signature's row)."""
    if language == "es":
        return ["Firma electrónica capturada", f"el {when}", f"en {workstation}"]
    return ["Electronic signature captured", when, f"on {workstation}"]


def _find(pdf: bytes, label: str) -> tuple[int, float, float] | None:
    """(page, left, y of the signature line) under the last place the label is printed:
    the label's first words are searched, then the ruled line drawn below them."""
    probe = " ".join(label.split()[:4])
    document = pdfium.PdfDocument(pdf)
    found = None
    try:
        for index in range(len(document)):
            text = document[index].get_textpage()
            searcher = text.search(probe, match_case=True)
            hit = searcher.get_next()
            while hit is not None:
                start, count = hit
                boxes = [text.get_charbox(i) for i in range(start, start + count)]
                left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
                found = (index, left, _line_below(document[index], left, bottom))
                hit = searcher.get_next()
            searcher.close()
            text.close()
    finally:
        document.close()
    return found


def _line_below(page, left: float, bottom: float) -> float:
    """The y of the nearest horizontal rule under a label (the line to sign on)."""
    import pypdfium2.raw as pdfium_raw

    best = None
    for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]):
        x0, y0, x1, y1 = obj.get_bounds()
        if y1 - y0 < 3 and x1 - x0 > 150 and x0 <= left + 6 and y1 < bottom and \
                bottom - y1 < 90 and (best is None or y1 > best):
            best = (y0 + y1) / 2
    return best if best is not None else bottom - LINE_DROP


def _ink(page: canvas.Canvas, mark: Mark, x: float, line_y: float, note: list[str],
         date_text: str, date_x: float | None) -> None:
    page.drawImage(ImageReader(io.BytesIO(mark.png)), x, line_y + 1.5, width=INK_WIDTH,
                   height=INK_HEIGHT, mask="auto", preserveAspectRatio=True, anchor="sw")
    if date_x is not None:
        draw_line(page, date_x, line_y + 4, 2.2 * 72, date_text, line_style(9))
    # shaped and in visual order like every name the documents print (an Arabic or Hebrew
    # name drawn as plain characters came out with its letters unjoined and reversed)
    for number, text in enumerate([mark.printed_name, *note]):
        draw_line(page, x + NOTE_X, line_y + 23 - number * 6.5, NOTE_WIDTH, text,
                  line_style(6))


def place(pdf: bytes, marks: list[Mark], *, note: list[str], date_text: str,
          extra_title: str = "Electronic signatures") -> Placed:
    """The form with each signature on its line; signers without a line on a last page."""
    fonts.register()
    reader = PdfReader(io.BytesIO(pdf))
    overlays: dict[int, list] = {}
    missing, on_lines = [], []
    for mark in marks:
        where = _find(pdf, mark.label)
        if where is None:
            missing.append(mark)
            continue
        index, left, line_y = where
        overlays.setdefault(index, []).append((mark, left, line_y))
        on_lines.append(mark.label)
    writer = PdfWriter(clone_from=reader)
    for index, page in enumerate(writer.pages):
        if index in overlays:
            box = page.mediabox
            out = io.BytesIO()
            layer = canvas.Canvas(out, pagesize=(float(box.width), float(box.height)))
            for mark, x, y in overlays[index]:
                _ink(layer, mark, x, y, note, date_text, x + DATE_COLUMN)
            layer.save()
            page.merge_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])
    if missing:
        box = reader.pages[-1].mediabox
        out = io.BytesIO()
        layer = canvas.Canvas(out, pagesize=(float(box.width), float(box.height)))
        top = float(box.height) - 72
        draw_line(layer, 72, top, float(box.width) - 144, extra_title, line_style(12, True))
        for number, mark in enumerate(missing):
            y = top - 70 - number * 70
            draw_line(layer, 72, y + INK_HEIGHT + 10, DATE_COLUMN, mark.label, line_style(8.5))
            layer.line(72, y, 72 + DATE_COLUMN + 2.4 * 72, y)
            _ink(layer, mark, 72, y, note, date_text, 72 + DATE_COLUMN)
        layer.save()
        writer.add_page(PdfReader(io.BytesIO(out.getvalue())).pages[0])
    result = io.BytesIO()
    writer.write(result)
    return Placed(result.getvalue(), tuple(on_lines), bool(missing))
