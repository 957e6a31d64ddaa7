"""The document number as a Code 128 barcode: large under the summons header, where clerks
scan it at the counter, and small at the top of every later page (addendum pages too), so
a page that comes loose still finds its case."""

from __future__ import annotations

from reportlab.graphics.barcode import code128
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


def _code(value: str, bar_height: float, bar_width: float) -> code128.Code128:
    return code128.Code128(value, barHeight=bar_height, barWidth=bar_width, humanReadable=False)


class TrackingBarcode(Flowable):
    """The tracking number as a Code 128 barcode (clerks scan it at the counter)."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.code = _code(value, 36, 1.2)
        self.width, self.height = self.code.width, self.code.height

    def draw(self) -> None:
        self.code.drawOn(self.canv, 0, 0)


def draw_barcode(canvas: Canvas, value: str, right: float, top: float) -> None:
    """A small barcode whose top right corner is at (`right`, `top`)."""
    code = _code(value, 16, 0.9)
    code.drawOn(canvas, right - code.width, top - code.height)
