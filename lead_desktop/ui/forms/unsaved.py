"""Nothing typed is lost by accident: a form remembers what its inputs held when it was
opened (or last saved), and closing it with changes asks first."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(root: QWidget) -> dict[int, object]:
    """What every input under `root` holds now, by widget."""
    return {id(widget): _value(widget) for widget in root.findChildren(QWidget)
            if _value(widget) is not None}


class UnsavedChanges:
    def __init__(self, root: QWidget, confirm: Callable[[], bool] | None = None) -> None:
        self._root = root
        self._confirm = confirm or self._ask
        self.mark_saved()

    def mark_saved(self) -> None:
        """What the form holds now is safe (it was just opened, loaded or saved)."""
        self._saved = snapshot(self._root)

    @property
    def dirty(self) -> bool:
        return snapshot(self._root) != self._saved

    def allows_leaving(self) -> bool:
        return not self.dirty or self._confirm()

    def _ask(self) -> bool:
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            self._root, translate("UnsavedChanges", "Discard your changes?"),
            translate("UnsavedChanges", "What you typed here has not been saved. "
                                        "Close and discard it?"))
        return answer == QMessageBox.StandardButton.Yes
