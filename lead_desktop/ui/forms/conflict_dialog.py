"""Someone else saved first: both versions side by side, and the user decides. Nothing is
overwritten without that decision, and nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lead_desktop.services.records import StaleRecord
from lead_desktop.ui.labels import field_words, value_words
from lead_desktop.ui.messages import error_words

KEEP_THEIRS, SAVE_MINE = "keep_theirs", "save_mine"


class ConflictDialog(QDialog):
    def __init__(self, conflict: StaleRecord, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.choice = KEEP_THEIRS
        fields = [f for f in conflict.yours if f != "row_version"]
        table = QTableWidget(len(fields), 3)
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved by them"),
                                         self.tr("Yours, not saved yet")])
        record_type = getattr(conflict, "record_type", None)
        for row, name in enumerate(fields):
            for column, text in enumerate((
                    field_words(name),
                    value_words(name, conflict.theirs.get(name), record_type),
                    value_words(name, conflict.yours.get(name), record_type))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        # every column and its header in sight: "Lo suyo, aún sin guardar" was cut
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumWidth(table.horizontalHeader().length()
                              + table.verticalHeader().sizeHint().width()
                              + table.verticalScrollBar().sizeHint().width()
                              + 2 * table.frameWidth())
        buttons = QDialogButtonBox()
        keep = buttons.addButton(self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        mine = buttons.addButton(self.tr("Save mine over theirs"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepTheirs")
        mine.setObjectName("saveMine")
        keep.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        mine.clicked.connect(lambda: self._choose(SAVE_MINE))
        layout = QVBoxLayout(self)
        sentence = QLabel(error_words(conflict))   # in the user's language
        sentence.setObjectName("conflictSentence")
        sentence.setWordWrap(True)
        layout.addWidget(sentence)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask(conflict: StaleRecord, parent=None) -> str:
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice
