"""A supervisor undoes a merge: both people and every re-pointed record back as they
were before it (MergeService.unmerge), with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.merge_history import open_merges
from lead_desktop.services.people.merge_service import MergeService
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


class UnmergeDialog(QDialog):
    def __init__(self, merges: MergeService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unmergeDialog")
        self.setWindowTitle(self.tr("Undo a merge"))
        self._merges, self._actor = merges, actor
        self.model = RowsModel([
            (self.tr("Merged"), lambda m: m.merged_at),
            (self.tr("Kept"), lambda m: m.kept), (self.tr("Merged into it"), lambda m: m.merged),
            (self.tr("Reason"), lambda m: m.reason)], self)
        self.model.set_rows(open_merges(merges, actor))
        self.table = QTableView()
        self.table.setObjectName("mergesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("unmergeReason")
        self.reason.setPlaceholderText(self.tr("Why the merge was wrong (required)"))
        self.reason.setAccessibleName(self.tr("Reason for undoing the merge"))
        self.message = message_label("unmergeMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        undo = buttons.addButton(self.tr("Undo the selected merge"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        undo.setObjectName("unmergeConfirm")
        undo.clicked.connect(lambda: self.undo())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 400)

    def undo(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a merge first."))
            return False
        chosen = self.model.row(rows[0].row())
        try:
            self._merges.unmerge(self._actor, chosen.id, self.reason.text())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("Undone: %1 and %2 are two records again.")
                             .replace("%1", chosen.kept).replace("%2", chosen.merged))
        self.reason.clear()
        self.model.set_rows(open_merges(self._merges, self._actor))
        return True
