"""Bars grouped by row (a month, a case manager) with a bar per series (referral types,
attendance), a legend and reference lines (capacity, target, maximum): painted with
QPainter as bar_chart.py is, for the same reason (no charting library to ship for bars).
The numbers are in the table beside it; a value that is not a number (a suppressed "<11")
draws no bar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lead_desktop.ui.bar_chart import start_painting

COLORS = [QColor(c) for c in ("#3b6ea5", "#e08a3b", "#5aa05a", "#b04a4a", "#8a6bb0",
                              "#4aa6a6", "#a68a3b")]
LINE = QColor("#b03030")
MAX_GROUPS = 40  # more would be unreadable: the table has them all


class GroupedBarChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = ""
        self.series: list[str] = []
        self.groups: list[tuple[str, list[object]]] = []
        self.lines: list[tuple[str, float]] = []
        self.empty_text = ""   # said in the chart when it has no bar to draw
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_data(self, title: str, series: list[str], groups: list[tuple[str, list[object]]],
                 lines: list[tuple[str, float]] | None = None) -> None:
        self.title, self.series = title, series
        self.groups, self.lines = groups[:MAX_GROUPS], list(lines or [])
        self.setAccessibleName(title or ", ".join(series))
        self.setToolTip("\n".join(
            f"{label}: " + ", ".join(f"{name} {_text(v)}" for name, v in zip(series, values))
            for label, values in self.groups))
        self.update()

    def bar_count(self) -> int:
        """How many bars are drawn (a test's way to see the chart is not empty)."""
        return sum(1 for _, values in self.groups for v in values if _number(v) > 0)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter, text, line = start_painting(self, self.title)
        metrics = painter.fontMetrics()
        x = 4.0  # the legend: a swatch and a name per series, then the lines
        for index, name in enumerate(self.series if len(self.series) > 1 else []):
            painter.fillRect(QRectF(x, line + 6, 10, 10), COLORS[index % len(COLORS)])
            painter.drawText(QPointF(x + 14, line + 15), name)
            x += 24 + metrics.horizontalAdvance(name)
        for name, value in self.lines:
            painter.setPen(QPen(LINE, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, line + 11), QPointF(x + 14, line + 11))
            painter.setPen(text)
            label = f"{name} {value:g}"
            painter.drawText(QPointF(x + 18, line + 15), label)
            x += 28 + metrics.horizontalAdvance(label)
        values = [_number(v) for _, vs in self.groups for v in vs]
        top = max(values + [value for _, value in self.lines] + [0]) or 1
        area = QRectF(4, 2 * line + 16, self.width() - 8, self.height() - 5 * line - 16)
        if not self.groups or area.height() <= 0:
            painter.end()
            return
        step = area.width() / len(self.groups)
        count = max(1, len(self.series))
        width = min(40.0, max(2.0, step * 0.8 / count))
        if self.empty_text and not self.bar_count():
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
        for g, (label, vs) in enumerate(self.groups):
            left = area.left() + g * step + (step - width * count) / 2
            for s, value in enumerate(vs):
                height = area.height() * _number(value) / top
                bar = QRectF(left + s * width, area.bottom() - height, width, height)
                painter.fillRect(bar, COLORS[s % len(COLORS)])
            painter.drawText(QRectF(area.left() + g * step, area.bottom() + 2, step, 2 * line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                int(2 * step)))
        for name, value in self.lines:
            y = area.bottom() - area.height() * value / top
            painter.setPen(QPen(LINE, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(text)
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(),
                                                                      area.bottom()))
        painter.drawText(QRectF(area.left(), area.top() - line, 80, line),
                         Qt.AlignmentFlag.AlignLeft, f"{top:g}")
        painter.end()


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(
        value, bool) else 0.0


def _text(value: object) -> str:
    return "none" if value is None else f"{value:g}" if isinstance(value, float) \
        else str(value)
