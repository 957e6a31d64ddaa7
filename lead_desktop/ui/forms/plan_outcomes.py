"""The intervention plan (goals in the participant's own words) and the monthly outcome
snapshot (forms.md)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.care.intake_service import (
    DOMAINS,
    GOAL_STATUSES,
    HORIZONS,
    IntakeService,
)
from lead_desktop.services.care.outcome_service import INCOME, OutcomeService
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.labels import offered_codes, shown_label
from lead_desktop.ui.table_model import RowsModel


class PlanAndOutcomes(QWidget):
    def __init__(self, intake: IntakeService, outcomes: OutcomeService, actor: Actor,
                 case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planAndOutcomes")
        self._intake, self._outcomes, self._actor, self._case_id = intake, outcomes, actor, case_id
        self.model = RowsModel([
            (self.tr("Goal"), lambda g: g.goal_text),
            (self.tr("Domain"), lambda g: shown_label("domain", g.domain)),
            (self.tr("Horizon"), lambda g: shown_label("horizon", g.horizon)),
            (self.tr("Status"), lambda g: shown_label("goal_status", g.status)),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("goalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.goal_text = QLineEdit()
        self.goal_text.setObjectName("goalText")
        self.goal_text.setAccessibleName(self.tr("Goal"))
        self.goal_text.setPlaceholderText(self.tr("The goal, in the participant's own words"))
        self.domain = QComboBox()
        self.domain.setObjectName("goalDomain")
        self.domain.setAccessibleName(self.tr("Domain"))
        for code in DOMAINS:
            self.domain.addItem(shown_label("domain", code), code)
        self.horizon = QComboBox()
        self.horizon.setObjectName("goalHorizon")
        self.horizon.setAccessibleName(self.tr("Horizon"))
        for code in HORIZONS:
            self.horizon.addItem(shown_label("horizon", code), code)
        add = QPushButton(self.tr("Add goal"))
        add.setObjectName("addGoal")
        add.clicked.connect(self.add_goal)
        self.status = QComboBox()
        self.status.setObjectName("goalStatus")
        self.status.setAccessibleName(self.tr("Status of the selected goal"))
        for code in GOAL_STATUSES:
            self.status.addItem(shown_label("goal_status", code), code)
        set_status = QPushButton(self.tr("Set status of the selected goal"))
        set_status.setObjectName("setGoalStatus")
        set_status.clicked.connect(self.set_status)
        goal_row = QHBoxLayout()
        for widget in (self.goal_text, self.domain, self.horizon, add):
            goal_row.addWidget(widget)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(set_status)
        status_row.addStretch(1)

        snapshot = QGroupBox(self.tr("Monthly outcome snapshot"))
        self.month = QDateEdit(QDate.currentDate().addMonths(-1))
        self.month.setObjectName("snapshotMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.housing = QComboBox()
        self.housing.setObjectName("housing")
        self.employment = QComboBox()
        self.employment.setObjectName("employment")
        self._offer_categories()
        self.month.dateChanged.connect(lambda _: self._offer_categories())
        self.income = {value: QCheckBox(shown_label("income", value)) for value in INCOME}
        income_row = QGridLayout()  # four a row: eight boxes side by side were wider than
        for place, (value, box) in enumerate(self.income.items()):  # a 1024 screen in Spanish
            box.setObjectName(f"income_{value}")
            income_row.addWidget(box, place // 4, place % 4)
        record = QPushButton(self.tr("Record snapshot"))
        record.setObjectName("recordSnapshot")
        record.clicked.connect(self.record_snapshot)
        form = QFormLayout(snapshot)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Housing"), self.housing)
        form.addRow(self.tr("Employment"), self.employment)
        form.addRow(self.tr("Income and benefits"), income_row)
        form.addRow("", record)
        self.message = message_label("planMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(goal_row)
        layout.addWidget(self.table)
        layout.addLayout(status_row)
        layout.addWidget(snapshot)
        layout.addWidget(self.message)
        self.refresh()

    def _offer_categories(self) -> None:
        """The administrator's housing and employment categories in use in the month; the
        choice made is kept when it still is."""
        month = self.month.date().toPython().replace(day=1)
        for box, list_name in ((self.housing, "housing"), (self.employment, "employment")):
            chosen = box.currentData()
            box.clear()
            for words, code in offered_codes(list_name, month):
                box.addItem(words, code)
            if chosen is not None and box.findData(chosen) >= 0:
                box.setCurrentIndex(box.findData(chosen))

    def refresh(self) -> None:
        self.model.set_rows(self._intake.goals(self._actor, self._case_id))

    def _run(self, action, done: str) -> bool:
        return run_action(action, self.message, done, self.refresh)

    def add_goal(self) -> bool:
        ok = self._run(lambda: self._intake.add_goal(
            self._actor, self._case_id, self.goal_text.text(), domain=self.domain.currentData(),
            horizon=self.horizon.currentData()), self.tr("Goal added."))
        if ok:
            self.goal_text.clear()
        return ok

    def set_status(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a goal first."))
            return False
        goal = self.model.row(rows[0].row())
        return self._run(lambda: self._intake.set_goal_status(
            self._actor, goal.id, self.status.currentData(), goal.row_version),
            self.tr("Status saved."))

    def record_snapshot(self) -> bool:
        chosen = tuple(v for v, box in self.income.items() if box.isChecked())
        if not chosen:
            self.message.setText(self.tr("Tick at least one kind of income or benefit "
                                         "(or \"None\")."))
            return False
        return self._run(lambda: self._outcomes.record_snapshot(
            self._actor, self._case_id, self.month.date().toPython().replace(day=1),
            self.housing.currentData(), self.employment.currentData(), chosen),
            self.tr("Snapshot recorded."))
