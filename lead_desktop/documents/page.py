"""The page every document shares (documents.md, layout rules): US Letter, 0.75 in
margins, the program's letterhead, the person's name and document number on every page,
"Page X of Y", and the footer naming who generated it, when, and which template."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.barcode import draw_barcode
from lead_desktop.documents.bidi_paragraph import paragraph

MARGIN = 0.75 * inch
BLANK = "________"
# Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) but line feed and tab
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Stamp:
    """What each page says about the document itself."""

    program: str
    document_id: str
    template: str          # "<name> v<N>"
    generated_by: str
    generated_at: datetime  # aware; printed in the program's zone
    person: str = ""
    confidential: str = ""  # e.g. "CONFIDENTIAL – 42 CFR Part 2"
    notice: str = "short"   # which §2.32 notice the program prints: "short" or "long"
    zone: str | None = None  # the program's IANA time zone (the profile's)
    language: str = "en"     # of the page furniture: footer, page numbers, dates
    barcode: bool = False    # the document number as a barcode on every page (summons)
    copy: int = 1            # a reprint keeps the document's number and says which copy

    def local(self, instant: datetime) -> datetime:
        return dates.local(instant, self.zone)


FOOTER = {"en": ("Generated {when} by {who} · {number} · template {template}",
                 "Page {page} of {total}", "No. {number}"),
          "es": ("Generado el {when} por {who} · {number} · plantilla {template}",
                 "Página {page} de {total}", "N.º {number}")}
COPY = {"en": " (copy {copy})", "es": " (copia {copy})"}
# the footer names the template in the page's language (the record keeps the English id)
TEMPLATE_NAMES = {"es": {
    "participation agreement v1": "acuerdo de participación v1",
    "consent v1": "consentimiento v1",
    "revocation v1": "revocación v1",
    "decline letter v1": "carta de rechazo v1",
    "da completion notice v1": "aviso de finalización para la fiscalía v1",
    "summons-generic v2": "citación genérica v2",
    "prosecutor-summary v1": "resumen para la fiscalía v1",
    "report v1": "informe v1",
    "grant-report v1": "informe de subvención v1",
    "recovery-key-sheet v1": "hoja de la clave de recuperación v1",
    "ma complaint packet v1": "paquete de denuncia de MA v1",
}}


def template_name(template: str, language: str) -> str:
    return TEMPLATE_NAMES.get(language, {}).get(template, template)


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    # shaping: HarfBuzz joins Arabic letters and orders an RTL word's glyphs (text.py)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14,
                          shaping=1)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=16,
                                leading=20, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=12,
                                  leading=16, spaceBefore=8, spaceAfter=4),
        "key": ParagraphStyle("key", parent=body, fontName=fonts.BOLD, fontSize=15, leading=22),
    }


def para(text: str | None, style: ParagraphStyle, field: str = "") -> Paragraph:
    """User text, escaped and checked against the font; empty prints as a blank line."""
    # control characters (a stray BEL or NUL pasted from another system) are not printable
    value = _CONTROL.sub("", text or "").strip()
    if not value:
        return Paragraph(BLANK, style)
    fonts.check(value, field)
    return paragraph(value, style)


@lru_cache(maxsize=64)
def line_style(size: float, bold: bool = False, align: int = 0) -> ParagraphStyle:
    """One line of page furniture (header, footer, a filled form field). The same style
    object for the same arguments (read, never changed), so the layout keys made from it
    are kept (remembered_paragraph)."""
    fonts.register()
    return ParagraphStyle(f"line{size}{bold}{align}", fontName=fonts.BOLD if bold else
                          fonts.REGULAR, fontSize=size, leading=size * 1.2, alignment=align,
                          shaping=1)


def fitted(value: str, style: ParagraphStyle, width: float, max_lines: int = 1,
           smallest: float = 5.5) -> Paragraph:
    """`value` as a paragraph no wider than `width` and no taller than `max_lines` lines:
    the size shrinks down to `smallest`; text still too long ends in "…" (page furniture
    only: the body always prints the whole text)."""
    fonts.check(value)
    size = style.fontSize
    while True:
        current = ParagraphStyle("fitted", parent=style, fontSize=size, leading=size * 1.2)
        laid_out = paragraph(value, current)
        _, height = laid_out.wrap(width, 10_000)
        if height <= max_lines * current.leading + 0.01:
            return laid_out
        if size - 0.5 >= smallest:
            size -= 0.5
            continue
        if len(value) <= 1:
            return laid_out
        value = value[: max(1, int(len(value) * 0.9))].rstrip() + "…"


def draw_line(canvas: Canvas, x: float, y: float, width: float, value: str,
              style: ParagraphStyle, max_lines: int = 1) -> None:
    """`value`, shaped and in visual order like any paragraph, fitted into `max_lines`
    lines of `width` whose lowest baseline is at `y`."""
    laid_out = fitted(value, style, width, max_lines)
    laid_out.wrap(width, 10_000)
    laid_out.drawOn(canvas, x, y - laid_out.style.fontSize * 0.25)


def _numbered_canvas(stamp: Stamp):
    class NumberedCanvas(Canvas):
        """Draws the header and footer after layout, when the page count is known."""

        def __init__(self, *args, **kwargs) -> None:
            # start every page in the embedded font: no standard (unembedded) Helvetica
            kwargs["initialFontName"] = fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            decorate(self, stamp, self._pageNumber, total)

    return NumberedCanvas


def decorate(canvas: Canvas, stamp: Stamp, page: int, total: int) -> None:
    """The header and footer of one page: the program and the confidentiality line on top;
    the person, number and "Page X of Y" and who generated it when at the bottom. Long names
    wrap inside their half of the page instead of running off its edge."""
    width, height = canvas._pagesize
    generated, page_of, number = FOOTER.get(stamp.language, FOOTER["en"])
    half = (width - 2 * MARGIN) / 2 - 6
    draw_line(canvas, MARGIN, height - 0.5 * inch, half, stamp.program, line_style(10, True), 2)
    if stamp.confidential:
        draw_line(canvas, width / 2 + 6, height - 0.5 * inch, half, stamp.confidential,
                  line_style(10, True, align=2), 2)
    numbered = number.format(number=stamp.document_id)
    if stamp.copy > 1:
        numbered += COPY.get(stamp.language, COPY["en"]).format(copy=stamp.copy)
    right = f"{numbered} · " + page_of.format(page=page, total=total)
    draw_line(canvas, width / 2 + 6, 0.62 * inch, half, right, line_style(8.5, align=2))
    if stamp.person:
        draw_line(canvas, MARGIN, 0.62 * inch, half, stamp.person, line_style(8.5), 2)
    when = dates.moment(stamp.local(stamp.generated_at), stamp.language)
    draw_line(canvas, MARGIN, 0.42 * inch, width - 2 * MARGIN,
              generated.format(when=when, who=stamp.generated_by, number=stamp.document_id,
                               template=template_name(stamp.template, stamp.language)),
              line_style(7.5))
    if stamp.barcode and page > 1:  # page 1 carries the large one under its header
        draw_barcode(canvas, stamp.document_id, width - MARGIN, height - 0.2 * inch)


def render(story: list, stamp: Stamp, title: str) -> bytes:
    """The PDF bytes of `story` on the shared page."""
    fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                            author=stamp.program, creator="LEAD Desktop")
    doc.build(story, canvasmaker=_numbered_canvas(stamp))
    return buffer.getvalue()


def render_plain(story: list, title: str, author: str = "") -> bytes:
    """`story` on US Letter pages with no header or footer yet (see `stamp_pages`)."""
    fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                            author=author, creator="LEAD Desktop")
    doc.build(story, canvasmaker=lambda *a, **k: Canvas(*a, initialFontName=fonts.REGULAR,
                                                        **{n: v for n, v in k.items()
                                                           if n != "initialFontName"}))
    return buffer.getvalue()


def stamp_pages(parts: list[bytes], stamp: Stamp) -> bytes:
    """Pages from several sources (our layouts, an agency's filled form) as one document:
    every page gets the header and footer, numbered "Page X of Y" over all of them."""
    from pypdf import PdfReader, PdfWriter

    fonts.register()
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.REGULAR)
        decorate(canvas, stamp, number, total)
        canvas.showPage()
        canvas.save()
        page.merge_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def signature_block(signers: list[str], date_label: str, style: ParagraphStyle) -> Table:
    """A signature line and a date line per signer, each label above its line."""
    rows = []
    for signer in signers:
        rows += [[para(signer, style), para(date_label, style)], ["", ""]]
    table = Table(rows, colWidths=[4.6 * 72, 2.4 * 72], rowHeights=[None, 30] * len(signers))
    table.setStyle(TableStyle(
        [("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        + [("LINEBELOW", (0, row), (-1, row), 0.75, "black")
           for row in range(1, 2 * len(signers), 2)]))
    return table
