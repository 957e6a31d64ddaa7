"""The daily work queue (workflow.md §7) for the signed-in role, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.work_queue import WorkQueue
from lead_desktop.ui.messages import shown
from lead_desktop.ui.status_chip import ChipDelegate, chip_column
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

# marked for lupdate here, translated when shown
PRIORITY_LABELS = {1: QT_TRANSLATE_NOOP("WorkQueuePage", "New"),
                   2: QT_TRANSLATE_NOOP("WorkQueuePage", "Deadline"),
                   3: QT_TRANSLATE_NOOP("WorkQueuePage", "Review"),
                   4: QT_TRANSLATE_NOOP("WorkQueuePage", "Appointment"),
                   5: QT_TRANSLATE_NOOP("WorkQueuePage", "Contact"),
                   6: QT_TRANSLATE_NOOP("WorkQueuePage", "Provider"),
                   7: QT_TRANSLATE_NOOP("WorkQueuePage", "Consent"),
                   8: QT_TRANSLATE_NOOP("WorkQueuePage", "Snapshot"),
                   9: QT_TRANSLATE_NOOP("WorkQueuePage", "Justice"),
                   10: QT_TRANSLATE_NOOP("WorkQueuePage", "DA"),
                   11: QT_TRANSLATE_NOOP("WorkQueuePage", "Draft note")}
STATUS_COLUMN = 3  # overdue, due soon, on hold: a chip (services/urgency.py decides)


class WorkQueuePage(QWidget):
    def __init__(self, queue: WorkQueue, actor: Actor, open_item=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workQueuePage")
        self._queue, self._actor, self._open_item = queue, actor, open_item
        self.model = RowsModel([
            (self.tr("Kind"), lambda i: self.tr(PRIORITY_LABELS.get(i.priority, ""))),
            (self.tr("Person"), lambda i: i.person or ""),
            (self.tr("Due"), lambda i: i.due),
            chip_column(self.tr("Status"), lambda i: i.urgency),
            (self.tr("What needs doing"), lambda i: shown(i.message)),
        ], self)
        self.model.chip = lambda i: i.urgency
        self.table = QTableView()
        self.table.setObjectName("workQueueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, ChipDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # columns fit the rows in sight: measuring every row of a team's queue held the UI
        # thread for most of the queue's longest stall (issue 16)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Work queue"))
        self.table.activated.connect(self._activated)  # double-click or Enter opens the case
        self.status = QLabel()
        self.status.setObjectName("workQueueStatus")
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        title = QLabel(self.tr("Today's work"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top.addWidget(title)
        top.addStretch(1)
        self.whose = None
        if actor.role is Role.SUPERVISOR:  # the whole team, or one case manager's cases
            self.whose = QComboBox()
            self.whose.setObjectName("workQueueWhose")
            self.whose.setAccessibleName(self.tr("Whose cases"))
            self.whose.addItem(self.tr("Whole team"), None)
            for user_id, name in queue.case_managers(actor):
                self.whose.addItem(name, user_id)
            self.whose.currentIndexChanged.connect(self.refresh)
            top.addWidget(self.whose)
        top.addWidget(self.status)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._channel = Channel(self._show, self._failed, self)

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        queue, actor = self._queue, self._actor
        whose = self.whose.currentData() if self.whose is not None else None
        self._channel.submit(lambda: queue.for_user(actor, case_manager_id=whose))

    def _activated(self, index) -> None:
        item = self.model.row(index.row())
        if self._open_item is not None and self._open_item(item):
            self.refresh()

    def _show(self, items) -> None:
        # every item is there; the model hands them to the view a batch at a time
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n item(s)", "", len(items)))

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Could not load the work queue: %s") % error)
