"""A paragraph whose right-to-left text is reordered line by line.

Reordering a whole paragraph before reportlab breaks it into lines would put the last
words of a long Arabic address on the first line. So the logical text is broken into lines
first (each word measured in its own font, unshaped: joined Arabic is never wider than its
isolated letters, so a line never overflows), and each line is then put in visual order
(text.markup) and joined with explicit line breaks."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from lead_desktop.documents import fonts
from lead_desktop.documents.remembered_paragraph import RememberedParagraph
from lead_desktop.documents.text import markup, needs_bidi


def _width(word: str, style: ParagraphStyle, bold: bool) -> float:
    total = 0.0
    for ch in word:
        face = fonts.face_for(ch) or fonts.LATIN_FACE
        total += stringWidth(ch, face.bold if bold else face.regular, style.fontSize)
    return total


def logical_lines(text: str, width: float, style: ParagraphStyle, bold: bool) -> list[str]:
    """`text` broken greedily into lines no wider than `width`, in logical order."""
    space = stringWidth(" ", fonts.REGULAR, style.fontSize)
    lines: list[str] = []
    for given in text.split("\n"):
        current, used = "", 0.0
        for word in given.split(" "):
            size = _width(word, style, bold)
            if current and used + space + size > width:
                lines.append(current)
                current, used = word, size
            else:
                current, used = (f"{current} {word}" if current else word), \
                    (used + space + size if current else size)
        lines.append(current)
    return lines


class BidiParagraph(Paragraph):
    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        self._logical, self._bold, self._laid_out_for = text, bold, None
        super().__init__(markup(text, bold), style)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        width = availWidth - self.style.leftIndent - self.style.rightIndent
        if self._laid_out_for != width:
            self._laid_out_for = width
            lines = logical_lines(self._logical, width, self.style, self._bold)
            Paragraph.__init__(self, "<br/>".join(markup(line, self._bold) for line in lines),
                               self.style)
        return super().wrap(availWidth, availHeight)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """`text` (plain, logical order) as a paragraph that prints every script correctly."""
    bold = style.fontName == fonts.BOLD
    if needs_bidi(text):
        return BidiParagraph(text, style, bold)
    return RememberedParagraph(markup(text, bold), style)
