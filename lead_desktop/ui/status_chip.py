"""Where urgency is drawn: a rounded chip with a color AND its word ("Overdue", "Due soon",
"On hold"), as a label (the person's header) or in a table's cell (work queue, Home lists,
people). What is urgent is decided in services/urgency.py; the words are the "urgency"
labels, in the user's language. Each pair of colors passes WCAG AA (text on chip 7:1 or
more), and the chip keeps a border of its text color, so it reads on a selected row too."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from lead_desktop.services.consent.standing import ConsentStanding
from lead_desktop.services.urgency import Urgency
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.table_model import CHIP_ROLE  # noqa: F401  (the role a chip answers)

#: urgency -> (chip background, text and border)
COLORS: dict[str, tuple[str, str]] = {
    Urgency.OVERDUE.value: ("#fee2e2", "#991b1b"),
    Urgency.DUE_SOON.value: ("#fef3c7", "#78350f"),
    Urgency.ON_HOLD.value: ("#e0e7ff", "#3730a3"),
}
#: where a person's consent stands (services/consent/standing.py) -> its chip's colors
CONSENT_COLORS: dict[str, tuple[str, str]] = {
    ConsentStanding.SIGNED.value: ("#dcfce7", "#14532d"),
    ConsentStanding.EXPIRES_SOON.value: COLORS[Urgency.DUE_SOON.value],
    ConsentStanding.DRAFT.value: COLORS[Urgency.ON_HOLD.value],
    ConsentStanding.REVOKED.value: COLORS[Urgency.OVERDUE.value],
    ConsentStanding.EXPIRED.value: COLORS[Urgency.OVERDUE.value],
    ConsentStanding.NONE.value: COLORS[Urgency.OVERDUE.value],
}
PAD_X, PAD_Y, MARGIN = 8, 2, 4


def _code(urgency: Urgency | str | None) -> str | None:
    return getattr(urgency, "value", urgency) or None


def chip_words(urgency: Urgency | str | None) -> str:
    """The chip's word in the user's language ("" when there is no chip)."""
    code = _code(urgency)
    return shown_label("urgency", code) if code else ""


def chip_column(title: str, urgency_of: Callable[[Any], Any]) -> tuple[str, Callable]:
    """A RowsModel column that shows the chip's word (draw it with ChipDelegate)."""
    return title, lambda row: chip_words(urgency_of(row))


class StatusChip(QLabel):
    """A chip beside a value (the header's next deadline, its consent); hidden when there is
    nothing to say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChip")
        self.urgency: str | None = None
        self.standing: str | None = None   # a consent chip's code (set_consent)
        self.hide()

    def set_urgency(self, urgency: Urgency | str | None) -> None:
        self.urgency = _code(urgency)
        self.setProperty("urgency", self.urgency or "")
        self._draw(chip_words(self.urgency), COLORS.get(self.urgency or ""))

    def set_consent(self, standing: ConsentStanding | str | None) -> None:
        """Where the person's consent stands: "Consent signed", "No consent", ..."""
        self.standing = _code(standing)
        self.setProperty("standing", self.standing or "")
        words = shown_label("consent_standing", self.standing) if self.standing else ""
        self._draw(words, CONSENT_COLORS.get(self.standing or ""))

    def _draw(self, words: str, colors: tuple[str, str] | None) -> None:
        if colors is None or not words:
            self.clear()
            self.hide()
            return
        back, text = colors
        self.setText(words)
        self.setStyleSheet(f"QLabel {{ background: {back}; color: {text}; "
                           f"border: 1px solid {text}; border-radius: 9px; "
                           f"padding: {PAD_Y}px {PAD_X}px; font-weight: 600; }}")
        self.show()


class ChipDelegate(QStyledItemDelegate):
    """Draws a cell whose row has an urgency (CHIP_ROLE) as a chip with the cell's word."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        code = index.data(CHIP_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if code not in COLORS or not text:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the row's background and selection as usual, the word on the chip
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        back, ink = COLORS[code]
        font = option.font
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2 * PAD_Y
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X,
                    option.rect.width() - 2 * MARGIN)
        chip = QRect(option.rect.left() + MARGIN,
                     option.rect.center().y() - height // 2 + 1, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ink), 1))
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = option.font
        font.setBold(True)
        width = QFontMetrics(font).horizontalAdvance(text) + 2 * (PAD_X + MARGIN)
        return QSize(max(size.width(), width), size.height() + 2 * PAD_Y)
