"""Import from a spreadsheet: choose which column fills which field (remembered for files
with the same headers), a dry run that lists what each row would do (new person, someone
already on file, or bad and why), then the import, all rows or none.

The dry run and the import run on the thread pool with their progress and a Cancel (a
canceled import saves nothing); the rules are the import service's (services/importing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.importing.columns import FIELDS
from lead_desktop.services.importing.import_service import ImportRefused, ImportService
from lead_desktop.services.importing.outcome import (
    BAD,
    CREATE,
    LINKED,
    MATCHED,
    NOT_IMPORTED,
    ImportReport,
    RowOutcome,
)
from lead_desktop.services.importing.row_import import NEW_FOR_MATCHES, SKIP_MATCHES
from lead_desktop.services.importing.sheet import Sheet
from lead_desktop.services.reports.progress import Progress, ReportCanceled
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel, progress_relay

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    def __init__(self, service: ImportService, actor: Actor, sheet: Sheet,
                 mapping: dict[str, str], remembered: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self._service, self._actor, self.sheet = service, actor, sheet
        self.report: ImportReport | None = None
        self.imported = False
        self._tried: tuple | None = None   # the mapping and choices the last dry run used
        self.choices: dict[int, str] = {}  # row number -> person on file, "new" or "skip"
        where = self.tr("mapped as last time for these headers") if remembered else \
            self.tr("mapped by the headers' names: check each field")
        heading = QLabel(self.tr("%1: %2 rows, %3.").replace("%1", sheet.name)
                         .replace("%2", str(len(sheet.rows))).replace("%3", where))
        heading.setObjectName("importHeading")
        heading.setWordWrap(True)
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        half = (len(FIELDS) + 1) // 2   # two columns of fields: most of them seen at once
        for side in (0, 4):
            grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, side)
            grid.addWidget(QLabel(self.tr("<b>Column of the file</b>")), 0, side + 1)
            grid.addWidget(QLabel(self.tr("<b>First row</b>")), 0, side + 2)
        grid.setColumnMinimumWidth(3, 16)
        for i, field in enumerate(FIELDS):
            line, side = (i % half) + 1, 0 if i < half else 4
            label = _field_label(field.key, field.label)
            grid.addWidget(QLabel(label + (" *" if field.required else "")), line, side)
            box = QComboBox()
            box.setObjectName(f"map_{field.key}")
            box.addItem(self.tr("(not in the file)"), "")
            for header in sheet.headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(mapping.get(field.key, ""))))
            sample = QLabel()
            sample.setObjectName(f"sample_{field.key}")
            box.currentIndexChanged.connect(lambda _=0, b=box, s=sample: self._changed(b, s))
            self._sample(box, sample)
            grid.addWidget(box, line, side + 1)
            grid.addWidget(sample, line, side + 2)
            self.columns[field.key] = box
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        self.on_match = QComboBox()
        self.on_match.setObjectName("onMatch")
        self.on_match.addItem(self.tr("Skip rows that may be someone already on file"),
                              SKIP_MATCHES)
        self.on_match.addItem(self.tr("Add them as new people anyway"), NEW_FOR_MATCHES)
        self.on_match.currentIndexChanged.connect(lambda _: self._stale())
        self.dry_button = QPushButton(self.tr("&Dry run"))
        self.dry_button.setObjectName("dryRun")
        self.dry_button.setToolTip(self.tr("Play every row through the forms' checks and say "
                                           "what would happen; nothing is saved."))
        self.dry_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("runImport")
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("After a dry run with no bad rows: import every "
                                              "row, or none."))
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeImport")
        self.close_button.clicked.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.summary = QLabel(self.tr("Check the columns, then make a dry run."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        outcome = {CREATE: self.tr("new person and case"),
                   MATCHED: self.tr("may be someone on file: skipped"), BAD: self.tr("bad"),
                   LINKED: self.tr("case attached to the person on file")}
        self.model = RowsModel([
            (self.tr("Row"), lambda r: r.row),
            (self.tr("Name"), lambda r: r.name),
            (self.tr("Outcome"), lambda r: outcome.get(r.action, r.action)),
            (self.tr("Why / what else"), _details),
        ], self)
        self.results = QTableView()
        self.results.setObjectName("importResults")
        self.results.setModel(self.model)
        self.results.verticalHeader().setVisible(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.results.selectionModel().currentRowChanged.connect(
            lambda current, _: self._offer_choices(current.row()))
        # a row that may be someone on file: skip it, add a new person, or attach its case
        # to the person on file (chosen per row; the next dry run shows the choice)
        self.row_choice = QComboBox()
        self.row_choice.setObjectName("rowChoice")
        self.row_choice.setEnabled(False)
        self.row_choice.setToolTip(self.tr("For the chosen row that may be someone already "
                                           "on file: skip it, add a new person, or attach "
                                           "its referral and case to that person."))
        self.row_choice.activated.connect(lambda _: self._chose())
        self._choice_row: int | None = None
        not_imported = QLabel(self.tr("Not imported by design: %1").replace(
            "%1", " ".join(NOT_IMPORTED)))
        not_imported.setObjectName("importNotImported")
        not_imported.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.on_match)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 2)
        choosing = QHBoxLayout()
        choosing.addWidget(QLabel(self.tr("The chosen row:")))
        choosing.addWidget(self.row_choice, 1)
        layout.addLayout(choosing)
        layout.addWidget(not_imported)
        self.resize(1180, 820)
        self._running: Progress | None = None
        self._report_step = progress_relay(self, self._stepped)  # rows done, rows in all
        self._channel = Channel(self._done, self._failed, self)

    def mapping(self) -> dict[str, str]:
        return {key: box.currentData() for key, box in self.columns.items() if box.currentData()}

    def dry_run(self) -> None:
        self._start(dry=True)

    def run_import(self) -> None:
        self._start(dry=False)

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Canceling…"))

    # --- work on the pool thread ---

    def _start(self, *, dry: bool) -> None:
        service, actor, sheet = self._service, self._actor, self.sheet
        mapping, on_match = self.mapping(), self.on_match.currentData()
        report = self._report_step
        progress = self._running = Progress(lambda done, total, _: report(done, total))
        choices = dict(self.choices)
        self._tried = (mapping, on_match, choices) if dry else self._tried
        self._busy(True)
        self.summary.setText(self.tr("Checking every row…") if dry else self.tr("Importing…"))
        work = service.dry_run if dry else service.run
        self._channel.submit(lambda: work(actor, sheet, mapping, on_match, progress,
                                          choices=choices))

    def _stepped(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._offer_choices(-1 if busy else self.results.currentIndex().row())
        for widget in (self.dry_button, self.on_match, *self.columns.values()):
            widget.setEnabled(not busy and not self.imported)
        self.import_button.setEnabled(False)
        self.close_button.setEnabled(not busy)

    def _done(self, report: ImportReport) -> None:
        self._running = None
        self.imported = not report.dry_run and report.committed
        self._busy(False)
        self._show(report)

    def _failed(self, exc: Exception) -> None:
        self._running = None
        self._busy(False)
        if isinstance(exc, ImportRefused):
            self._show(exc.report)
        elif isinstance(exc, ReportCanceled):
            self.summary.setText(self.tr("Canceled: nothing was saved."))
        elif isinstance(exc, LeadError):
            self.summary.setText(error_words(exc))
        else:
            raise exc

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_rows(report.rows)
        counts = (self.tr("%1 rows: %2 to add as a new person with a case, %3 may be someone "
                          "on file (skipped), %4 bad, %5 imported only in part, %6 attached "
                          "to someone on file.")
                  .replace("%1", str(len(report.rows)))
                  .replace("%6", str(report.count(LINKED)))
                  .replace("%2", str(report.count(CREATE)))
                  .replace("%3", str(report.count(MATCHED)))
                  .replace("%4", str(report.count(BAD))).replace("%5", str(report.with_notes)))
        if report.dry_run:
            head = self.tr("Dry run, nothing was saved.") + " " + counts
            if report.bad:
                head += " " + self.tr("Correct the bad rows in the file (or leave them out) "
                                      "and open it again: the import takes every row or none.")
            self.import_button.setEnabled(not report.bad and report.count(CREATE)
                                          + report.count(LINKED) > 0)
        elif report.committed:
            head = self.tr("Imported. %1 The spreadsheet itself is not encrypted: delete it "
                           "when you no longer need it.").replace("%1", counts)
        else:
            head = self.tr("Nothing was imported: the file has bad rows.") + " " + counts
        self.summary.setText(head)
        self._offer_choices(self.results.currentIndex().row())

    # --- the mapping ---

    def _changed(self, box: QComboBox, sample: QLabel) -> None:
        self._sample(box, sample)
        self._stale()

    def _stale(self) -> None:
        """A changed mapping or choice needs a dry run of its own before the import."""
        if (self.mapping(), self.on_match.currentData(), self.choices) != self._tried:
            self.import_button.setEnabled(False)

    # --- a matching row's choice ---

    def _offer_choices(self, index: int) -> None:
        """The choices of the chosen row, if it may be someone on file."""
        self.row_choice.clear()
        self._choice_row = None
        row = self.model.row(index) if self.report is not None and 0 <= index < \
            len(self.report.rows) else None
        on_file = [m for m in row.matches if not m.file_row] if row is not None else []
        self.row_choice.setEnabled(bool(on_file) and not self.imported)
        if not on_file:
            return
        self._choice_row = row.row
        self.row_choice.addItem(self.tr("Skip this row"), SKIP_MATCHES)
        self.row_choice.addItem(self.tr("Add a new person"), NEW_FOR_MATCHES)
        for m in on_file:
            self.row_choice.addItem(self.tr("It is %1 (%2), on file: attach the case to them")
                                    .replace("%1", m.name).replace("%2", m.dob), m.person_id)
        chosen = self.choices.get(row.row, self.on_match.currentData())
        self.row_choice.setCurrentIndex(max(0, self.row_choice.findData(chosen)))

    def choose_for_row(self, value: str) -> None:
        """Choose for the selected row (what picking in the list does)."""
        self.row_choice.setCurrentIndex(self.row_choice.findData(value))
        self._chose()

    def _chose(self) -> None:
        if self._choice_row is None:
            return
        self.choices[self._choice_row] = self.row_choice.currentData()
        self._stale()
        if not self.import_button.isEnabled():
            self.summary.setText(self.tr("Make a dry run again: it shows the rows as chosen."))

    def _sample(self, box: QComboBox, sample: QLabel) -> None:
        header = box.currentData()
        value = ""
        if header and self.sheet.rows:
            cell = self.sheet.rows[0][self.sheet.headers.index(header)]
            value = "" if cell is None else str(cell)
        sample.setText(value[:24])
        sample.setToolTip(value)


def _details(row: RowOutcome) -> str:
    parts = list(row.problems)
    for m in row.matches:
        where = translate("ImportDialog", "row %1 of this file").replace("%1", str(m.file_row)) \
            if m.file_row else translate("ImportDialog", "on file")
        parts.append(f"{m.name} ({m.dob}), {where}")
    parts.extend(row.notes)
    return "; ".join(parts)


def _field_label(key: str, label: str) -> str:
    return translate("ImportFields", label)
