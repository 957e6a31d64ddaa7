"""Providers: who can take a participant now (vacancies and waitlists by level of care, as
of when), adding a provider, and recording a new capacity reading from a provider's call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.providers.provider_details import ProviderDetails
from lead_desktop.services.providers.provider_service import ProviderService
from lead_desktop.services.providers.provider_types import PROVIDER_TYPES
from lead_desktop.services.providers.referral_states import LEVELS_OF_CARE
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.forms.problem_words import in_one_line
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


@dataclass(frozen=True)
class CapacityRow:
    provider_id: str
    provider: str
    levels: tuple[str, ...]
    level: str
    vacancies: int | None
    waitlist: int | None
    total: int | None
    as_of: date | None
    median_days: float | None
    payers: tuple[str, ...] = ()
    provider_type: str | None = None


def _label(level: str) -> str:
    return shown_label("level_of_care", level)


def type_choice(object_name: str) -> QComboBox:
    """The provider's type, from the classes a consent names recipients by: a consent to
    "treatment provider" covers the providers of that type."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(QCoreApplication.translate("ProvidersPage", "Type of provider"))
    combo.addItem(QCoreApplication.translate(
        "ProvidersPage", "Not set (covered only by a consent naming it)"), None)
    for code in PROVIDER_TYPES:
        combo.addItem(shown_label("provider_type", code), code)
    return combo


