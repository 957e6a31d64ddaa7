"""On the administration page in PostgreSQL mode: backups are the DBA's (pg_dump), so the
page says so and shows what the app can check of the server (connection, encryption, the
app role's rights, the audit log's protection and chain), and who is connected. The checks
run off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.maintenance import MaintenanceService
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

_WARNING_STYLE = "color: #a40000; font-weight: bold;"


class ServerCarePanel(QWidget):
    def __init__(self, service: MaintenanceService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("serverCarePanel")
        self._service, self._actor = service, actor
        self.backup_note = QLabel(self.tr(
            "This database is on your department's PostgreSQL server. Its backups are made by "
            "the database administrator (pg_dump, point-in-time recovery): the app makes "
            "none. Ask IT when the last backup was restored as a test."))
        self.backup_note.setObjectName("serverBackupNote")
        self.backup_note.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("serverCheckSummary")
        self.summary.setWordWrap(True)
        self.check_again = QPushButton(self.tr("&Check the server again"))
        self.check_again.setObjectName("checkServer")
        self.check_again.clicked.connect(self.refresh)
        names = {"connection": self.tr("Connection"), "encryption": self.tr("Encryption"),
                 "rights": self.tr("The app's rights"),
                 "audit protection": self.tr("Audit log protection"),
                 "audit chain": self.tr("Audit chain"),
                 "records": self.tr("Records against their seals")}
        self.checks = RowsModel([
            (self.tr("Check"), lambda c: names.get(c.name, c.name)),
            (self.tr("Result"), lambda c: self.tr("OK") if c.ok else self.tr("Problem")),
            (self.tr("What was found"), lambda c: c.detail),
        ], self)
        self.check_table = QTableView()
        self.check_table.setObjectName("serverChecks")
        self.check_table.setModel(self.checks)
        self.check_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.check_table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.check_table.verticalHeader().setVisible(False)
        self.check_table.setMaximumHeight(190)
        self.connected = RowsModel([
            (self.tr("User"), lambda p: p.username),
            (self.tr("Computer"), lambda p: p.workstation),
            (self.tr("Connected since (UTC)"), lambda p: f"{p.opened_at:%Y-%m-%d %H:%M}"),
            (self.tr("Last heard (UTC)"), lambda p: f"{p.heartbeat_at:%H:%M:%S}"),
        ], self)
        connected_table = QTableView()
        connected_table.setObjectName("connectedTable")
        connected_table.setModel(self.connected)
        connected_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        connected_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        connected_table.verticalHeader().setVisible(False)
        connected_table.setMaximumHeight(160)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(self.tr("Backups and the server")))
        layout.addWidget(self.backup_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.check_table)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Workstations with the database open (a schema "
                                        "upgrade needs everyone else out)")))
        layout.addWidget(connected_table)

        self._checks_channel = Channel(self._show_checks, self._show_error, self)
        self._presence_channel = Channel(self.connected.set_rows, self._show_error, self)
        self.refresh()

    def refresh(self) -> None:
        service, actor = self._service, self._actor
        self.check_again.setEnabled(False)
        self.summary.setText(self.tr("Checking the server…"))
        self._checks_channel.submit(lambda: service.server_checks(actor))
        self._presence_channel.submit(lambda: service.connected(actor))

    def showEvent(self, event) -> None:  # noqa: N802 - fresh each time the page is shown
        super().showEvent(event)
        self.refresh()

    def _show_checks(self, checks) -> None:  # noqa: ANN001
        self.check_again.setEnabled(True)
        self.checks.set_rows(checks)
        failed = [c for c in checks if not c.ok]
        if failed:
            self.summary.setText(self.tr("%1 of %2 checks found a problem: tell your IT "
                                         "department what the table says.")
                                 .replace("%1", str(len(failed))).replace("%2", str(len(checks))))
        else:
            self.summary.setText(self.tr("Every check passed."))
        self.summary.setStyleSheet(_WARNING_STYLE if failed else "")
        self.summary.setProperty("failed", len(failed))

    def _show_error(self, error: Exception) -> None:
        self.check_again.setEnabled(True)
        self.summary.setText(error_words(error) if isinstance(error, LeadError)
                             else type(error).__name__)
        self.summary.setStyleSheet(_WARNING_STYLE)
