"""Where and when the person must appear: a court from the program's directory and one of
its next sessions (or another date), for a summons not yet filed. The date offered is a day
the court sits after the program's lead time; a day the clerk picks on a weekend, a
holiday or outside the court's sessions is warned about, not refused."""

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

from lead_desktop.services.program.court_days import CourtCalendar, DayProblem
from lead_desktop.services.program.directory import CourtView
from lead_desktop.ui.translations import current_language


class CourtDateDialog(QDialog):
    def __init__(self, courts: list[CourtView], calendar: CourtCalendar | date,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("courtDateDialog")
        self.setWindowTitle(self.tr("Court and appearance date"))
        if isinstance(calendar, date):  # today only: weekends and federal holidays
            calendar = CourtCalendar(calendar)
        self._courts, self._calendar = courts, calendar
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
        self.session.setPlaceholderText(self.tr("None recorded: weekdays that are not holidays"))
        self.day = QDateEdit()
        self.day.setObjectName("appearanceDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setObjectName("appearanceTime")
        self.time.setDisplayFormat("HH:mm")
        self.warning = QLabel()
        self.warning.setObjectName("appearanceWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        form = QFormLayout()
        form.addRow(self.tr("Court"), self.court)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Next sessions"), self.session)
        form.addRow(self.tr("Appearance date"), self.day)
        form.addRow(self.tr("Time"), self.time)
        form.addRow("", self.warning)
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
        self.day.dateChanged.connect(self._check_day)
        self._court_chosen()

    def chosen_court(self) -> CourtView | None:
        return next((c for c in self._courts if c.id == self.court.currentData()), None)

    def _court_chosen(self) -> None:
        court = self.chosen_court()
        self.address.setText(court.address if court else "")
        self.session.clear()
        self.session.blockSignals(True)  # the first session is offered below, once
        for day, time in self._calendar.sessions(court) if court else []:
            self.session.addItem(f"{day:%a %Y-%m-%d} {time}", (day, time))
        self.session.blockSignals(False)
        day, time = self._calendar.first_court_day(court)
        self.day.setDate(QDate(day))
        self.time.setTime(QTime.fromString(time, "HH:mm"))
        self._check_day()

    def _session_chosen(self) -> None:
        chosen = self.session.currentData()
        if chosen:
            day, time = chosen
            self.day.setDate(QDate(day))
            self.time.setTime(QTime.fromString(time, "HH:mm"))

    def problem(self) -> DayProblem | None:
        """What is unusual about the date chosen (None: a day the court sits)."""
        return self._calendar.problem(self.day.date().toPython(), self.chosen_court())

    def problem_words(self) -> str:
        problem = self.problem()
        if problem is None:
            return ""
        day = self.day.date().toPython()
        if problem.kind == "weekend":
            return (self.tr("%1 is a Saturday: courts do not usually sit on a weekend.")
                    if day.weekday() == 5 else
                    self.tr("%1 is a Sunday: courts do not usually sit on a weekend.")
                    ).replace("%1", day.isoformat())
        if problem.kind == "holiday" and problem.holiday is not None:
            return self.tr("%1 is a holiday (%2): courts are closed.").replace(
                "%1", day.isoformat()).replace("%2", problem.holiday.name(current_language()))
        court = self.chosen_court()
        return self.tr("%1 is not a session day of this court (%2).").replace(
            "%1", day.isoformat()).replace(
            "%2", "; ".join(str(s) for s in court.sessions) if court else "")

    def _check_day(self) -> None:
        words = self.problem_words()
        self.warning.setText(self.tr("Check the date: %1 You can still save it.")
                             .replace("%1", words) if words else "")
        self.warning.setVisible(bool(words))
        if self.isVisible():
            self.adjustSize()  # room for the warning's lines

    def values(self) -> tuple[str, date, str]:
        """(court id, appearance date, HH:MM)."""
        return (self.court.currentData(), self.day.date().toPython(),
                self.time.time().toString("HH:mm"))
