"""A role's dashboard (services/reports/dashboard_service.py): a supervisor's program view,
a case manager's own caseload, the prosecutor's program totals, the evaluator's
de-identified view. Each chart with its table beside it; filters; computed off the UI
thread with progress and a Cancel; a cell of the table lists the people behind it for the
roles that may see them (never the prosecutor's totals or the evaluator's view); the whole
dashboard saves as PDF (with its charts), CSV or XLSX, each export audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.exports import ready_export_folder
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import Message
from lead_desktop.services.reports.dashboard import MANY_MANAGERS, Dashboard, Panel
from lead_desktop.services.reports.dashboard_service import DashboardService
from lead_desktop.services.reports.disparity import SUPPRESSED
from lead_desktop.services.reports.figures import ReportFilter
from lead_desktop.ui.export_guard import confirm_unencrypted
from lead_desktop.ui.grouped_bar_chart import GroupedBarChart
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words, shown
from lead_desktop.ui.pages.cases_behind import CasesBehind
from lead_desktop.ui.pages.reports_page import _qdate
from lead_desktop.ui.pages.run_row import RunRow
from lead_desktop.ui.translations import current_language
from lead_desktop.ui.workers import Channel

CASES = Qt.ItemDataRole.UserRole + 1


class PanelBox(QGroupBox):
    """One chart and its table beside it."""

    def __init__(self, panel: Panel, drill: Callable[[tuple[str, ...]], None] | None,
                 parent=None) -> None:
        titles = {
            "referrals_by_month": self.tr("Referrals per month by type"),
            "active_capacity": self.tr("Active participants against the program's capacity"),
            "intake_on_time": self.tr("Intakes within the deadline"),
            "attendance": self.tr("Appointments by attendance"),
            "exits_by_type": self.tr("Exits by type"),
            "housing_by_month": self.tr("Housing by month since entry, % of snapshots"),
            "caseload_levels": self.tr("Case managers by caseload against the standard"),
            "caseload": self.tr("Caseload per case manager against the standard")}
        super().__init__(titles.get(panel.key) or words(panel.title), parent)
        self.setObjectName(f"dashboard_{panel.key}")
        self.panel = panel
        columns = [words(column) for column in panel.column_words()]
        self.chart = GroupedBarChart()
        self.chart.setObjectName(f"chart_{panel.key}")
        charted = panel.chart_columns()
        rows = list(panel.rows)
        if panel.key == "caseload" and len(rows) > MANY_MANAGERS:  # the largest caseloads
            rows = sorted(rows, key=lambda r: -_number(r[1][0].value))[:MANY_MANAGERS]
        self.chart.set_data("", [columns[i] for i in charted],
                            [(words(label), [cells[i].value for i in charted])
                             for label, cells in rows],
                            [(words(name), value) for name, value in panel.lines])
        if any(c.value == SUPPRESSED for _, cells in panel.rows for c in cells):
            self.chart.empty_text = self.tr("The numbers of this chart are under 11 people "
                                            "and hidden (<11 in the table).")
        self.model = QStandardItemModel(0, len(panel.columns) + 1, self)
        self.model.setHorizontalHeaderLabels([""] + columns)
        for label, cells in panel.rows:
            items = [QStandardItem(words(label))]
            for cell in cells:
                item = QStandardItem(_text(cell.value))
                item.setData(" ".join(cell.case_ids), CASES)  # text: no Python object in Qt
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setObjectName(f"table_{panel.key}")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(280)
        # as wide as its columns want when the row has room, the chart taking the rest: with
        # two fifths of the row, the first table's "Contacto social" column sat behind a
        # sideways scroll at 1366; on a narrower screen it scrolls as before
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        if drill is not None:
            self.table.setToolTip(self.tr("Choose a number to list the people behind it."))
            self.table.clicked.connect(lambda index: drill(
                tuple((index.data(CASES) or "").split())))
        beside = self.beside = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        beside.addWidget(self.chart, 1)
        beside.addWidget(self.table)  # its wanted width first: the chart gives way
        layout = QVBoxLayout(self)
        layout.addLayout(beside)
        if panel.note:
            note = QLabel(words(panel.note))
            note.setWordWrap(True)
            layout.addWidget(note)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A table too wide to sit whole beside its chart goes under it (many columns, or
        a narrow screen): its numbers stay in sight without a sideways scroll."""
        room = event.size().width() - 40  # the box's margins and the row's spacing
        wanted = self.table.sizeHint().width() + self.chart.minimumWidth()
        direction = QBoxLayout.Direction.LeftToRight if wanted <= room else \
            QBoxLayout.Direction.TopToBottom
        if self.beside.direction() != direction:
            self.beside.setDirection(direction)
            under = direction is QBoxLayout.Direction.TopToBottom
            rows = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + \
                self.table.horizontalScrollBar().sizeHint().height() + \
                sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
            self.table.setMinimumHeight(min(rows, 320) if under else 0)  # its rows in sight
        super().resizeEvent(event)

    def cell(self, row: int, column: int):
        """The model index of a value (column 0 is the first value, after the row label)."""
        return self.model.index(row, column + 1)


