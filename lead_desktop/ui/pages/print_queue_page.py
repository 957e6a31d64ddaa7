"""The clerk's print queue: summonses awaiting print, batch print, reprint with a reason,
and the status steps after (filed, issued, served, returned unserved)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import ConflictError, LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.services.attachments.kinds import COURT
from lead_desktop.services.cases.summons_service import NEXT, SummonsService

WORKING = ("drafted", "printed", "filed", "issued", "returned_unserved")
DONE = ("served", "withdrawn")  # shown on request: a return of service comes back later
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.exports import ExportService
from lead_desktop.services.program.directory import DirectoryService
from lead_desktop.ui import printing
from lead_desktop.ui.export_guard import allow_file_output, confirm_unencrypted
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.court_date_dialog import CourtDateDialog
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


class PrintQueuePage(QWidget):
    def __init__(self, summonses: SummonsService, documents: DocumentService, actor: Actor,
                 print_pdf=None, print_batch=None, parent=None,
                 directory: DirectoryService | None = None,
                 attachments: AttachmentService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueuePage")
        self._summonses, self._documents, self._actor = summonses, documents, actor
        self._attachments = attachments or AttachmentService(summonses.db, summonses.now)
        self._directory = directory or DirectoryService(summonses.db, summonses.now)
        # printing goes through the standard dialog; tests hand in their own printers
        self._exports = ExportService(documents.db, documents.now)
        self._print_pdf = print_pdf or (lambda pdf, title: printing.print_with_dialog(
            pdf, title, self, to_file=lambda where: self.allow_file([(title, pdf)], where)))
        self._print_batch = print_batch or (lambda pdfs, title: printing.print_batch(
            pdfs, title, self, to_file=lambda where: self.allow_file(
                list(zip(self._batch_numbers, pdfs)), where)))
        self._batch_numbers: list[str] = []
        self.model = RowsModel([
            (self.tr("Tracking"), lambda r: r.tracking_number),
            (self.tr("Person"), lambda r: r.person),
            (self.tr("Status"), lambda r: shown_label("summons_status", r.status)),
            (self.tr("Decided"), lambda r: r.decided_at),
            (self.tr("Court"), lambda r: r.court),
            (self.tr("Appear"), lambda r: f"{r.return_date or ''} {r.return_time}".strip()),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("printQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("queueReason")
        self.reason.setAccessibleName(self.tr("Reason, or who served it"))
        self.reason.setPlaceholderText(self.tr("Reason (reprint, withdrawal) or who served it"))
        self.next_status = QComboBox()
        self.next_status.setObjectName("queueNextStatus")
        self.next_status.setAccessibleName(self.tr("Next status of the summons"))
        self.method = QLineEdit()
        self.method.setObjectName("serviceMethod")
        self.method.setAccessibleName(self.tr("How served"))
        self.method.setPlaceholderText(self.tr("How served"))
        buttons = QHBoxLayout()
        for text, name, handler in ((self.tr("&Court and date…"), "chooseCourt",
                                     lambda: self.schedule_selected()),
                                    (self.tr("&Print selected"), "printSelected",
                                     lambda: self.print_selected()),
                                    (self.tr("Print all &drafted"), "printAllDrafted",
                                     lambda: self.print_all_drafted()),
                                    (self.tr("Record status"), "recordStatus",
                                     lambda: self.record_status()),
                                    (self.tr("&Attachments…"), "summonsAttachments",
                                     lambda: self.open_attachments())):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        status_row = QHBoxLayout()
        for widget in (self.next_status, self.reason, self.method):
            status_row.addWidget(widget)
        self.message = message_label("queueMessage")
        self.show_done = QCheckBox(self.tr("Show served and withdrawn too (to attach their "
                                           "papers)"))
        self.show_done.setObjectName("showDoneSummonses")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Summonses to print, file, issue or serve")))
        layout.addWidget(self.show_done)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(status_row)
        layout.addWidget(self.message)
        self.table.clicked.connect(lambda _: self._offer_next())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._summonses.queue(
            self._actor, WORKING + DONE if self.show_done.isChecked() else WORKING))
        self._offer_next()

    def show_summons(self, summons_id: str) -> bool:
        """Select one summons (opened from the clerk's Home), showing the finished ones too
        when it is one of them."""
        self.refresh()
        found = [i for i in range(self.model.rowCount()) if self.model.row(i).id == summons_id]
        if not found and not self.show_done.isChecked():
            self.show_done.setChecked(True)
            self.refresh()
            found = [i for i in range(self.model.rowCount())
                     if self.model.row(i).id == summons_id]
        if not found:
            return False
        self.table.selectRow(found[0])
        self.table.setFocus()
        self._offer_next()
        return True

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _offer_next(self) -> None:
        self.next_status.clear()
        row = self.selected()
        for status in sorted(NEXT.get(row.status, ())) if row else ():
            if status != "printed":  # printing happens through the print buttons
                self.next_status.addItem(status, status)

    def _print(self, row) -> bool:
        """Generate, print, then mark printed; a reprint needs a reason."""
        reprint = row.status == "printed"
        if reprint and not self.reason.text().strip():
            self.message.setText(self.tr("A reprint needs a reason."))
            return False
        try:
            made = self._documents.summons(self._actor, row.id)
            if not self._print_pdf(made.pdf, made.number):
                return False
            self._summonses.move(self._actor, row.id, "printed", reason=self.reason.text())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        return True

    def print_selected(self) -> bool:
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Select a summons first."))
            return False
        done = self._print(row)
        if done:
            self.message.setText(self.tr("Printed %s.") % row.tracking_number)
            self.reason.clear()
            self.refresh()
        return done

    def print_all_drafted(self) -> int:
        """Every drafted summons in one print job (one dialog), a bundle per case, each
        marked printed once the job went to the printer."""
        drafted = [self.model.row(i) for i in range(self.model.total)
                   if self.model.row(i).status == "drafted"]
        made, problems = [], []
        for row in drafted:
            try:
                made.append((row, self._documents.summons(self._actor, row.id)))
            except LeadError as exc:  # e.g. a court missing: the others still print
                problems.append(f"{row.tracking_number}: {error_words(exc)}")
        printed = 0
        self._batch_numbers = [document.number for _, document in made]
        if made and self._print_batch([document.pdf for _, document in made],
                                      self.tr("Summonses")):
            for row, _ in made:
                self._summonses.move(self._actor, row.id, "printed")
            printed = len(made)
        self.message.setText("; ".join([self.tr("Printed %n summons(es).", "", printed)]
                                       + problems))
        self.refresh()
        return printed

    def allow_file(self, documents: list[tuple[str, bytes]], where: str) -> bool:
        """Printing to a file is an export: allowed, confirmed, each document audited."""
        return allow_file_output(self._exports, self._actor, documents, where, "print_to_file",
                                 confirm=self.confirm_unencrypted, tell=self.message.setText)

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def schedule_selected(self, dialog: CourtDateDialog | None = None) -> bool:
        """Pick the court and the appearance date of the selected summons (a filled-in
        dialog may be handed in; else one is shown)."""
        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Select a summons first."))
            return False
        if dialog is None:
            dialog = self.court_dialog()
            if not dialog.exec():
                return False
        court_id, day, time = dialog.values()
        try:
            self._summonses.schedule(self._actor, row.id, court_id, day, time)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("%1: %2 on %3 at %4.").replace("%1", row.tracking_number)
                             .replace("%2", dialog.court.currentText())
                             .replace("%3", day.isoformat()).replace("%4", time))
        self.refresh()
        return True

    def court_dialog(self) -> CourtDateDialog:
        return CourtDateDialog(self._directory.courts(active_only=True),
                               self._summonses.now().date(), self)

    def open_attachments(self) -> bool:
        """The selected summons's court papers (a return of service, a court notice)."""
        from lead_desktop.ui.attachments.dialog import open_attachments

        row = self.selected()
        if row is None:
            self.message.setText(self.tr("Select a summons first."))
            return False
        open_attachments(self, self._attachments, self._actor, Anchor(summons_id=row.id),
                         (COURT,), self.tr("Papers of summons %1")
                         .replace("%1", row.tracking_number))
        return True

    def record_status(self) -> bool:
        row, status = self.selected(), self.next_status.currentData()
        if row is None or status is None:
            return False
        try:
            self._summonses.move(self._actor, row.id, status, reason=self.reason.text(),
                                 served_by=self.reason.text() if status == "served" else None,
                                 service_method=self.method.text() or None,
                                 from_status=row.status)
        except ConflictError as exc:  # moved meanwhile elsewhere: show the queue as it is
            self.refresh()
            self.message.setText(error_words(exc))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("Recorded: %s.") % status)
        self.refresh()
        return True
