"""Administration: the accounts of this database (administrators; auditors read)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel


class AccountsPage(QWidget):
    def __init__(self, accounts: AccountService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.model = RowsModel([
            (self.tr("User name"), lambda u: u.username),
            (self.tr("Name"), lambda u: u.display_name),
            (self.tr("Role"), lambda u: u.role.label),
            (self.tr("State"), lambda u: "disabled" if u.disabled else (
                "locked" if u.locked_until else "active")),
        ], self)
        table = QTableView()
        table.setObjectName("accountsTable")
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Accounts")))
        layout.addWidget(table)
        layout.addWidget(self.status)
        self._channel = Channel(self.model.set_rows, lambda e: self.status.setText(str(e)), self)
        self._channel.submit(lambda: accounts.list_users(actor))
