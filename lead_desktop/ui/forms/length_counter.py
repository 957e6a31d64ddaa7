"""A counter under a long text field: characters used of the most a service accepts. Text
over the limit is kept (nothing typed is lost); the counter turns red and the service
refuses the save with the field's message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit

from lead_desktop.services.text_input import NOTE_MAX
from lead_desktop.ui.translations import number_text


class LengthCounter(QLabel):
    def __init__(self, field: QPlainTextEdit, limit: int = NOTE_MAX, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field.objectName()}Counter")
        self._field, self.limit = field, limit
        field.textChanged.connect(self.update_count)
        self.update_count()

    @property
    def over(self) -> bool:
        return len(self._field.toPlainText()) > self.limit

    def update_count(self) -> None:
        used = len(self._field.toPlainText())
        self.setText(self.tr("%1 of %2 characters").replace("%1", number_text(used))
                     .replace("%2", number_text(self.limit)))
        self.setStyleSheet("color: #b00020;" if self.over else "color: palette(mid);")
