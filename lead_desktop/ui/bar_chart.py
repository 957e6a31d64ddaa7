"""A small bar chart painted with QPainter: no charting library to ship (Qt Charts is in
the PySide6 add-ons, tens of megabytes, for one kind of chart). The numbers it shows are
in the table beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3b6ea5")
MAX_BARS = 40  # more would be unreadable: the table has them all


def start_painting(chart: QWidget, title: str) -> tuple[QPainter, QColor, int]:
    """A chart's painter in the theme's text color, with the title drawn on the first line
    (cut with "…" when narrow): the painter, the text color and the height of a line."""
    painter = QPainter(chart)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    painter.setPen(text)
    metrics = painter.fontMetrics()
    line = metrics.height()
    painter.drawText(QRectF(4, 2, chart.width() - 8, line), Qt.AlignmentFlag.AlignLeft,
                     metrics.elidedText(title, Qt.TextElideMode.ElideRight, chart.width() - 8))
    return painter, text, line


class BarChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.title = ""
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_bars(self, title: str, bars: list[tuple[str, float]]) -> None:
        self.title, self.bars = title, bars[:MAX_BARS]
        self.setAccessibleName(title)
        self.setToolTip("\n".join(f"{label}: {value:g}" for label, value in self.bars))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter, _, line = start_painting(self, self.title)
        metrics = painter.fontMetrics()
        if not self.bars:
            painter.end()
            return
        top = max(value for _, value in self.bars) or 1
        area = QRectF(4, line + 8, self.width() - 8, self.height() - 3 * line - 12)
        step = area.width() / len(self.bars)
        width = min(60.0, max(2.0, step * 0.7))
        for index, (label, value) in enumerate(self.bars):
            height = area.height() * value / top
            x = area.left() + index * step + (step - width) / 2
            painter.fillRect(QRectF(x, area.bottom() - height, width, height), BAR)
            painter.drawText(QRectF(x - 10, area.bottom() - height - line, width + 20, line),
                             Qt.AlignmentFlag.AlignHCenter, f"{value:g}")
            painter.drawText(QRectF(area.left() + index * step, area.bottom() + 2, step,
                                    2 * line), Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                int(2 * step)))
        painter.drawLine(int(area.left()), int(area.bottom()), int(area.right()),
                         int(area.bottom()))
        painter.end()
