"""Shaped words written into the PDF with less Python per glyph, to the same bytes.

reportlab writes a word HarfBuzz shaped (every word of our documents: styles shape) glyph
by glyph: three list entries per glyph, then `filter`, `groupby` and a lambda to join
them into the word's `(text) Tj` or `[(te) -12 (xt)] TJ`. That was about a fifth of a
summons' CPU time. For a word with no vertical offsets (every Latin and Cyrillic word,
most others) the same operators are made here in one pass: runs of glyph bytes are sliced
from the subset string and the non-zero adjustments between them summed as reportlab
sums them, so the output is identical (tests/documents/test_shaped_text.py compares both
on every script we print). Words with a vertical offset (some marks) keep reportlab's path.
"""

from __future__ import annotations

from operator import attrgetter

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen import textobject

_original = textobject.PDFTextObject._formatText
_Y_OFFSET = attrgetter("y_offset")


def _operator(t: bytes, shaped, escape) -> str:
    """The Tj or TJ operator of one subset's run `t` with its shape data, as reportlab's
    shaped branch of PDFTextObject._formatText writes it when no glyph moves vertically:
    runs of glyphs between non-zero adjustments, each run of adjustments summed, a sum
    written as "0" left out."""
    parts: list[str] = []
    start = None        # where the current run of glyph bytes began in `t`
    adjust = None       # the sum of the current run of non-zero adjustments
    for i, data in enumerate(shaped):
        before = -data.x_offset
        if before:
            if start is not None:
                parts.append("(%s)" % escape(t[start:i]))
                start = None
            adjust = before if adjust is None else adjust + before
        if adjust is not None:
            written = fp_str(adjust)
            if written != "0":
                parts.append(written)
            adjust = None
        if start is None:
            start = i
        after = data.width - data.x_advance + data.x_offset
        if after:
            parts.append("(%s)" % escape(t[start:i + 1]))
            start, adjust = None, after
    if start is not None:
        parts.append("(%s)" % escape(t[start:]))
    if adjust is not None:
        written = fp_str(adjust)
        if written != "0":
            parts.append(written)
    if len(parts) == 1 and parts[0].startswith("("):
        return f"{parts[0]} Tj"
    return f"[{' '.join(parts)}] TJ"


def _format_text(self, text):  # noqa: ANN001, ANN202 - reportlab's method
    font = getFont(self._fontname)
    if not (font._dynamicFont and font.shapable and isinstance(text, ShapedStr)):
        return _original(self, text)
    shape_data = text.__shapeData__
    if any(map(_Y_OFFSET, shape_data)):
        return _original(self, text)
    canvas = self._canvas
    code, template, used = [], None, 0
    for subset, t in font.splitString(text, canvas._doc):
        if subset != self._curSubset:
            if not template:
                template = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
            code.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {template}")
            self._curSubset = subset
        code.append(_operator(t, shape_data[used:used + len(t)], canvas._escape))
        used += len(t)
    return " ".join(code)


def install() -> None:
    """Idempotent: shaped words go through `_format_text`."""
    textobject.PDFTextObject._formatText = _format_text
