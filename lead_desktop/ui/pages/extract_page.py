"""The evaluator's page: the de-identified extract (person rows and person-month rows, study
ids, age bands, month offsets) saved as a new folder of CSV files with its note, after the
warning every export gives that the files are not encrypted."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.exports import default_export_folder
from lead_desktop.services.reports.extract_service import ExtractService
from lead_desktop.ui.export_guard import confirm_unencrypted
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.workers import Channel


class ExtractPage(QWidget):
    def __init__(self, service: ExtractService, actor: Actor, today: Callable[[], date],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("extractPage")
        self._service, self._actor, self._today = service, actor, today
        about = QLabel(self.tr(
            "The de-identified extract for the program's evaluation: one row per person's "
            "entry into the program (age band, sex, race and ethnicity, referral type, entry "
            "and exit in months, exit type) and one row per month after entry (monthly "
            "snapshot, contacts and their minutes, justice events). No names, dates of "
            "birth, exact dates or free text; each person has a study id that stays the same "
            "in every extract and cannot be traced back without the program's key. A note "
            "on de-identification and on suppressing cells under 11 comes with it."))
        about.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export the de-identified extract…"))
        self.export_button.setObjectName("exportExtract")
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setObjectName("extractStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._channel = Channel(self._saved, self._failed, self)

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def choose_folder(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Name the new folder for the extract"), str(suggested))
        return Path(name) if name else None

    def export(self) -> bool:
        if not self.confirm_unencrypted():
            return False
        folder = self.choose_folder(default_export_folder()
                                    / f"lead-evaluator-extract-{self._today().isoformat()}")
        if folder is None:
            return False
        service, actor = self._service, self._actor
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Making the extract…"))
        self._channel.submit(lambda: (service.export(actor, folder), folder))
        return True

    def _saved(self, result) -> None:
        (persons, months), folder = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved %1 person rows and %2 person-month rows in %3 "
                                    "(not encrypted).").replace("%1", str(persons))
                            .replace("%2", str(months)).replace("%3", str(folder)))

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(error_words(exc) if isinstance(exc, LeadError) else
                            self.tr("The extract could not be made."))
