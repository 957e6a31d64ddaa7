"""Administration → Courts and agencies: the program's directory (services/program/
directory.py). Administrators add and change courts (name, division, address, sessions)
and agencies (name, address, phone, badge format) and set the 24-hour number; everyone
else who can open the page only reads it. Picking a row loads it into the form below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.program.directory import (
    AgencyInput,
    CourtInput,
    DirectoryService,
    format_sessions,
)
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # not stretched: a stretched last column had only what the others left ("Formato de
    # placa" was cut); every column is as wide as its words
    table.horizontalHeader().setStretchLastSection(False)
    table.verticalHeader().setVisible(False)
    return table


class DirectoryPage(QWidget):
    def __init__(self, directory: DirectoryService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self._directory, self._actor = directory, actor
        self._court = self._agency = None  # the rows being edited (None: a new one)
        can_write = allowed(actor, Data.CONFIGURATION, Access.WRITE)

        self.courts = RowsModel([
            (self.tr("Court"), lambda c: c.label), (self.tr("Address"), lambda c: c.address),
            (self.tr("Sessions"), lambda c: format_sessions(c.sessions)),
            (self.tr("In use"), lambda c: self.tr("yes") if c.active else self.tr("no"))], self)
        self.court_table = _table(self.courts, "courtsTable")
        self.court_table.clicked.connect(lambda i: self._edit_court(self.courts.row(i.row())))
        self.court_name, self.court_division = QLineEdit(), QLineEdit()
        self.court_address = QPlainTextEdit()
        self.court_address.setFixedHeight(54)
        self.court_phone, self.court_sessions = QLineEdit(), QLineEdit()
        self.court_sessions.setPlaceholderText(self.tr("e.g. Mon 09:00; Thu 14:00"))
        self.court_active = QCheckBox(self.tr("In use"))
        self.court_errors = FieldErrors()
        court_form = QFormLayout()
        for label, name, widget in ((self.tr("Name"), "name", self.court_name),
                                    (self.tr("Division"), "division", self.court_division),
                                    (self.tr("Address"), "address", self.court_address),
                                    (self.tr("Phone"), "phone", self.court_phone),
                                    (self.tr("Sessions"), "sessions", self.court_sessions)):
            widget.setObjectName(f"court_{name}")
            self.court_errors.add_row(court_form, label, name, widget,
                                      required=name in ("name", "address"))
        court_form.addRow("", self.court_active)

        self.agencies = RowsModel([
            (self.tr("Agency"), lambda a: a.name), (self.tr("Address"), lambda a: a.address),
            (self.tr("Phone"), lambda a: a.phone),
            (self.tr("Badge format"), lambda a: a.badge_format)], self)
        self.agency_table = _table(self.agencies, "agenciesTable")
        self.agency_table.clicked.connect(
            lambda i: self._edit_agency(self.agencies.row(i.row())))
        self.agency_name, self.agency_phone, self.agency_badge = (QLineEdit(), QLineEdit(),
                                                                  QLineEdit())
        self.agency_address = QPlainTextEdit()
        self.agency_address.setFixedHeight(54)
        self.agency_badge.setPlaceholderText(self.tr(r"a pattern, e.g. \d{4} for 4 digits"))
        self.agency_active = QCheckBox(self.tr("In use"))
        self.agency_errors = FieldErrors()
        agency_form = QFormLayout()
        for label, name, widget in ((self.tr("Name"), "name", self.agency_name),
                                    (self.tr("Address"), "address", self.agency_address),
                                    (self.tr("Phone"), "phone", self.agency_phone),
                                    (self.tr("Badge format"), "badge_format",
                                     self.agency_badge)):
            widget.setObjectName(f"agency_{name}")
            self.agency_errors.add_row(agency_form, label, name, widget,
                                       required=name in ("name", "address"))
        agency_form.addRow("", self.agency_active)

        self.phone_24h = QLineEdit()
        self.phone_24h.setObjectName("phone24h")
        self.phone_errors = FieldErrors()
        phone_form = QFormLayout()
        self.phone_errors.add_row(phone_form, self.tr("24-hour number"), "phone_24h",
                                  self.phone_24h)

        self.message = message_label("directoryMessage")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self._group(self.tr("Courts"), self.court_table, court_form, [
            (self.tr("New court"), "newCourt", lambda: self._edit_court(None)),
            (self.tr("Save court"), "saveCourt", lambda: self.save_court())], can_write))
        row.addWidget(self._group(self.tr("Agencies"), self.agency_table, agency_form, [
            (self.tr("New agency"), "newAgency", lambda: self._edit_agency(None)),
            (self.tr("Save agency"), "saveAgency", lambda: self.save_agency())], can_write))
        layout.addLayout(row, 1)
        layout.addWidget(self._group(self.tr("The program"), None, phone_form, [
            (self.tr("Save number"), "savePhone", lambda: self.save_phone())], can_write))
        layout.addWidget(self.message)
        self.refresh()
        self._edit_court(None)
        self._edit_agency(None)

    def _group(self, title: str, table, form: QFormLayout, buttons, can_write: bool):
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        if table is not None:
            column.addWidget(table, 1)
        column.addLayout(form)
        line = QHBoxLayout()
        for text, name, handler in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(can_write)
            button.clicked.connect(handler)
            line.addWidget(button)
        line.addStretch(1)
        column.addLayout(line)
        return box

    def refresh(self) -> None:
        self.courts.set_rows(self._directory.courts())
        self.agencies.set_rows(self._directory.agencies())
        self.phone_24h.setText(self._directory.phone_24h())

    def _edit_court(self, court) -> None:
        self._court = court
        self.court_name.setText(court.name if court else "")
        self.court_division.setText(court.division if court else "")
        self.court_address.setPlainText(court.address if court else "")
        self.court_phone.setText(court.phone if court else "")
        self.court_sessions.setText(format_sessions(court.sessions) if court else "")
        self.court_active.setChecked(court.active if court else True)
        self.court_errors.clear()

    def _edit_agency(self, agency) -> None:
        self._agency = agency
        self.agency_name.setText(agency.name if agency else "")
        self.agency_address.setPlainText(agency.address if agency else "")
        self.agency_phone.setText(agency.phone if agency else "")
        self.agency_badge.setText(agency.badge_format if agency else "")
        self.agency_active.setChecked(agency.active if agency else True)
        self.agency_errors.clear()

    def save_court(self) -> bool:
        data = CourtInput(name=self.court_name.text(), division=self.court_division.text(),
                          address=self.court_address.toPlainText(),
                          phone=self.court_phone.text(), sessions=self.court_sessions.text(),
                          active=self.court_active.isChecked())
        court = self._court
        return self._save(lambda: self._directory.save_court(
            self._actor, data, court.id if court else None, court.row_version if court else None),
            self.court_errors, self._edit_court, self.tr("Saved the court %1."))

    def save_agency(self) -> bool:
        data = AgencyInput(name=self.agency_name.text(),
                           address=self.agency_address.toPlainText(),
                           phone=self.agency_phone.text(), badge_format=self.agency_badge.text(),
                           active=self.agency_active.isChecked())
        agency = self._agency
        return self._save(lambda: self._directory.save_agency(
            self._actor, data, agency.id if agency else None,
            agency.row_version if agency else None),
            self.agency_errors, self._edit_agency, self.tr("Saved the agency %1."))

    def save_phone(self) -> bool:
        number = self.phone_24h.text()
        return self._save(lambda: self._directory.set_phone_24h(self._actor, number),
                          self.phone_errors, lambda _: None,
                          self.tr("Saved the 24-hour number."))

    def _save(self, action, errors: FieldErrors, edit, done: str) -> bool:
        try:
            saved = action()
        except ValidationFailed as exc:
            errors.show(exc.problems)
            self.message.setText(errors.summary(exc.problems))
            return False
        except LeadError as exc:  # a stale save, a refusal: nothing was written
            self.message.setText(error_words(exc))
            return False
        errors.clear()
        label = getattr(saved, "label", None) or getattr(saved, "name", "")
        self.message.setText(done.replace("%1", label))
        self.refresh()
        edit(saved)
        return True
