"""Where and when the person must appear: a court from the program's directory and one of
its next sessions (or another date), for a summons not yet filed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
)

from lead_desktop.services.program.directory import CourtView


class CourtDateDialog(QDialog):
    def __init__(self, courts: list[CourtView], today: date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("courtDateDialog")
        self.setWindowTitle(self.tr("Court and appearance date"))
        self._courts, self._today = courts, today
        self.court = QComboBox()
        self.court.setObjectName("courtChoice")
        self.court.setAccessibleName(self.tr("Court"))
        for court in courts:
            self.court.addItem(court.label, court.id)
        self.address = QLabel()
        self.address.setObjectName("courtAddress")
        self.session = QComboBox()
        self.session.setObjectName("courtSession")
        self.session.setAccessibleName(self.tr("Next sessions"))
        self.day = QDateEdit()
        self.day.setObjectName("appearanceDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setObjectName("appearanceTime")
        self.time.setDisplayFormat("HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("Court"), self.court)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Next sessions"), self.session)
        form.addRow(self.tr("Appearance date"), self.day)
        form.addRow(self.tr("Time"), self.time)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not courts:
            layout.addWidget(QLabel(self.tr("The program has no courts yet: an administrator "
                                            "adds them under Administration.")))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.court.currentIndexChanged.connect(self._court_chosen)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self._court_chosen()

    def chosen_court(self) -> CourtView | None:
        return next((c for c in self._courts if c.id == self.court.currentData()), None)

    def _court_chosen(self) -> None:
        court = self.chosen_court()
        self.address.setText(court.address if court else "")
        self.session.clear()
        for day, time in court.next_sessions(self._today) if court else []:
            self.session.addItem(f"{day:%a %Y-%m-%d} {time}", (day, time))
        if self.session.count() == 0:
            self.day.setDate(QDate(self._today).addDays(14))

    def _session_chosen(self) -> None:
        chosen = self.session.currentData()
        if chosen:
            day, time = chosen
            self.day.setDate(QDate(day))
            self.time.setTime(QTime.fromString(time, "HH:mm"))

    def values(self) -> tuple[str, date, str]:
        """(court id, appearance date, HH:MM)."""
        return (self.court.currentData(), self.day.date().toPython(),
                self.time.time().toString("HH:mm"))
