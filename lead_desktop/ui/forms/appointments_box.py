"""The appointments part of Provider follow-up: the case's appointments listed (date, time,
provider, attendance in words), a new one scheduled for the selected referral, and the
attendance of the selected one recorded as the provider reports it (an excused absence
needs its reason). Unexcused misses count toward the program's limit; the app's timers
move the case to compliance review when it is reached (services/cases/timers.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
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
from lead_desktop.services.providers.referral_service import (
    ATTENDANCE,
    AppointmentView,
    ProviderReferralService,
)
from lead_desktop.ui import shown_time
from lead_desktop.ui.forms.actions import run_action
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.table_model import RowsModel


# the words keep Provider follow-up's context (where they were first translated)
translate = QCoreApplication.translate


def _local(at: datetime) -> datetime:
    """Stored in UTC; shown in the program's time, as every screen and paper shows it."""
    return shown_time.local(at)


class AppointmentsBox(QWidget):
    """`selected_referral()` gives the referral a new appointment belongs to (or None)."""

    def __init__(self, referrals: ProviderReferralService, actor: Actor, case_id: str,
                 message: QLabel, selected_referral: Callable[[], object | None],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsBox")
        self._referrals, self._actor, self._case_id = referrals, actor, case_id
        self._message, self._selected_referral = message, selected_referral
        self.last_appointment: str | None = None
        self.model = RowsModel([
            (translate("ProviderFollowUp", "Date"),
             lambda a: f"{_local(a.scheduled_at):%Y-%m-%d}"),
            (translate("ProviderFollowUp", "Time"),
             lambda a: f"{_local(a.scheduled_at):%H:%M}"),
            (translate("ProviderFollowUp", "Provider"),
             lambda a: a.provider or ("—" if a.kind == "provider"  # no referral: not known
                                      else shown_label("appointment_kind", a.kind))),
            (translate("ProviderFollowUp", "Attendance"),
             lambda a: shown_label("attendance", a.attendance) if a.attendance
             else translate("ProviderFollowUp", "Not recorded")),
            (translate("ProviderFollowUp", "Excuse"), lambda a: a.excuse_reason or ""),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("appointments")
        self.table.setAccessibleName(translate("ProviderFollowUp", "Appointments"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        # scheduling
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.when.setObjectName("appointmentAt")
        self.when.setAccessibleName(translate("ProviderFollowUp", "Appointment date and time"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        schedule = QPushButton(translate("ProviderFollowUp", "Schedule appointment"))
        schedule.setObjectName("scheduleAppointment")
        schedule.clicked.connect(self.schedule)
        # attendance of the selected appointment
        self.attendance = QComboBox()
        self.attendance.setObjectName("attendance")
        self.attendance.setAccessibleName(translate("ProviderFollowUp", "Attendance"))
        for code in ATTENDANCE:
            self.attendance.addItem(shown_label("attendance", code), code)
        self.excuse = QLineEdit()
        self.excuse.setObjectName("excuseReason")
        self.excuse.setAccessibleName(translate("ProviderFollowUp", "Reason, if excused"))
        self.excuse.setPlaceholderText(translate("ProviderFollowUp", "reason, if excused"))
        self.record_button = QPushButton(translate("ProviderFollowUp", "Record attendance"))
        self.record_button.setObjectName("recordAttendance")
        self.record_button.clicked.connect(lambda: self.record_selected())
        self.attendance.currentIndexChanged.connect(self._offer_excuse)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._offer_record())
        # a row each: scheduling, then marking (the excuse needs room, in Spanish too)
        scheduling, marking = QHBoxLayout(), QHBoxLayout()
        scheduling.addWidget(self.when)
        scheduling.addWidget(schedule)
        scheduling.addStretch(1)
        marking.addWidget(QLabel(translate("ProviderFollowUp", "Selected appointment:")))
        marking.addWidget(self.attendance)
        marking.addWidget(self.excuse, 1)
        marking.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ProviderFollowUp", "Appointments")))
        layout.addWidget(self.table)
        layout.addLayout(scheduling)
        layout.addLayout(marking)
        self.refresh()
        self._offer_excuse()

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_rows(self._referrals.list_appointments(self._actor, self._case_id))
        if chosen is not None:
            self.select(chosen.id)
        self._offer_record()

    def selected(self) -> AppointmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, appointment_id: str) -> bool:
        """Choose an appointment (the work queue's "record attendance" opens on it)."""
        for index in range(self.model.total):
            if self.model.row(index).id == appointment_id:
                while self.model.rowCount() <= index and self.model.canFetchMore():
                    self.model.fetchMore()
                self.table.selectRow(index)
                self.table.scrollTo(self.model.index(index, 0))
                return True
        return False

    def _offer_record(self) -> None:
        self.record_button.setEnabled(self.selected() is not None)

    def _offer_excuse(self) -> None:
        excused = self.attendance.currentData() == "excused"
        self.excuse.setEnabled(excused)

    def schedule(self) -> bool:
        when = self.when.dateTime().toPython().astimezone(timezone.utc)
        referral = self._selected_referral()

        def act():
            self.last_appointment = self._referrals.schedule(
                self._actor, self._case_id, when, "provider",
                referral.id if referral is not None else None)
        done = translate("ProviderFollowUp", "Appointment scheduled.")
        if not run_action(act, self._message, done, self.refresh):
            return False
        self.select(self.last_appointment)
        return True

    def record_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            self._message.setText(translate("ProviderFollowUp", "Select an appointment first."))
            return False
        return self.record(chosen.id, chosen.row_version)

    def record(self, appointment_id: str, version: int | None = None) -> bool:
        code = self.attendance.currentData()
        excuse = self.excuse.text().strip() or None if code == "excused" else None
        done = translate("ProviderFollowUp", "Attendance recorded: %1.").replace(
            "%1", shown_label("attendance", code))
        ok = run_action(lambda: self._referrals.record_attendance(
            self._actor, appointment_id, code, "provider_report", excuse,
            expected_version=version), self._message, done, self.refresh)
        if ok:
            self.excuse.clear()
        return ok
