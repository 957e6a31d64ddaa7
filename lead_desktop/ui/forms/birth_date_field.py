"""A date of birth as a street referral knows it: the date, an estimated year, or unknown.

Nothing is pre-filled: a real person must never get a made-up birth date. The date box
starts blank (its minimum date stands for "not entered"), and the desk says outright when
only a year can be guessed or nothing is known; the person is then flagged for completion.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget

KNOWN, ESTIMATED, UNKNOWN = "known", "estimated", "unknown"
_NOT_ENTERED = QDate(1900, 1, 1)
_NOT_ENTERED_YEAR = 1900


class BirthDateField(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dobField")
        self.kind = QComboBox()
        self.kind.setObjectName("dobKind")
        self.kind.setAccessibleName(self.tr("How the date of birth is known"))
        self.kind.addItem(self.tr("Date"), KNOWN)
        self.kind.addItem(self.tr("Estimated year"), ESTIMATED)
        self.kind.addItem(self.tr("Unknown"), UNKNOWN)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dob")
        self.date_edit.setAccessibleName(self.tr("Date of birth"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(_NOT_ENTERED)
        self.date_edit.setSpecialValueText(" ")  # blank until a date is entered
        self.date_edit.setDate(_NOT_ENTERED)
        self.year = QSpinBox()
        self.year.setObjectName("dobYear")
        self.year.setAccessibleName(self.tr("Estimated year of birth"))
        self.year.setRange(_NOT_ENTERED_YEAR, date.today().year)
        self.year.setSpecialValueText(" ")
        self.year.setValue(_NOT_ENTERED_YEAR)
        self.year.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.year, 1)
        self.kind.currentIndexChanged.connect(self._show_kind)

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        self.date_edit.setVisible(kind == KNOWN)
        self.year.setVisible(kind == ESTIMATED)
        if kind == KNOWN and self.date_edit.date() == _NOT_ENTERED:
            # the calendar opens on a plausible page, but the box stays blank
            self.date_edit.calendarWidget().setSelectedDate(QDate(1990, 1, 1))

    def date(self) -> QDate:
        """The date box's date, as QDateEdit.date() (its minimum when not entered)."""
        return self.date_edit.date()

    def setDate(self, value: QDate) -> None:  # noqa: N802 (Qt naming, as QDateEdit)
        self.kind.setCurrentIndex(self.kind.findData(KNOWN))
        self.date_edit.setDate(value)

    def set_estimated_year(self, year: int) -> None:
        self.kind.setCurrentIndex(self.kind.findData(ESTIMATED))
        self.year.setValue(year)

    def show_stored(self, dob: date | None, estimated: bool) -> None:
        """Show a stored date of birth as it was recorded."""
        if dob is None:
            self.set_unknown()
        elif estimated:
            self.set_estimated_year(dob.year)
        else:
            self.setDate(QDate(dob))

    def set_unknown(self) -> None:
        self.kind.setCurrentIndex(self.kind.findData(UNKNOWN))

    def clear(self) -> None:
        self.kind.setCurrentIndex(self.kind.findData(KNOWN))
        self.date_edit.setDate(_NOT_ENTERED)
        self.year.setValue(_NOT_ENTERED_YEAR)

    def value(self) -> tuple[date | None, bool]:
        """(date of birth or None, estimated): None when unknown or not entered."""
        kind = self.kind.currentData()
        if kind == KNOWN and self.date_edit.date() != _NOT_ENTERED:
            return self.date_edit.date().toPython(), False
        if kind == ESTIMATED and self.year.value() != _NOT_ENTERED_YEAR:
            return date(self.year.value(), 1, 1), True
        return None, kind == ESTIMATED

    def problem(self) -> str | None:
        """What is missing before saving: a date left blank must be a choice, not an
        oversight."""
        kind = self.kind.currentData()
        if kind == KNOWN and self.date_edit.date() == _NOT_ENTERED:
            return self.tr("enter the date, or choose 'Estimated year' or 'Unknown'")
        return None
