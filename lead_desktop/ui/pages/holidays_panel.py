"""Administration → Program → Holidays: the days business-day deadlines skip. An
administrator adds a holiday (English and Spanish name) or withdraws one; others read."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


class HolidaysPanel(QGroupBox):
    def __init__(self, holidays: HolidayService, actor: Actor, can_write: bool,
                 parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Holidays (business days skip them)"))
        self.setObjectName("holidaysPanel")
        self._holidays, self._actor = holidays, actor
        self.model = RowsModel([(self.tr("Day"), lambda h: h.day.isoformat()),
                                (self.tr("English"), lambda h: h.name_en),
                                (self.tr("Spanish"), lambda h: h.name_es)], self)
        self.table = QTableView()
        self.table.setObjectName("holidaysTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("holidayDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.name_en, self.name_es = QLineEdit(), QLineEdit()
        self.name_en.setObjectName("holidayNameEn")
        self.name_es.setObjectName("holidayNameEs")
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Day"), "day", self.day, True)
        self.errors.add_row(form, self.tr("Name (English)"), "name_en", self.name_en, True)
        self.errors.add_row(form, self.tr("Name (Spanish)"), "name_es", self.name_es)
        self.add_button = QPushButton(self.tr("Add holiday"))
        self.add_button.setObjectName("addHoliday")
        self.add_button.clicked.connect(self.add)
        self.withdraw_button = QPushButton(self.tr("Withdraw selected"))
        self.withdraw_button.setObjectName("withdrawHoliday")
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.message = message_label("holidayMessage")
        if can_write:
            layout.addLayout(form)
            layout.addLayout(buttons)
        else:
            for widget in (self.day, self.name_en, self.name_es, self.add_button,
                           self.withdraw_button):
                widget.hide()
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._holidays.holidays())

    def add(self) -> bool:
        self.errors.clear()
        try:
            added = self._holidays.add(self._actor, self.day.date().toPython(),
                                       self.name_en.text(), self.name_es.text())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self.message.setText(error_words(exc))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.name_en.clear()
        self.name_es.clear()
        self.message.setText(self.tr("Added %1: business days skip it.")
                             .replace("%1", added.day.isoformat()))
        self.refresh()
        return True

    def withdraw(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a holiday first."))
            return False
        chosen = self.model.row(rows[0].row())
        try:
            self._holidays.withdraw(self._actor, chosen.id)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("Withdrawn: %1 is a business day again.")
                             .replace("%1", chosen.day.isoformat()))
        self.refresh()
        return True
