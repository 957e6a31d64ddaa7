"""The page every document shares (documents.md, layout rules): US Letter, 0.75 in
margins, the program's letterhead, the person's name and document number on every page,
"Page X of Y", and the footer naming who generated it, when, and which template."""

from __future__ import annotations

import hashlib
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from lead_desktop.documents import fonts

MARGIN = 0.75 * inch
BLANK = "________"


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


def birth_date(dob: date | None, estimated: bool = False) -> str:
    """A date of birth as printed: "1988-03-14", "about 1985" (only the year was estimated)
    or "unknown"; never a made-up day."""
    if dob is None:
        return "unknown"
    return f"about {dob.year}" if estimated else dob.isoformat()


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
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
    value = "".join(ch for ch in (text or "") if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    value = value.strip()
    if not value:
        return Paragraph(BLANK, style)
    fonts.check(value, field)
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


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
            width, height = LETTER
            self.setFont(fonts.BOLD, 10)
            self.drawString(MARGIN, height - 0.5 * inch, stamp.program)
            if stamp.confidential:
                self.drawRightString(width - MARGIN, height - 0.5 * inch, stamp.confidential)
            self.setFont(fonts.REGULAR, 8.5)
            right = f"{stamp.person} · No. {stamp.document_id}" if stamp.person else \
                f"No. {stamp.document_id}"
            self.drawString(MARGIN, 0.45 * inch,
                            f"Generated {stamp.generated_at:%Y-%m-%d %H:%M %Z} by "
                            f"{stamp.generated_by} · {stamp.document_id} · template {stamp.template}")
            self.drawRightString(width - MARGIN, 0.62 * inch,
                                 f"{right} · Page {self._pageNumber} of {total}")

    return NumberedCanvas


def render(story: list, stamp: Stamp, title: str) -> bytes:
    """The PDF bytes of `story` on the shared page."""
    fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                            author=stamp.program, creator="LEAD Desktop")
    doc.build(story, canvasmaker=_numbered_canvas(stamp))
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