class ProvidersPage(QWidget):
    def __init__(self, providers: ProviderService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("providersPage")
        self._svc, self._actor = providers, actor
        self._details = ProviderDetails(providers.db, providers.now)
        self._shown_details: dict = {}
        self.model = RowsModel([
            (self.tr("Provider"), lambda r: r.provider),
            (self.tr("Type"), lambda r: shown_label("provider_type", r.provider_type)),
            (self.tr("Level of care"), lambda r: _label(r.level)),
            (self.tr("Vacancies"), lambda r: r.vacancies),
            (self.tr("Waitlist"), lambda r: r.waitlist),
            (self.tr("Total slots"), lambda r: r.total),
            (self.tr("As of"), lambda r: r.as_of),
            (self.tr("Median days to admission"),
             lambda r: f"{r.median_days:.0f}" if r.median_days is not None else ""),
            (self.tr("Insurance / payers"), lambda r: ", ".join(r.payers)),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("providersTable")
        self.table.setAccessibleName(self.tr("Providers and their capacity"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its words: a stretched last column had only what the others
        # left ("Seguro / pagadores" was cut); the table scrolls sideways on a small screen
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._offer_levels())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

        self.message = message_label("providersMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        self.actions = QTabWidget()  # one task at a time under the table
        self.actions.setObjectName("providerActions")
        self.actions.addTab(self._capacity_box(), self.tr("Capacity reading"))
        self.actions.addTab(self._new_provider_box(), self.tr("Add a provider"))
        self.actions.addTab(self._details_box(), self.tr("Provider details"))
        self.actions.setMaximumHeight(self.actions.sizeHint().height())
        layout.addWidget(self.actions)
        layout.addWidget(self.message)
        self.refresh()

    # --- building ---

    def _capacity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New capacity reading for the selected provider"))
        self.level = QComboBox()
        self.level.setObjectName("capacityLevel")
        self.total = QSpinBox()
        self.total.setObjectName("totalSlots")
        self.funded = QSpinBox()
        self.funded.setObjectName("fundedSlots")
        self.vacancies = QSpinBox()
        self.vacancies.setObjectName("vacancies")
        self.waitlist = QSpinBox()
        self.waitlist.setObjectName("waitlistLength")
        for spin in (self.total, self.funded, self.vacancies, self.waitlist):
            spin.setRange(0, 10000)
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("capacityAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        record = QPushButton(self.tr("&Record capacity"))
        record.setObjectName("recordCapacity")
        record.clicked.connect(self.record_capacity)
        form = QFormLayout(box)
        for label, widget in ((self.tr("Level of care"), self.level),
                              (self.tr("Total slots"), self.total),
                              (self.tr("Funded slots"), self.funded),
                              (self.tr("Vacancies"), self.vacancies),
                              (self.tr("Waitlist"), self.waitlist),
                              (self.tr("As of"), self.as_of)):
            form.addRow(label, widget)
        form.addRow("", record)
        return box

    def _new_provider_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a provider"))
        self.name = QLineEdit()
        self.name.setObjectName("providerName")
        self.address = QLineEdit()
        self.address.setObjectName("providerAddress")
        self.phone = QLineEdit()
        self.phone.setObjectName("providerPhone")
        self.contact = QLineEdit()
        self.contact.setObjectName("providerContact")
        self.payers = QLineEdit()
        self.payers.setObjectName("providerPayers")
        self.payers.setPlaceholderText(self.tr("e.g. MassHealth, Medicaid, self-pay"))
        self.levels = QListWidget()
        self.levels.setObjectName("providerLevels")
        self.levels.setAccessibleName(self.tr("Levels of care offered"))
        for level in LEVELS_OF_CARE:
            item = QListWidgetItem(_label(level))
            item.setData(Qt.ItemDataRole.UserRole, level)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.levels.addItem(item)
        self.levels.setMaximumHeight(110)
        self.provider_type = type_choice("providerType")
        self.part2 = QCheckBox(self.tr("A Part 2 program (substance-use treatment records)"))
        self.part2.setObjectName("providerPart2")
        self.part2.setChecked(True)
        add = QPushButton(self.tr("&Add provider"))
        add.setObjectName("addProvider")
        add.clicked.connect(self.add_provider)
        form = QFormLayout(box)
        for label, widget in ((self.tr("Name"), self.name),
                              (self.tr("Type"), self.provider_type),
                              (self.tr("Address"), self.address),
                              (self.tr("Phone"), self.phone),
                              (self.tr("Contact person"), self.contact),
                              (self.tr("Insurance / payers (comma between)"), self.payers),
                              (self.tr("Levels of care"), self.levels)):
            form.addRow(label, widget)
        form.addRow("", self.part2)
        form.addRow("", add)
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details of the selected provider"))
        self.edit_type = type_choice("editProviderType")
        self.edit_address = QLineEdit()
        self.edit_address.setObjectName("editProviderAddress")
        self.edit_phone = QLineEdit()
        self.edit_phone.setObjectName("editProviderPhone")
        self.edit_contact = QLineEdit()
        self.edit_contact.setObjectName("editProviderContact")
        save = QPushButton(self.tr("&Save details"))
        save.setObjectName("saveProviderDetails")
        save.clicked.connect(self.save_details)
        form = QFormLayout(box)
        for label, widget in ((self.tr("Type"), self.edit_type),
                              (self.tr("Address"), self.edit_address),
                              (self.tr("Phone"), self.edit_phone),
                              (self.tr("Contact person"), self.edit_contact)):
            form.addRow(label, widget)
        form.addRow("", save)
        return box

    # --- showing ---

    def refresh(self) -> None:
        rows = []
        self._shown_details = self._details.all(self._actor)
        for choice in self._svc.choices(self._actor):
            details = self._shown_details.get(choice.id)
            readings = {cap.level: cap for cap in choice.capacity}
            for level in choice.levels_of_care or ("",):
                cap = readings.get(level)
                rows.append(CapacityRow(
                    choice.id, choice.name, choice.levels_of_care, level,
                    cap.vacancies if cap else None, cap.waitlist_length if cap else None,
                    cap.total_slots if cap else None, cap.as_of if cap else None,
                    choice.median_days_to_admission, choice.insurance_accepted,
                    details.provider_type if details else None))
        self.model.set_rows(rows)

    def selected(self) -> CapacityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _offer_levels(self) -> None:
        row = self.selected()
        self.level.clear()
        for level in row.levels if row else ():
            self.level.addItem(_label(level), level)
        if row is not None and row.level:
            self.level.setCurrentIndex(self.level.findData(row.level))
            # start from the last reading: the caller usually changes one or two numbers
            self.total.setValue(row.total or 0)
            self.vacancies.setValue(row.vacancies or 0)
            self.waitlist.setValue(row.waitlist or 0)

    def _show_details(self) -> None:
        """The selected provider's details, ready to change."""
        row = self.selected()
        details = self._shown_details.get(row.provider_id) if row else None
        self.edit_type.setCurrentIndex(max(0, self.edit_type.findData(
            details.provider_type if details else None)))
        self.edit_address.setText(details.address or "" if details else "")
        self.edit_phone.setText(details.phone or "" if details else "")
        self.edit_contact.setText(details.contact_person or "" if details else "")

    # --- acting ---

    def add_provider(self) -> bool:
        levels = tuple(self.levels.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.levels.count())
                       if self.levels.item(i).checkState() == Qt.CheckState.Checked)
        try:
            self._svc.add(self._actor, self.name.text(), levels_of_care=levels,
                          part2_program=self.part2.isChecked(),
                          provider_type=self.provider_type.currentData(),
                          address=self.address.text().strip() or None,
                          phone=self.phone.text().strip() or None,
                          contact_person=self.contact.text().strip() or None,
                          insurance_accepted=tuple(self.payers.text().split(",")))
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("Added %s.") % self.name.text().strip())
        for field in (self.name, self.address, self.phone, self.contact, self.payers):
            field.clear()
        for i in range(self.levels.count()):
            self.levels.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.provider_type.setCurrentIndex(0)
        self.refresh()
        return True

    def save_details(self) -> bool:
        row = self.selected()
        details = self._shown_details.get(row.provider_id) if row else None
        if details is None:
            self.message.setText(self.tr("Select a provider first."))
            return False
        return run_action(lambda: self._details.change(
            self._actor, details.id, provider_type=self.edit_type.currentData(),
            address=self.edit_address.text(), phone=self.edit_phone.text(),
            contact_person=self.edit_contact.text(), expected_version=details.row_version),
            self.message, self.tr("Saved the details of %1.").replace("%1", details.name),
            self._refresh_keeping_selection)

    def _refresh_keeping_selection(self) -> None:
        """After saving, or a conflict (someone saved first): the table shows what is
        stored now, the same provider stays selected and what was typed stays."""
        row = self.selected()
        typed = (self.edit_type.currentIndex(), self.edit_address.text(),
                 self.edit_phone.text(), self.edit_contact.text())
        self.refresh()
        if row is not None:
            for index in range(self.model.rowCount()):
                if self.model.row(index).provider_id == row.provider_id:
                    self.table.selectRow(index)
                    break
        self.edit_type.setCurrentIndex(typed[0])
        for field, text in zip((self.edit_address, self.edit_phone, self.edit_contact),
                               typed[1:]):
            field.setText(text)

    def record_capacity(self) -> bool:
        row, level = self.selected(), self.level.currentData()
        if row is None or level is None:
            self.message.setText(self.tr("Select a provider and a level of care first."))
            return False
        try:
            self._svc.update_capacity(
                self._actor, row.provider_id, level, total_slots=self.total.value(),
                funded_slots=self.funded.value(), vacancies=self.vacancies.value(),
                waitlist_length=self.waitlist.value(), as_of=self.as_of.date().toPython())
        except ValidationFailed as exc:
            self.message.setText(in_one_line(exc.problems))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.message.setText(self.tr("Capacity recorded for %s.") % row.provider)
        self.refresh()
        return True
