"""Export PDF… on the Reports page: the shown report with every chart beside its table
(services/reports/dashboard_export.py), made on the thread pool; warned as unencrypted and
audited like the page's other exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QPushButton

from lead_desktop.errors import LeadError
from lead_desktop.services.exports import ready_export_folder
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.workers import Channel


class ReportPdfExport(QObject):
    def __init__(self, page) -> None:   # the ReportsPage: its report, status and warning
        super().__init__(page)
        self._page = page
        self.button = QPushButton(self.tr("Export &PDF…"))
        self.button.setObjectName("exportPdf")
        self.button.setToolTip(self.tr("The report as a PDF: every chart beside its table, "
                                       "then every figure."))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.export)
        self._channel = Channel(self._saved, self._failed, self)

    def choose_path(self, suggested: Path) -> Path | None:   # tests replace it
        name, _ = QFileDialog.getSaveFileName(self._page, self.tr("Export the report as PDF"),
                                              str(suggested), self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def export(self) -> bool:
        page = self._page
        report = page.report
        if report is None or not page.confirm_unencrypted():
            return False
        f = report.filters
        path = self.choose_path(ready_export_folder() / f"lead-{report.kind.replace('_', '-')}-"
                                                        f"{f.start.isoformat()}-"
                                                        f"{f.end.isoformat()}.pdf")
        if path is None:
            return False
        service, actor = page._service, page._actor
        self.button.setEnabled(False)
        page.status.setText(self.tr("Making the PDF…"))
        self._channel.submit(lambda: (service.export_pdf(actor, report, path), path))
        return True

    def _saved(self, result) -> None:
        rows, path = result
        self.button.setEnabled(True)
        self._page.status.setText(self.tr("Saved the report with its charts (%1 figures) to "
                                          "%2 (not encrypted).").replace("%1", str(rows))
                                  .replace("%2", str(path)))

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        if not isinstance(exc, LeadError):
            raise exc
        self._page.status.setText(error_words(exc))
