"""Reports (outcomes.md §1-§3): the program's operations figures and the caseload per case
manager for a period, or the evaluation measures of the people who entered in the period
(monthly snapshots, contacts, justice events before and after entry), computed off the UI
thread; each figure lists the cases behind it
(for the roles that may see them); the table exports to CSV after the warning every export
gives that the file is not encrypted (ui/export_guard.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.exports import ready_export_folder
from lead_desktop.services.reports.figures import Figure, Report, ReportFilter
from lead_desktop.services.reports.grant import WORDS as GRANT_WORDS
from lead_desktop.services.reports.grant_service import GrantService
from lead_desktop.services.reports.report_service import (
    DISPARITY,
    EVALUATION,
    PROVIDERS,
    REPORT,
    ReportService,
)
from lead_desktop.services.reports.series import series
from lead_desktop.ui.bar_chart import BarChart
from lead_desktop.ui.export_guard import confirm_unencrypted
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.pages.report_pdf_export import ReportPdfExport
from lead_desktop.ui.pages.report_words import chart_title_words, in_words
from lead_desktop.ui.pages.cases_behind import CasesBehind
from lead_desktop.ui.pages.run_row import RunRow
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.translations import current_language
from lead_desktop.ui.workers import Channel


class ReportsPage(QWidget):
    def __init__(self, service: ReportService, actor: Actor,
                 today: Callable[[], date],
                 open_person: Callable[[str], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._service, self._actor = service, actor
        self.report: Report | None = None
        levels = {"ok": self.tr("within target"), "above_target": self.tr("above target"),
                  "over_max": self.tr("over maximum"), "": ""}
        sections = {"operations": self.tr("Operations"), "caseload": self.tr("Caseload"),
                    "evaluation": self.tr("Evaluation"), "justice": self.tr("Justice events"),
                    "providers": self.tr("Providers"), "disparity": self.tr("Disparity")}
        self.model = RowsModel([
            (self.tr("Section"), lambda f: sections.get(f.section, f.section)),
            (self.tr("Measure"), lambda f: f.label),
            (self.tr("Value"), lambda f: f.value),
            (self.tr("Caseload level"), lambda f: levels.get(f.level, f.level)),
            (self.tr("Cases"), lambda f: len(f.case_ids) if self.report and
             self.report.drill_down else ""),
        ], self, batch=1000)
        self.model.background = _level_colors  # amber above target, red over the maximum
        first = today().replace(day=1)
        self.start, self.end = QDateEdit(_qdate(first)), QDateEdit(_qdate(today()))
        for edit, name in ((self.start, "reportStart"), (self.end, "reportEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("Operations and caseload"), REPORT)
        self.kind.addItem(self.tr("Evaluation (people who entered in the period)"), EVALUATION)
        self.kind.addItem(self.tr("Providers: capacity and waits"), PROVIDERS)
        self.kind.addItem(self.tr("Disparity: by race, ethnicity, sex and age band"), DISPARITY)
        self.kind.setToolTip(self.tr(
            "Evaluation: the monthly snapshots and contacts of the people who entered in the "
            "period, month by month up to 18 months, and their justice events in the 6 "
            "months, 18 months and 2 years before and after entry (counted once that long "
            "has passed)."))
        self.manager = QComboBox()
        self.manager.setObjectName("reportCaseManager")
        self.manager.addItem(self.tr("Every case manager"), None)
        try:
            for user_id, name in service.case_managers(actor):
                self.manager.addItem(name, user_id)
        except LeadError:
            pass  # the report itself says why when it is asked for
        self.status = QLabel()
        self.run_row = RunRow("report", self.status, self.refresh)
        self.referral_type, self.show_button = self.run_row.referral_type, self.run_row.show_button
        self.cancel_button, self.progress = self.run_row.cancel_button, self.run_row.progress
        # The grant report counts the whole program (a case manager's reports do not).
        self._grants = GrantService(service) if actor.role in (
            Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER) else None
        self.grant_button = QPushButton(self.tr("&Grant report PDF…"))
        self.grant_button.setObjectName("exportGrantPdf")
        self.grant_button.setToolTip(self.tr(
            "The program's grant report for the dates above (the measures of the program's "
            "template), as a PDF with its chart."))
        self.grant_button.setVisible(self._grants is not None)
        self.grant_button.clicked.connect(self.export_grant)
        self._granted = Channel(self._grant_saved, self._drill_failed, self)
        self.template_button = QPushButton(self.tr("Grant &template…"))
        self.template_button.setObjectName("grantTemplate")
        self.template_button.setVisible(actor.role is Role.SUPERVISOR)
        self.template_button.clicked.connect(self.edit_grant_template)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.setEnabled(False)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf = ReportPdfExport(self)
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._drill(cur))
        self.cases = CasesBehind("reportCases", self.tr(
            "The cases behind the chosen figure; double-click one to open the person."),
            open_person)
        # the four report kinds show whole ("Evaluación (personas que ingresaron en el
        # período)" was cut): their row has room for them beside the two dates
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo, letters in ((self.manager, 14), (self.referral_type, 14)):
            # sized by a number of letters, not the longest choice: the row fits a laptop
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # but never fewer than the "every …" choice needs (it was cut off in Spanish)
            combo.setMinimumContentsLength(max(letters, len(combo.itemText(0))))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addStretch(1)
        # who and which referrals on a row of their own: with the report and the dates, the
        # "every …" choices made one row wider than a laptop's screen in Spanish
        narrowing = QHBoxLayout()
        narrowing.addWidget(self.manager)
        narrowing.addWidget(self.run_row)
        narrowing.addStretch(1)
        # a run's progress and Cancel on a row of their own (empty, so unseen, at rest):
        # beside the filters they made the window wider than 1024 while computing
        running = QHBoxLayout()
        for widget in (self.progress, self.cancel_button):
            self.run_row.layout().removeWidget(widget)
            running.addWidget(widget, 1 if widget is self.progress else 0)
        # the saving buttons get a row of their own: on one row with the filters the page
        # was wider than a laptop's screen in Spanish (and the window with it)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.template_button)
        saving.addWidget(self.grant_button)
        saving.addWidget(self.export_button)
        saving.addWidget(self.xlsx_button)
        saving.addWidget(self.pdf.button)
        self.chart = BarChart()
        self.chart.setToolTip(self.tr("The chosen figure beside the others of its breakdown; "
                                      "the numbers are in the table."))
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.chart)
        side.addWidget(self.cases)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(narrowing)
        layout.addLayout(saving)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._channel = Channel(self._show, self._failed, self)
        self._behind = Channel(self.cases.show_lines, self._drill_failed, self)

    def add_row(self, widget: QWidget) -> None:
        """Another job's buttons under the filters (the supervisor's roster import)."""
        self.layout().insertWidget(1, widget)

    def filters(self) -> ReportFilter:
        return ReportFilter(self.start.date().toPython(), self.end.date().toPython(),
                            self.manager.currentData(), self.referral_type.currentData())

    def refresh(self) -> None:
        """Compute the report on a pool thread; the newest request wins."""
        service, actor, filters = self._service, self._actor, self.filters()
        kind = self.kind.currentData()
        self.run_row.start(lambda progress: self._channel.submit(
            lambda: service.run(actor, filters, kind, progress)))

    def _show(self, report: Report) -> None:
        self.run_row.finished()
        self.report = report
        self.model.set_rows(in_words(report.figures))  # names in the user's language
        self.cases.clear()
        self.chart.set_bars("", [])
        self.export_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        self.pdf.button.setEnabled(True)
        f = report.filters
        self.status.setText(self.tr("%1 figures, %2 to %3.").replace("%1", str(len(
            report.figures))).replace("%2", f.start.isoformat()).replace("%3", f.end.isoformat())
            + ("" if report.drill_down else " " + self.tr("Program totals: no cases listed.")))

    def _failed(self, exc: Exception) -> None:
        self.run_row.failed(exc, self.tr("The report was canceled."),
                            self.tr("The report could not be computed."))

    def _drill_failed(self, exc: Exception) -> None:
        self.grant_button.setEnabled(True)
        self.status.setText(error_words(exc) if isinstance(exc, LeadError) else
                            self.tr("The cases could not be listed."))

    def _drill(self, current) -> None:
        """List who is behind the chosen figure (read on the pool thread)."""
        self.cases.clear()
        if not current.isValid() or self.report is None:
            return
        figure: Figure = self.model.row(current.row())
        title, bars = series(in_words(self.report.figures), figure)
        self.chart.set_bars(chart_title_words(title), bars)
        if not self.report.drill_down:
            self.cases.addItem(self.tr("Program totals: no cases listed."))
            return
        if not figure.case_ids:
            self.cases.addItem(self.tr("No cases."))
            return
        service, actor, ids = self._service, self._actor, figure.case_ids
        self._behind.submit(lambda: service.cases_behind(actor, ids))

    def export_to(self, path: Path) -> bool:
        """Export the shown table to `path` (the user has been warned); audited."""
        if self.report is None:
            return False
        try:
            rows = self._service.export_csv(self._actor, self.report, path)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        self.status.setText(self.tr("Saved %1 rows to %2 (not encrypted).").replace("%1", str(rows))
                            .replace("%2", str(path)))
        return True

    # --- asking the user (tests answer these without a modal dialog) ---

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def choose_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report as CSV"),
                                              str(suggested), self.tr("CSV files (*.csv)"))
        return Path(name) if name else None

    def choose_pdf_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the grant report as PDF"),
                                              str(suggested), self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def export_grant(self) -> bool:
        """The grant report PDF for the dates on the page: the not-encrypted warning, a
        place (the user's own export folder by default), then made and saved on the pool
        thread (audited by the service)."""
        if self._grants is None or not self.confirm_unencrypted():
            return False
        f = self.filters()
        folder = ready_export_folder()
        path = self.choose_pdf_path(folder / f"lead-grant-report-{f.start.isoformat()}-"
                                             f"{f.end.isoformat()}.pdf")
        if path is None:
            return False
        grants, actor = self._grants, self._actor
        # the report's words in the user's language, translated here on the UI thread
        said = {text: QCoreApplication.translate("GrantReport", text) for text in GRANT_WORDS}
        language = current_language()
        self.status.setText(self.tr("Making the grant report…"))
        self.grant_button.setEnabled(False)
        self._granted.submit(lambda: (grants.export_pdf(
            actor, f, path, lambda text: said.get(text, text), language), path))
        return True

    def edit_grant_template(self) -> bool:
        """The program's grant template: funder, title, measures (a supervisor's)."""
        from lead_desktop.ui.grant_template_dialog import GrantTemplateDialog

        if self._grants is None:
            return False
        grants, actor = self._grants, self._actor
        try:
            current = grants.template(actor)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        dialog = GrantTemplateDialog(current, lambda t: grants.save_template(actor, t), self)
        saved = dialog.exec() == GrantTemplateDialog.DialogCode.Accepted
        if saved:
            self.status.setText(self.tr("The grant report template is saved."))
        return saved

    def _grant_saved(self, result) -> None:
        rows, path = result
        self.grant_button.setEnabled(True)
        self.status.setText(self.tr("Saved the grant report (%1 measures) to %2 (not "
                                    "encrypted).").replace("%1", str(rows))
                            .replace("%2", str(path)))

    def choose_xlsx_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report as XLSX"),
                                              str(suggested), self.tr("Excel workbooks (*.xlsx)"))
        return Path(name) if name else None

    def export_xlsx(self) -> bool:
        """The shown table as an XLSX workbook: warned, a place, then the audited export."""
        if self.report is None or not self.confirm_unencrypted():
            return False
        f = self.report.filters
        folder = ready_export_folder()
        path = self.choose_xlsx_path(folder / f"lead-{self.report.kind.replace('_', '-')}-"
                                              f"{f.start.isoformat()}-{f.end.isoformat()}.xlsx")
        if path is None:
            return False
        try:
            rows = self._service.export_xlsx(self._actor, self.report, path)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        self.status.setText(self.tr("Saved %1 rows to %2 (not encrypted).")
                            .replace("%1", str(rows)).replace("%2", str(path)))
        return True

    def export(self) -> bool:
        """Export CSV: the not-encrypted warning first, then a place in the user's own
        profile by default (services/exports.py), then the audited export."""
        if self.report is None or not self.confirm_unencrypted():
            return False
        f = self.report.filters
        folder = ready_export_folder()
        name = {EVALUATION: "lead-evaluation", PROVIDERS: "lead-providers",
                DISPARITY: "lead-disparity"}.get(
            self.report.kind, "lead-report")
        path = self.choose_path(folder / f"{name}-{f.start.isoformat()}-"
                                         f"{f.end.isoformat()}.csv")
        return self.export_to(path) if path is not None else False


_AMBER, _RED = QColor("#ffe08a"), QColor("#f4a6a6")


def _level_colors(figure: Figure) -> QColor | None:
    return {"above_target": _AMBER, "over_max": _RED}.get(figure.level)


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)
