"""On the administration page: the last good backup (a warning when it is older than 2
days), a backup now, the backup folder, and the workstations that have the database open.
The backup runs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.maintenance import MaintenanceService
from lead_desktop.ui.enrollment_dialog import EnrollmentCodeDialog
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

_WARNING_STYLE = "color: #a40000; font-weight: bold;"


class DatabaseCarePanel(QWidget):
    def __init__(self, service: MaintenanceService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseCarePanel")
        self._service, self._actor = service, actor
        self.backup_state = QLabel()
        self.backup_state.setObjectName("backupState")
        self.backup_state.setWordWrap(True)
        self.backup_now = QPushButton(self.tr("&Back up now"))
        self.backup_now.setObjectName("backupNow")
        self.choose_folder = QPushButton(self.tr("Backup &folder…"))
        can_write = allowed(actor, Data.CONFIGURATION, Access.WRITE)
        self.enroll = QPushButton(self.tr("&Enroll a workstation…"))
        self.enroll.setObjectName("offerEnrollment")
        self.enroll.setToolTip(self.tr("A one-time code that lets another workstation open "
                                       "this database without the recovery key"))
        for button in (self.backup_now, self.choose_folder, self.enroll):
            button.setEnabled(can_write)
        self.backup_now.clicked.connect(self.start_backup)
        self.choose_folder.clicked.connect(self._ask_folder)
        self.enroll.clicked.connect(self.offer_enrollment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.choose_folder)
        buttons.addWidget(self.enroll)
        buttons.addStretch(1)

        self.model = RowsModel([
            (self.tr("User"), lambda p: p.username),
            (self.tr("Computer"), lambda p: p.workstation),
            (self.tr("Connected since (UTC)"), lambda p: f"{p.opened_at:%Y-%m-%d %H:%M}"),
            (self.tr("Last heard (UTC)"), lambda p: f"{p.heartbeat_at:%H:%M:%S}"),
        ], self)
        self.connected = QTableView()
        self.connected.setObjectName("connectedTable")
        self.connected.setModel(self.model)
        self.connected.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.connected.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.connected.verticalHeader().setVisible(False)
        self.connected.setMaximumHeight(160)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(self.tr("Backups")))
        layout.addWidget(self.backup_state)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Workstations with the database open (restore and "
                                        "rekey need everyone else out)")))
        layout.addWidget(self.connected)

        self._status_channel = Channel(self._show_status, self._show_error, self)
        self._presence_channel = Channel(self.model.set_rows, self._show_error, self)
        self._backup_channel = Channel(self._backup_done, self._backup_failed, self)
        self.refresh()

    def refresh(self) -> None:
        service, actor = self._service, self._actor
        self._status_channel.submit(lambda: service.backup_status(actor))
        self._presence_channel.submit(lambda: service.connected(actor))

    def showEvent(self, event) -> None:  # noqa: N802 - fresh each time the page is shown
        super().showEvent(event)
        self.refresh()

    def _show_status(self, state) -> None:
        if state.newest is None:
            text = self.tr("No backup yet in %1.").replace("%1", str(state.folder))
        else:
            text = (self.tr("Last good backup: %1 (%2 kept in %3).")
                    .replace("%1", f"{state.newest.made_at:%Y-%m-%d %H:%M}")
                    .replace("%2", str(state.count)).replace("%3", str(state.folder)))
        if state.stale:
            text += " " + self.tr("Warning: no backup in the last 2 days. Back up now, and "
                                  "check the backup folder is reachable.")
        self.backup_state.setText(text)
        self.backup_state.setStyleSheet(_WARNING_STYLE if state.stale else "")
        self.backup_state.setProperty("stale", state.stale)

    def _show_error(self, error: Exception) -> None:
        message = (error_words(error) if isinstance(error, LeadError) else
                   f"{error.strerror}: {error.filename}" if isinstance(error, OSError) else
                   type(error).__name__)
        self.backup_state.setText(message)

    def start_backup(self) -> None:
        self.backup_now.setEnabled(False)
        self.backup_state.setText(self.tr("Backing up and verifying…"))
        service, actor = self._service, self._actor
        self._backup_channel.submit(lambda: service.back_up_now(actor))

    def _backup_done(self, path: Path) -> None:
        self.backup_now.setEnabled(True)
        self.refresh()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_now.setEnabled(True)
        self._show_error(error)
        self.backup_state.setStyleSheet(_WARNING_STYLE)

    def set_folder(self, folder: Path | None) -> None:
        try:
            self._service.set_backup_folder(self._actor, folder)
        except LeadError as exc:
            self._show_error(exc)
            return
        self.refresh()

    def offer_enrollment(self) -> EnrollmentCodeDialog | None:
        """Make a code and show it (the dialog is returned open, for tests to read)."""
        try:
            offer = self._service.offer_enrollment(self._actor)
        except (LeadError, OSError) as exc:  # OSError: the database's folder is read-only
            self._show_error(exc)
            return None
        dialog = EnrollmentCodeDialog(offer, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where automatic backups go (a second disk or a network folder)"))
        if folder:
            self.set_folder(Path(folder))
