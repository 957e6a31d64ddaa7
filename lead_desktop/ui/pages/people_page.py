"""Find a person as you type: names, aliases, date of birth, identifiers. The search runs
off the UI thread; only the newest query's results are shown. Supervisors can select two
results that are the same person and merge them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.cases import hold_status
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import dob_text
from lead_desktop.services.people.search import too_short
from lead_desktop.services.urgency import Urgency, of_state
from lead_desktop.ui.status_chip import ChipDelegate, chip_column
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

TYPING_PAUSE_MS = 200
# A search is audited off the path the user waits for (security/audit_deferred.py): its
# queued entry is written this long after the last results, off the UI thread (a burst of
# typing is written in one transaction); any other write, and the heartbeat, write it too.
AUDIT_SETTLE_MS = 1500


def _with_holds(people: PersonService, actor: Actor, text: str):
    """The hits, and which of them have a case on hold (off the UI thread, together)."""
    hits = people.search(actor, text)
    return hits, hold_status.on_hold(people.db, actor, [h.person_id for h in hits])


class PeoplePage(QWidget):
    def __init__(self, people: PersonService, actor: Actor, open_person=None,
                 parent=None, merges=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._people, self._actor, self._merges = people, actor, merges
        self._open_person = open_person
        self.query = QLineEdit()
        self.query.setObjectName("peopleSearch")
        self.query.setPlaceholderText(self.tr("Name, alias, date of birth (1988-03-14) or ID"))
        self.query.setAccessibleName(self.tr("Search people"))
        self.query.setClearButtonEnabled(True)
        self.model = RowsModel([
            (self.tr("Last name"), lambda h: h.last_name),
            (self.tr("First name"), lambda h: h.first_name),
            (self.tr("Date of birth"), lambda h: dob_text(h.dob, h.dob_estimated)),
            (self.tr("To complete"), self._to_complete),
            chip_column(self.tr("Case"), self._hold),  # "On hold": waiting for a place
        ], self)
        self.model.chip = self._hold
        self._holds: dict[str, str] = {}  # person id -> their on-hold case's state
        self.results = QTableView()
        self.results.setObjectName("peopleResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.setItemDelegateForColumn(4, ChipDelegate(self.results))
        self.results.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("peopleStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.merge_button = None
        if merges is not None:  # supervisors: two results that are one person
            self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.merge_button = QPushButton(self.tr("&Merge the two selected…"))
            self.merge_button.setObjectName("mergePeople")
            self.merge_button.setEnabled(False)
            self.merge_button.clicked.connect(lambda: self.merge_selected())
            self.results.selectionModel().selectionChanged.connect(
                lambda *_: self.merge_button.setEnabled(len(self.selected_ids()) == 2))
            undo = QPushButton(self.tr("&Undo a merge…"))
            undo.setObjectName("undoMerge")
            undo.clicked.connect(lambda: self.unmerge_dialog().exec())
            row = QHBoxLayout()
            row.addWidget(self.merge_button)
            row.addWidget(undo)
            row.addStretch(1)
            layout.addLayout(row)
        self.results.activated.connect(self._activated)  # double-click or Enter
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._pause.start())
        # the desk's habits: Down goes into the results, Enter opens the selected or first
        self._open_when_found = False
        self.query.returnPressed.connect(self._open_from_search)
        self.query.installEventFilter(self)
        self._channel = Channel(self._show, self._failed, self)
        # a failed settle keeps the entries queued for the next write: nothing to show
        self._settler = Channel(lambda _: None, lambda _error: None, self)
        self._settle = QTimer(self, singleShot=True, interval=AUDIT_SETTLE_MS)
        self._settle.timeout.connect(lambda: self._settler.submit(self._people.settle_audit))

    def _to_complete(self, hit) -> str:
        names = {"last_name": self.tr("last name"), "first_name": self.tr("first name"),
                 "dob": self.tr("date of birth")}
        return ", ".join(names[f] for f in hit.to_complete)

    def _search(self) -> None:
        text = self.query.text().strip()
        if not text or too_short(text):
            self._open_when_found = False  # nothing will answer: nothing to open
        if not text:
            self.model.set_rows([])
            self.status.clear()
            return
        if too_short(text):
            self.model.set_rows([])
            self.status.setText(self.tr("Type at least two letters, a date of birth or an ID."))
            return
        self.status.setText(self.tr("Searching…"))
        people, actor = self._people, self._actor
        self._channel.submit(lambda: _with_holds(people, actor, text))

    def selected_ids(self) -> list[str]:
        return [self.model.row(i.row()).person_id
                for i in self.results.selectionModel().selectedRows()]

    def merge_dialog(self):
        from lead_desktop.ui.forms.merge_dialog import MergeDialog

        first, second = self.selected_ids()
        return MergeDialog(self._merges, self._people, self._actor, first, second, self)

    def unmerge_dialog(self):
        from lead_desktop.ui.forms.unmerge_dialog import UnmergeDialog

        return UnmergeDialog(self._merges, self._actor, self)

    def merge_selected(self, dialog=None) -> bool:
        """Merge the two selected people (a filled-in dialog may be handed in)."""
        if len(self.selected_ids()) != 2:
            self.status.setText(self.tr("Select the two records of the same person."))
            return False
        if dialog is None:
            dialog = self.merge_dialog()
            if not dialog.exec():
                return False
        elif not dialog.merge():
            return False
        self.status.setText(self.tr("Merged: %1 kept.").replace("%1", dialog.kept.display_name))
        self._search()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.query and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Down and self.model.rowCount():
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
            self.results.selectRow(self.results.currentIndex().row())
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _open_from_search(self) -> None:
        """Enter in the search box: the selected result, else the first; a search still
        to run (Enter within the typing pause) opens its first result when it answers."""
        if self._pause.isActive():
            self._pause.stop()
            self._open_when_found = True
            self._search()
            return
        if not self.model.rowCount():
            return
        current = self.results.currentIndex()
        self._activated(current if current.isValid() else self.model.index(0, 0))

    def _activated(self, index) -> None:
        if self._open_person is not None:
            self._open_person(self.model.row(index.row()).person_id)

    def _hold(self, hit) -> Urgency | None:
        return of_state(self._holds.get(hit.person_id))

    def _show(self, found) -> None:
        hits, self._holds = found if isinstance(found, tuple) else (found, {})
        self._settle.start()
        self.model.set_rows(hits)
        self.status.setText(self.tr("%n match(es)", "", len(hits)))
        if self._open_when_found:
            self._open_when_found = False
            if hits:
                self._activated(self.model.index(0, 0))

    def _failed(self, error: Exception) -> None:
        self._open_when_found = False
        self.status.setText(str(getattr(error, "message", error)))
