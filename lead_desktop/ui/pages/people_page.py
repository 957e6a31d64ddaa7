"""Find a person as you type: names, aliases, date of birth, identifiers. The search runs
off the UI thread; only the newest query's results are shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import dob_text
from lead_desktop.services.people.search import too_short
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel

TYPING_PAUSE_MS = 200


class PeoplePage(QWidget):
    def __init__(self, people: PersonService, actor: Actor, open_person=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._people, self._actor = people, actor
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
        ], self)
        self.results = QTableView()
        self.results.setObjectName("peopleResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("peopleStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.results.activated.connect(self._activated)  # double-click or Enter
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._pause.start())
        self._channel = Channel(self._show, self._failed, self)

    def _to_complete(self, hit) -> str:
        names = {"first_name": self.tr("first name"), "dob": self.tr("date of birth")}
        return ", ".join(names[f] for f in hit.to_complete)

    def _search(self) -> None:
        text = self.query.text().strip()
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
        self._channel.submit(lambda: people.search(actor, text))

    def _activated(self, index) -> None:
        if self._open_person is not None:
            self._open_person(self.model.row(index.row()).person_id)

    def _show(self, hits) -> None:
        self.model.set_rows(hits)
        self.status.setText(self.tr("%n match(es)", "", len(hits)))

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(getattr(error, "message", error)))
