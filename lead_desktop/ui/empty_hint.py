"""A line that says a table is empty ("No notes yet") instead of showing a blank grid."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from lead_desktop.ui.table_model import RowsModel


class EmptyHint(QLabel):
    def __init__(self, model: RowsModel, text: str, name: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setProperty("role", "hint")
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update)
        self._update()

    def _update(self, *_) -> None:
        self.setVisible(self._model.total == 0)

