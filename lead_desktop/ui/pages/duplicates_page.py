"""The supervisor's suspected duplicates (services/people/suspected_duplicates.py): the
scan runs off the UI thread with its progress shown; each pair says why; the supervisor
compares and merges the pair, or records that they are two people (with the reason)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.suspected_duplicates import ScanCanceled, SuspectedDuplicates
from lead_desktop.ui.match_reasons import reasons_words
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.theme import TITLE_SCALE, scaled
from lead_desktop.ui.workers import Channel, progress_relay


def _who(someone) -> str:
    born = someone.dob.isoformat() if someone.dob else "—"
    return f"{someone.name} ({born})"


class DuplicatesPage(QWidget):
    def __init__(self, scan: SuspectedDuplicates, actor: Actor, merge_dialog=None,
                 parent=None) -> None:
        """`merge_dialog(first_id, second_id)` makes the merge dialog for a pair."""
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self._scan, self._actor, self._merge_dialog = scan, actor, merge_dialog
        self.loaded = True  # nothing being read: the first look waits for the page to show
        title = QLabel(self.tr("Suspected duplicates"))
        title.setObjectName("pageTitle")
        scaled(title, TITLE_SCALE)
        hint = QLabel(self.tr("People on file the duplicate check finds likely to be the same "
                              "person. Open a pair to merge it, or record that they are two "
                              "people: the pair then stays off this list."))
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("duplicatesStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("duplicatesProgress")
        self.progress.setVisible(False)
        self.model = RowsModel([
            (self.tr("One record"), lambda p: _who(p.first)),
            (self.tr("Other record"), lambda p: _who(p.second)),
            (self.tr("Score"), lambda p: p.score),
            (self.tr("Why"), lambda p: reasons_words(p.reasons)),
        ], self)
        # the reasons, whole: the Why column elides them on a 1024 screen
        self.model.tooltip = lambda p: "\n".join(reasons_words(p.reasons).split("; "))
        self.table = QTableView()
        self.table.setObjectName("duplicatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # why: the most room
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda _: self.merge_selected())
        self.rescan = QPushButton(self.tr("&Look again"))
        self.rescan.setObjectName("duplicatesRescan")
        self.rescan.clicked.connect(self.refresh)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("duplicatesStop")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self._stopping = threading.Event()  # set on the UI thread, read on the pool thread
        self.merge_button = QPushButton(self.tr("&Compare and merge…"))
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.reason = QLineEdit()
        self.reason.setObjectName("notSameReason")
        self.reason.setPlaceholderText(self.tr("Why they are two people"))
        self.reason.setAccessibleName(self.tr("Why they are two people"))
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setObjectName("notSamePerson")
        self.not_same_button.clicked.connect(self.not_same)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.not_same_button)
        actions.addWidget(self.rescan)
        actions.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._report_step = progress_relay(self, self._stepped)  # from the pool thread
        self._channel = Channel(self._show, self._failed, self)
        self._scanned = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The first look happens when the supervisor opens the section, not at sign-in."""
        super().showEvent(event)
        if not self._scanned:
            self.refresh()

    def refresh(self) -> None:
        """Scan on a pool thread; its progress arrives through `_report_step`."""
        scan, actor, report = self._scan, self._actor, self._report_step
        self._scanned, self.loaded = True, False
        self._stopping.set()  # an older look still running stops: only the newest counts
        stopping = self._stopping = threading.Event()
        self.rescan.setEnabled(False)
        self.stop_button.setVisible(True)
        self.status.setText(self.tr("Looking for suspected duplicates…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

        def step(done: int, total: int) -> None:  # on the pool thread
            if stopping.is_set():
                raise ScanCanceled("The look for suspected duplicates was stopped.")
            report(done, total)

        self._channel.submit(lambda: scan.scan(actor, step))

    def stop(self) -> None:
        """Stop the look being made (at its next step)."""
        self._stopping.set()

    def _stepped(self, done: int, total: int) -> None:
        if self.loaded:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show(self, pairs) -> None:
        self.model.set_rows(pairs)
        self.stop_button.setVisible(False)
        self.progress.setVisible(False)
        self.rescan.setEnabled(True)
        self.status.setText(self.tr("%1 pair(s) to look at.").replace("%1", str(len(pairs)))
                            if pairs else self.tr("No suspected duplicates."))
        self.loaded = True

    def _failed(self, exc: Exception) -> None:
        self.stop_button.setVisible(False)
        self.progress.setVisible(False)
        self.rescan.setEnabled(True)
        self.status.setText(error_words(exc) if isinstance(exc, LeadError) else str(exc))
        self.loaded = True

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def merge_selected(self) -> bool:
        """Open the pair side by side in the merge dialog; a merge takes it off the list."""
        pair = self.selected()
        if pair is None or self._merge_dialog is None:
            self.status.setText(self.tr("Select a pair first."))
            return False
        try:
            dialog = self._merge_dialog(pair.first.person_id, pair.second.person_id)
        except LeadError as exc:
            self.status.setText(error_words(exc))
            return False
        if not dialog.exec():
            return False
        self.refresh()
        return True

    def not_same(self) -> bool:
        pair = self.selected()
        if pair is None:
            self.status.setText(self.tr("Select a pair first."))
            return False
        try:
            self._scan.mark_not_same(self._actor, pair.first.person_id,
                                     pair.second.person_id, self.reason.text())
        except LeadError as exc:
            self.status.setText(error_words(exc))
            self.reason.setFocus()
            return False
        self.reason.clear()
        self.refresh()
        return True
