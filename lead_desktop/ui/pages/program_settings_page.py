"""Program settings an administrator sets for every workstation of the database (auditors
see them): whether documents may be saved to disk as unencrypted files, the largest
attachment (a scan, a photo) kept in the database, and how long a removed attachment's
content is kept (the purge itself needs a supervisor's approval: lead-admin
attachments-purge)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.attachments import limits, retention
from lead_desktop.services.exports import ExportService
from lead_desktop.ui.messages import error_words


class ProgramSettingsPage(QWidget):
    def __init__(self, exports: ExportService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("programSettingsPage")
        self._exports, self._actor = exports, actor
        self.save_to_disk = QCheckBox(self.tr("Allow saving documents to disk (“Save as PDF”, "
                                              "printing to a file)"))
        self.save_to_disk.setObjectName("allowSaveToDisk")
        self.save_to_disk.setChecked(exports.saving_allowed())
        self.save_to_disk.setEnabled(allowed(actor, Data.CONFIGURATION, Access.WRITE))
        self.save_to_disk.toggled.connect(self.set_saving_allowed)
        explanation = QLabel(self.tr(
            "Saved files are not encrypted. When this is off, documents can only be printed "
            "on paper. Every save is recorded in the audit log as an export."))
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("programSettingsStatus")
        self.status.setWordWrap(True)
        writes = allowed(actor, Data.CONFIGURATION, Access.WRITE)
        self.attachment_mb = QSpinBox()
        self.attachment_mb.setObjectName("attachmentMaxMb")
        self.attachment_mb.setRange(1, limits.CEILING_MB)
        self.attachment_mb.setSuffix(" MB")
        with exports.db.read() as session:
            self.attachment_mb.setValue(limits.max_mb(session))
        self.attachment_mb.setEnabled(writes)
        save_limit = QPushButton(self.tr("Save the limit"))
        save_limit.setObjectName("saveAttachmentLimit")
        save_limit.setEnabled(writes)
        save_limit.clicked.connect(self.save_attachment_limit)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel(self.tr("Largest attachment (scan, photo, PDF)")))
        limit_row.addWidget(self.attachment_mb)
        limit_row.addWidget(save_limit)
        limit_row.addStretch(1)
        self.retention_days = QSpinBox()
        self.retention_days.setObjectName("attachmentRetentionDays")
        self.retention_days.setRange(30, retention.LONGEST_DAYS)
        self.retention_days.setSuffix(self.tr(" days"))
        with exports.db.read() as session:
            self.retention_days.setValue(retention.retention_days(session))
            approval = retention.automatic_approval(session)
        self.retention_days.setEnabled(writes)
        save_retention = QPushButton(self.tr("Save the retention"))
        save_retention.setObjectName("saveAttachmentRetention")
        save_retention.setEnabled(writes)
        save_retention.clicked.connect(self.save_retention)
        retention_row = QHBoxLayout()
        retention_row.addWidget(QLabel(self.tr("Keep a removed attachment's content")))
        retention_row.addWidget(self.retention_days)
        retention_row.addWidget(save_retention)
        retention_row.addStretch(1)
        self.purging = QLabel(
            self.tr("Automatic purging: on (a supervisor approved it on %1).")
            .replace("%1", approval.get("at", "")[:10]) if approval else
            self.tr("Automatic purging: off. A supervisor approves it with lead-admin "
                    "attachments-purge; nothing is deleted before that."))
        self.purging.setObjectName("attachmentPurging")
        self.purging.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Documents")))
        layout.addWidget(self.save_to_disk)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Attachments")))
        layout.addLayout(limit_row)
        layout.addLayout(retention_row)
        layout.addWidget(self.purging)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_saving_allowed(self, on: bool) -> None:
        try:
            self._exports.set_saving_allowed(self._actor, on)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            self.save_to_disk.blockSignals(True)
            self.save_to_disk.setChecked(self._exports.saving_allowed())
            self.save_to_disk.blockSignals(False)
            return
        self.status.setText(self.tr("Saved: documents may be saved to disk.") if on else
                            self.tr("Saved: documents can only be printed on paper."))

    def save_attachment_limit(self) -> None:
        try:
            mb = limits.set_max_mb(self._exports.db, self._actor, self.attachment_mb.value())
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return
        self.status.setText(self.tr("Saved: attachments up to %1 MB.").replace("%1", str(mb)))

    def save_retention(self) -> None:
        try:
            days = retention.set_retention_days(self._exports.db, self._actor,
                                                self.retention_days.value())
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return
        self.status.setText(self.tr("Saved: a removed attachment's content is kept %1 days.")
                            .replace("%1", str(days)))
