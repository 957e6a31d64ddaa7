"""Outcomes read back, in the person window: the monthly snapshots recorded, the justice
events (rearrests, bookings and their jail days, charges) with a form to enter one, and
the 6- and 18-month look-ups in court and jail records, which can say "looked, nothing
found" (so a quiet record and an unchecked one differ)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.care.outcome_service import (
    EVENT_TYPES,
    LEVELS,
    WINDOWS,
    JusticeEventInput,
    LookupInput,
    OutcomeService,
)
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui import shown_time
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.offense_picker import offense_completer
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.table_model import RowsModel


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return table


def _date_edit(name: str, today: QDate) -> QDateEdit:
    edit = QDateEdit(today)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class JusticeTab(QWidget):
    def __init__(self, outcomes: OutcomeService, actor: Actor, person_id: str,
                 case_id: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("justiceTab")
        self._svc, self._actor, self._person_id, self._case_id = (outcomes, actor, person_id,
                                                                  case_id)
        today = QDate(shown_time.today(outcomes.now()))
        self.snapshots = RowsModel([
            (self.tr("Month"), lambda s: f"{s.month:%Y-%m}"),
            (self.tr("Housing"), lambda s: shown_label("housing", s.housing)),
            (self.tr("Employment"), lambda s: shown_label("employment", s.employment)),
            (self.tr("Income and benefits"), lambda s: ", ".join(s.income_benefits))], self)
        self.events = RowsModel([
            (self.tr("Date"), lambda e: e.event_date),
            (self.tr("Event"), lambda e: shown_label("justice_event", e.event_type)),
            (self.tr("Level"), lambda e: shown_label("offense_level", e.level)), (self.tr("Offense"), lambda e: e.offense_code),
            (self.tr("Released"), lambda e: e.release_date),
            (self.tr("Jail days"), lambda e: e.jail_days),
            (self.tr("Where, source"), lambda e: ", ".join(
                v for v in (e.jurisdiction, e.source) if v))], self)
        self.lookups = RowsModel([
            (self.tr("Window"), lambda x: shown_label("lookup_window", x.window)),
            (self.tr("Looked on"), lambda x: x.looked_on),
            (self.tr("Where"), lambda x: x.sources),
            (self.tr("Result"), lambda x: self.tr("nothing found") if x.nothing_found
             else self.tr("events found (entered above)")),
            (self.tr("Note"), lambda x: x.note)], self)

        self.event_type = QComboBox()
        self.event_type.setObjectName("eventType")
        for value in EVENT_TYPES:
            self.event_type.addItem(shown_label("justice_event", value), value)
        self.event_date = _date_edit("eventDate", today)
        self.released = QCheckBox(self.tr("Released on"))
        self.released.setObjectName("eventReleased")
        self.release_date = _date_edit("releaseDate", today)
        self.level = QComboBox()
        self.level.setObjectName("eventLevel")
        self.level.addItem(self.tr("(not known)"), None)
        for value in LEVELS:
            self.level.addItem(shown_label("offense_level", value), value)
        self.offense = QLineEdit()
        self.offense.setObjectName("eventOffense")
        # the program's offense codes; a listed code brings its level
        self.offense_codes = offense_completer(self.offense, self._take_level)
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setObjectName("eventJurisdiction")
        self.event_source = QLineEdit()
        self.event_source.setObjectName("eventSource")
        self.event_source.setPlaceholderText(self.tr("e.g. county jail roster"))
        self.same_incident = QCheckBox(self.tr("About the diverted incident"))
        self.same_incident.setObjectName("eventSameIncident")
        self.event_errors = FieldErrors()
        event_form = QFormLayout()
        release_row = QHBoxLayout()
        release_row.addWidget(self.released)
        release_row.addWidget(self.release_date)
        self.event_errors.add_row(event_form, self.tr("Event"), "event_type", self.event_type)
        self.event_errors.add_row(event_form, self.tr("Date"), "event_date", self.event_date)
        event_form.addRow(self.tr("Release (bookings)"), release_row)
        self.event_errors.add_row(event_form, "", "release_date", QWidget())
        self.event_errors.add_row(event_form, self.tr("Level"), "level", self.level)
        event_form.addRow(self.tr("Offense code"), self.offense)
        event_form.addRow(self.tr("Jurisdiction"), self.jurisdiction)
        event_form.addRow(self.tr("Source"), self.event_source)
        event_form.addRow("", self.same_incident)
        add_event = QPushButton(self.tr("Add event"))
        add_event.setObjectName("addJusticeEvent")
        add_event.clicked.connect(lambda: self.add_event())
        event_form.addRow("", add_event)

        self.window = QComboBox()
        self.window.setObjectName("lookupWindow")
        for value in WINDOWS:
            self.window.addItem(shown_label("lookup_window", value), value)
        self.looked_on = _date_edit("lookedOn", today)
        self.sources = QLineEdit()
        self.sources.setObjectName("lookupSources")
        self.sources.setPlaceholderText(self.tr("e.g. county court index, jail roster"))
        self.nothing_found = QCheckBox(self.tr("Looked, nothing found"))
        self.nothing_found.setObjectName("lookupNothingFound")
        self.lookup_note = QLineEdit()
        self.lookup_note.setObjectName("lookupNote")
        self.lookup_errors = FieldErrors()
        lookup_form = QFormLayout()
        self.lookup_errors.add_row(lookup_form, self.tr("Window"), "window", self.window)
        self.lookup_errors.add_row(lookup_form, self.tr("Looked on"), "looked_on",
                                   self.looked_on)
        self.lookup_errors.add_row(lookup_form, self.tr("Where"), "sources", self.sources,
                                   required=True)
        lookup_form.addRow("", self.nothing_found)
        lookup_form.addRow(self.tr("Note"), self.lookup_note)
        add_lookup = QPushButton(self.tr("Record look-up"))
        add_lookup.setObjectName("addLookup")
        add_lookup.clicked.connect(lambda: self.add_lookup())
        lookup_form.addRow("", add_lookup)

        self.message = message_label("justiceMessage")
        # the three boxes need about 710 px: on a 768-high screen they scroll rather than
        # squeeze the forms' rows to nothing
        inside = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("justiceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inside)
        layout.addWidget(self._box(self.tr("Monthly snapshots"),
                                   _table(self.snapshots, "snapshotsTable")))
        layout.addWidget(self._box(self.tr("Justice events"),
                                   _table(self.events, "justiceEventsTable"), event_form))
        layout.addWidget(self._box(self.tr("Record look-ups (6 and 18 months, 2 years)"),
                                   _table(self.lookups, "lookupsTable"), lookup_form))
        layout.addWidget(self.message)
        scroll.setWidget(inside)
        self.refresh()

    @staticmethod
    def _box(title: str, table: QTableView, form: QFormLayout | None = None) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout(box)
        row.addWidget(table, 3)
        if form is not None:
            row.addLayout(form, 2)
        return box

    def _take_level(self, code) -> None:
        if self.level.findData(code.level) >= 0:
            self.level.setCurrentIndex(self.level.findData(code.level))

    def refresh(self) -> None:
        if self._case_id:
            self.snapshots.set_rows(self._svc.snapshots(self._actor, self._case_id))
        self.events.set_rows(self._svc.justice_events(self._actor, self._person_id))
        self.lookups.set_rows(self._svc.lookups(self._actor, self._person_id))

    def add_event(self) -> bool:
        data = JusticeEventInput(
            person_id=self._person_id, case_id=self._case_id,
            event_type=self.event_type.currentData(),
            event_date=self.event_date.date().toPython(),
            release_date=self.release_date.date().toPython() if self.released.isChecked()
            else None, level=self.level.currentData(),
            offense_code=self.offense.text().strip() or None,
            jurisdiction=self.jurisdiction.text().strip() or None,
            source=self.event_source.text().strip() or None,
            relates_to_diverted_incident=self.same_incident.isChecked())
        return self._run(lambda: self._svc.record_justice_event(self._actor, data),
                         self.event_errors, self.tr("Event recorded."))

    def add_lookup(self) -> bool:
        data = LookupInput(person_id=self._person_id, case_id=self._case_id,
                           window=self.window.currentData(),
                           looked_on=self.looked_on.date().toPython(),
                           sources=self.sources.text(),
                           nothing_found=self.nothing_found.isChecked(),
                           note=self.lookup_note.text())
        return self._run(lambda: self._svc.record_lookup(self._actor, data),
                         self.lookup_errors, self.tr("Look-up recorded."))

    def _run(self, action, errors: FieldErrors, done: str) -> bool:
        """Save; bad input is shown beside its field as well as in the message line."""
        errors.clear()

        def checked():
            try:
                return action()
            except ValidationFailed as exc:
                errors.show(exc.problems)
                raise

        return run_action(checked, self.message, done, self.refresh)
