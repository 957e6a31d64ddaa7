"""The audit log viewer (auditors only): newest entries first, and a chain check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel


class AuditPage(QWidget):
    def __init__(self, reader: AuditReader, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._reader, self._actor = reader, actor
        self.model = RowsModel([
            ("#", lambda r: r.seq), (self.tr("When (UTC)"), lambda r: r.at),
            (self.tr("User"), lambda r: r.username), (self.tr("Role"), lambda r: r.role),
            (self.tr("Event"), lambda r: r.event), (self.tr("Record"), lambda r: r.record_type),
            (self.tr("Id"), lambda r: r.record_id), (self.tr("Outcome"), lambda r: r.outcome),
            (self.tr("Reason"), lambda r: r.reason),
        ], self)
        table = QTableView()
        table.setObjectName("auditTable")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        verify = QPushButton(self.tr("&Verify the chain"))
        verify.setObjectName("verifyChain")
        verify.clicked.connect(self.verify)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Audit log, newest first")))
        top.addStretch(1)
        top.addWidget(self.chain)
        top.addWidget(verify)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table)
        self._rows = Channel(self.model.set_rows, lambda e: self.chain.setText(str(e)), self)
        self._check = Channel(lambda r: self.chain.setText(r.describe()),
                              lambda e: self.chain.setText(str(e)), self)
        self.refresh()

    def refresh(self) -> None:
        reader, actor = self._reader, self._actor
        self._rows.submit(lambda: reader.page(actor))

    def verify(self) -> None:
        self.chain.setText(self.tr("Checking…"))
        reader, actor = self._reader, self._actor
        self._check.submit(lambda: reader.verify(actor))
