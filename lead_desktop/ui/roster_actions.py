"""The supervisor's roster buttons on the Reports page: Import from a spreadsheet… (the
mapping, dry run and import dialog) and Export roster… (the roster as XLSX or CSV, in the
layout the import reads; warned as unencrypted, audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.exports import ready_export_folder
from lead_desktop.services.importing.import_service import ImportService
from lead_desktop.services.importing.roster import RosterService
from lead_desktop.ui.export_guard import confirm_unencrypted
from lead_desktop.ui.import_dialog import ImportDialog
from lead_desktop.ui.messages import error_words, next_step_words


class RosterActions(QWidget):
    def __init__(self, importer: ImportService, roster: RosterService, actor: Actor,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterActions")
        self._importer, self._roster, self._actor = importer, roster, actor
        self.import_button = QPushButton(self.tr("&Import from a spreadsheet…"))
        self.import_button.setObjectName("importSpreadsheet")
        self.import_button.setToolTip(self.tr(
            "Bring a roster and its history in from an XLSX or CSV file: choose the columns, "
            "make a dry run, then import every row or none."))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("Export &roster…"))
        self.export_button.setObjectName("exportRoster")
        self.export_button.setToolTip(self.tr(
            "Every case with its person as XLSX or CSV, in the columns the import reads."))
        self.export_button.clicked.connect(self.export_roster)
        self.status = QLabel()
        self.status.setObjectName("rosterStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)

    # tests replace these three
    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from a spreadsheet"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        return Path(name) if name else None

    def choose_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), str(suggested),
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        return Path(name) if name else None

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def open_import(self) -> ImportDialog | None:
        path = self.choose_file()
        if path is None:
            return None
        try:
            sheet, mapping, remembered = self._importer.open_file(self._actor, path)
        except LeadError as exc:
            self.status.setText(f"{error_words(exc)} {next_step_words(exc)}".strip())
            return None
        dialog = ImportDialog(self._importer, self._actor, sheet, mapping, remembered, self)
        dialog.exec()
        if dialog.imported and dialog.report is not None:
            added = dialog.report.count("create") + dialog.report.count("linked")
            self.status.setText(self.tr("Imported %1 from %2.").replace(
                "%1", str(added)).replace("%2", sheet.name))
        return dialog

    def export_roster(self) -> bool:
        if not self.confirm_unencrypted():
            return False
        path = self.choose_save_path(ready_export_folder() / "lead-roster.xlsx")
        if path is None:
            return False
        try:
            rows = self._roster.export(self._actor, path)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        self.status.setText(self.tr("Saved the roster (%1 cases) to %2 (not encrypted).")
                            .replace("%1", str(rows)).replace("%2", str(path)))
        return True
