"""The app's look: one stylesheet (resources/theme/lead.qss) on the Fusion style, so it
looks the same on every Windows version. Text sizes follow the system's (nothing in the
stylesheet sets one); titles are scaled from the system font here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lead_desktop.paths import resource_path

if TYPE_CHECKING:  # QFont's enums are not needed to show the sign-in window
    from PySide6.QtWidgets import QApplication, QWidget

FUSION = "Fusion"
TITLE_SCALE = 1.5
NAME_SCALE = 1.3


def stylesheet() -> str:
    return resource_path("theme", "lead.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, style_set: bool = False) -> None:
    """The stylesheet on the Fusion style. `style_set`: the app was made with Fusion
    (`-style Fusion`), so it need not be made again: setting it costs a second style and
    PySide6's enums of QStyle before the first window (about 7 ms)."""
    if not style_set:
        app.setStyle(FUSION)
    app.setStyleSheet(stylesheet())


def scaled(widget: QWidget, factor: float) -> None:
    """A larger, bold font for a title, relative to the system's size."""
    from PySide6.QtGui import QFont

    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # a pixel-sized font
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(True)
    widget.setFont(font)
