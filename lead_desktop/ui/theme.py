"""The app's look: one stylesheet (resources/theme/lead.qss) on the Fusion style, so it
looks the same on every Windows version. Text sizes follow the system's (nothing in the
stylesheet sets one); titles are scaled from the system font here."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from lead_desktop.paths import resource_path

TITLE_SCALE = 1.5
NAME_SCALE = 1.3


def stylesheet() -> str:
    return resource_path("theme", "lead.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())


def scaled(widget: QWidget, factor: float) -> None:
    """A larger, bold font for a title, relative to the system's size."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # a pixel-sized font
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(True)
    widget.setFont(font)
