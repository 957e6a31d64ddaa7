"""The list beside a report's figure or a dashboard's number: the people behind it, each
with their case's state in words; double-click one to open the person."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from lead_desktop.ui.labels import shown_label


class CasesBehind(QListWidget):
    def __init__(self, name: str, tooltip: str,
                 open_person: Callable[[str], None] | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(tooltip)
        self._open_person = open_person
        self.itemActivated.connect(self._open)

    def show_lines(self, lines) -> None:
        """CaseLines (services/reports): "Name · State", the case's id as its tooltip."""
        self.clear()
        for line in lines:
            item = QListWidgetItem(f"{line.name} · {shown_label('state', line.state)}")
            item.setData(Qt.ItemDataRole.UserRole, line.person_id)
            item.setToolTip(line.case_id)
            self.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id and self._open_person is not None:
            self._open_person(person_id)