class DashboardPage(QWidget):
    def __init__(self, service: DashboardService, actor: Actor, today: Callable[[], date],
                 open_person: Callable[[str], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._service, self._actor = service, actor
        self.board: Dashboard | None = None
        self.boxes: dict[str, PanelBox] = {}
        try:
            self.view = service.view(actor)
        except LeadError:
            self.view = ""
        end = today()
        first = date(end.year - (end.month <= 5), (end.month - 6) % 12 + 1, 1)  # 6 months
        self.start, self.end = QDateEdit(_qdate(first)), QDateEdit(_qdate(end))
        for edit, name in ((self.start, "dashboardStart"), (self.end, "dashboardEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM" if self.view == "deidentified" else "yyyy-MM-dd")
        self.manager = QComboBox()
        self.manager.setObjectName("dashboardCaseManager")
        self.manager.addItem(self.tr("Every case manager"), None)
        if self.view == "program":  # the other views are one caseload or the whole program
            try:
                for user_id, name in service.reports.case_managers(actor):
                    self.manager.addItem(name, user_id)
            except LeadError:
                pass
        self.manager.setVisible(self.view == "program")
        self.status = QLabel()
        self.run_row = RunRow("dashboard", self.status, self.refresh)
        self.referral_type, self.show_button = self.run_row.referral_type, self.run_row.show_button
        self.cancel_button, self.progress = self.run_row.cancel_button, self.run_row.progress
        self.export_buttons = {}
        for kind, words in (("pdf", self.tr("Save as &PDF…")), ("csv", self.tr("Export &CSV…")),
                            ("xlsx", self.tr("Export &XLSX…"))):
            button = QPushButton(words)
            button.setObjectName(f"dashboardExport_{kind}")
            button.setEnabled(False)
            # a slot without arguments: PySide passes no `checked` bool to it
            button.clicked.connect(getattr(self, f"export_{kind}"))
            self.export_buttons[kind] = button
        heading = {"program": self.tr("The program at a glance"),
                   "caseload": self.tr("My caseload at a glance"),
                   "totals": self.tr("Program totals: counts of 1 to 10 people show as <11; "
                                     "no person is listed."),
                   "deidentified": self.tr("De-identified: whole months, counts of 1 to 10 "
                                           "people show as <11, no person or case manager "
                                           "named.")}.get(self.view, "")
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end,
                       self.manager):
            top.addWidget(widget)
        top.addStretch(1)
        # a run's progress and Cancel on a row of their own (empty, so unseen, at rest):
        # beside the filters they made the window 1195 px wide while computing (issue 15)
        running = QHBoxLayout()
        for widget in (self.progress, self.cancel_button):
            self.run_row.layout().removeWidget(widget)
            running.addWidget(widget, 1 if widget is self.progress else 0)
        # the referral type and Show begin the second row: on the first, in Spanish, the
        # row set the supervisor's window wider than a 1024 screen
        saving = QHBoxLayout()
        saving.addWidget(self.run_row)
        saving.addStretch(1)
        for button in self.export_buttons.values():
            saving.addWidget(button)
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardCharts")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        self.cases = CasesBehind("dashboardCases", self.tr(
            "The people behind the chosen number; double-click one to open the person."),
            open_person)
        self.cases.setWordWrap(True)
        self.cases.setMinimumWidth(180)
        self.cases.setMaximumWidth(260)  # the charts and their tables get the width
        self.drills = self.view in ("program", "caseload")
        body = QSplitter()
        body.addWidget(scroll)
        if self.drills:
            body.addWidget(self.cases)
            body.setStretchFactor(0, 4)
            body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(saving)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(body, 1)
        self._channel = Channel(self._show, self._failed, self)
        self._behind = Channel(self.cases.show_lines, self._drill_failed, self)

    def filters(self) -> ReportFilter:
        return ReportFilter(self.start.date().toPython(), self.end.date().toPython(),
                            self.manager.currentData(), self.referral_type.currentData())

    def refresh(self) -> None:
        """Compute the dashboard on a pool thread; the newest request wins."""
        service, actor, filters = self._service, self._actor, self.filters()
        self.run_row.start(lambda progress: self._channel.submit(
            lambda: service.run(actor, filters, progress)))

    def _show(self, board: Dashboard) -> None:
        self.run_row.finished()
        self.board = board
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        self.cases.clear()
        if board.drill_down:
            self.cases.addItem(self.tr("Choose a number in a table to list the people "
                                       "behind it."))
        drill = self._drill if board.drill_down else None
        for panel in board.panels:
            box = PanelBox(panel, drill)
            self.charts_layout.addWidget(box)
            self.boxes[panel.key] = box
        for button in self.export_buttons.values():
            button.setEnabled(True)
        f = board.filters
        self.status.setText(self.tr("%1 charts, %2 to %3.").replace("%1", str(len(
            board.panels))).replace("%2", f.start.isoformat()).replace("%3", f.end.isoformat()))

    def _failed(self, exc: Exception) -> None:
        self.run_row.failed(exc, self.tr("The dashboard was canceled."),
                            self.tr("The dashboard could not be computed."))

    def _drill(self, case_ids: tuple[str, ...]) -> None:
        self.cases.clear()
        if not case_ids:
            self.cases.addItem(self.tr("No one."))
            return
        service, actor = self._service, self._actor
        self._behind.submit(lambda: service.cases_behind(actor, case_ids))

    def _drill_failed(self, exc: Exception) -> None:
        self.status.setText(error_words(exc) if isinstance(exc, LeadError) else
                            self.tr("The people could not be listed."))

    # --- asking the user (tests answer these without a modal dialog) ---

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def choose_path(self, suggested: Path, kind: str) -> Path | None:
        kinds = {"pdf": self.tr("PDF files (*.pdf)"), "csv": self.tr("CSV files (*.csv)"),
                 "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dashboard"),
                                              str(suggested), kinds[kind])
        return Path(name) if name else None

    def export_pdf(self) -> bool:
        return self.export("pdf")

    def export_csv(self) -> bool:
        return self.export("csv")

    def export_xlsx(self) -> bool:
        return self.export("xlsx")

    def export(self, kind: str) -> bool:
        """Save the shown dashboard: the not-encrypted warning, a place, the audited export."""
        if self.board is None or not self.confirm_unencrypted():
            return False
        f = self.board.filters
        path = self.choose_path(ready_export_folder() / f"lead-dashboard-{f.start.isoformat()}-"
                                                        f"{f.end.isoformat()}.{kind}", kind)
        if path is None:
            return False
        try:
            rows = self._service.export(self._actor, self.board, path, kind, words,
                                        current_language())
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        self.status.setText(self.tr("Saved %1 numbers to %2 (not encrypted).")
                            .replace("%1", str(rows)).replace("%2", str(path)))
        return True


def words(value: object) -> str:
    """The dashboard's words (services/reports/dashboard.py) in the user's language: a
    message translated, a code's label, a month or a name as it is."""
    if isinstance(value, Message):
        return shown(value)
    if isinstance(value, Coded):
        return shown_label(value.kind, value.code)
    return str(value)


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}"
    words = {"ok": QT_TRANSLATE_NOOP("DashboardPage", "within target"),
             "above_target": QT_TRANSLATE_NOOP("DashboardPage", "above target"),
             "over_max": QT_TRANSLATE_NOOP("DashboardPage", "over maximum")}
    return QCoreApplication.translate("DashboardPage", words[value]) if value in words \
        else str(value)
