"""Provider follow-up (workflow.md §6): pick a provider while seeing vacancies and
waitlists, move the referral along its closed loop, schedule appointments and record
attendance (an excused absence needs its reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.services.attachments.kinds import CASE_PAPER, TREATMENT
from lead_desktop.services.providers.provider_service import ProviderService, capacity_warning
from lead_desktop.services.providers.referral_service import ProviderReferralService, StepInput
from lead_desktop.services.providers.referral_states import (
    DECLINE_REASONS,
    DISCHARGE_REASONS,
    NEXT,
)
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.forms.appointments_box import AppointmentsBox
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import shown
from lead_desktop.ui.table_model import RowsModel


def capacity_text(choice) -> str:
    """"Residential: 2 open, 9 waiting (as of 2026-11-20)", in the user's language."""
    translate = QCoreApplication.translate
    if not choice.capacity:
        return translate("ProviderFollowUp", "capacity not reported")
    parts = []
    for cap in choice.capacity:
        waiting = (translate("ProviderFollowUp", ", %1 waiting")
                   .replace("%1", str(cap.waitlist_length)) if cap.waitlist_length else "")
        parts.append(translate("ProviderFollowUp", "%1: %2 open%3 (as of %4)")
                     .replace("%1", shown_label("level_of_care", cap.level))
                     .replace("%2", str(cap.vacancies)).replace("%3", waiting)
                     .replace("%4", str(cap.as_of)))
    return "; ".join(parts)


class ProviderFollowUp(QWidget):
    def __init__(self, providers: ProviderService, referrals: ProviderReferralService,
                 actor: Actor, case_id: str, parent=None,
                 attachments: AttachmentService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("providerFollowUp")
        self._providers, self._referrals, self._actor, self._case_id = (
            providers, referrals, actor, case_id)
        self._attachments = attachments
        # choosing a provider
        self.provider = QComboBox()
        self.provider.setObjectName("providerChoice")
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider.setMinimumContentsLength(48)  # long capacity lines must not widen the window
        self.level = QComboBox()
        self.level.setObjectName("levelOfCare")
        self.level.setAccessibleName(self.tr("Level of care"))
        self.provider.currentIndexChanged.connect(self._levels)
        self.level.currentIndexChanged.connect(self._warn)
        self.capacity_warning = message_label("capacityWarning")
        refer = QPushButton(self.tr("Refer"))
        refer.setObjectName("draftReferral")
        refer.clicked.connect(self.draft)
        pick = QHBoxLayout()
        for widget in (QLabel(self.tr("Provider")), self.provider, self.level, refer):
            # the row's room goes to the provider's capacity line (it was cut mid-date with
            # room to spare); its tooltip holds it whole on a narrow screen
            pick.addWidget(widget, 1 if widget is self.provider else 0)
        self.provider.currentIndexChanged.connect(
            lambda _: self.provider.setToolTip(self.provider.currentText()))
        # the loop
        self.model = RowsModel([
            (self.tr("Provider"), lambda r: self._names.get(r.provider_id, "")),
            (self.tr("Level"), lambda r: shown_label("level_of_care", r.level_of_care)),
            (self.tr("Status"), lambda r: shown_label("provider_referral_status", r.status)),
            (self.tr("Sent"), lambda r: r.sent_at),
            (self.tr("Consent"), lambda r: self.tr("override") if r.override_reason else (
                self.tr("on file") if r.consent_id else "")),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("providerReferrals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # columns as wide as their words ("Baltimore Crisis …", "Desintoxicaci…" were cut)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.next_status.setAccessibleName(self.tr("Next step of the referral"))
        # filled after the page is shown: its width follows the words ("Canceled" was cut)
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.detail = QLineEdit()
        self.detail.setObjectName("stepDetail")
        self.detail.setAccessibleName(self.tr("How sent, contact or reason"))
        self.detail.setPlaceholderText(self.tr("How sent / contact / reason"))
        advance = QPushButton(self.tr("Record step"))
        advance.setObjectName("recordStep")
        advance.clicked.connect(self.advance)
        self.outcome_reason = QComboBox()
        self.outcome_reason.setObjectName("outcomeReason")
        self.outcome_reason.setAccessibleName(self.tr("Why declined or discharged"))
        self.outcome_reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_status.currentIndexChanged.connect(self._offer_reasons)
        self.table.clicked.connect(lambda _: self._offer_next())
        steps = QHBoxLayout()
        # awaiting treatment: the provider's waitlist position and expected admission date
        self.waitlist_position = QSpinBox()
        self.waitlist_position.setObjectName("waitlistPosition")
        self.waitlist_position.setAccessibleName(self.tr("Position on the provider's waitlist"))
        self.waitlist_position.setRange(1, 10000)
        self.expected_date = QDateEdit(QDate.currentDate().addDays(14))
        self.expected_date.setObjectName("expectedAdmission")
        self.expected_date.setAccessibleName(self.tr("Expected admission date"))
        self.expected_date.setCalendarPopup(True)
        self.expected_date.setDisplayFormat("yyyy-MM-dd")
        for widget in (self.next_status, self.outcome_reason, self.waitlist_position,
                       self.expected_date, self.detail, advance):
            steps.addWidget(widget)
        if attachments is not None:  # the provider's papers: a discharge summary, a letter
            papers = QPushButton(self.tr("&Attachments…"))
            papers.setObjectName("referralAttachments")
            papers.clicked.connect(lambda: self.open_attachments())
            steps.addWidget(papers)
        self.message = message_label("followUpMessage")
        # appointments, and attendance as the provider reports it (ui/forms/appointments_box.py);
        # parented by the layout below, so Tab reaches it after the referral's fields
        self.appointments = AppointmentsBox(referrals, actor, case_id, self.message,
                                            self.selected)
        box = self.appointments
        self.when, self.attendance, self.excuse = box.when, box.attendance, box.excuse
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.capacity_warning)
        layout.addWidget(self.table)
        layout.addLayout(steps)
        layout.addWidget(self.appointments)
        layout.addWidget(self.message)
        self._load_choices()
        self.refresh()
        self._offer_reasons()  # the reason and waitlist fields only for the steps that take them

    def _load_choices(self) -> None:
        self._choices = {c.id: c for c in self._providers.choices(self._actor)}
        self._names = {c.id: c.name for c in self._choices.values()}
        self.provider.clear()
        for choice in self._choices.values():  # most vacancies first
            self.provider.addItem(f"{choice.name} — {capacity_text(choice)}", choice.id)

    def _levels(self) -> None:
        self.level.clear()
        choice = self._choices.get(self.provider.currentData())
        for level in (choice.levels_of_care if choice else ()):
            self.level.addItem(shown_label("level_of_care", level), level)

    def _warn(self) -> None:
        """Zero or stale vacancies warn while the provider is chosen (never block)."""
        choice = self._choices.get(self.provider.currentData())
        warning = capacity_warning(choice, self.level.currentData(), self._providers.today()) \
            if choice is not None and self.level.currentData() else None
        self.capacity_warning.setText(shown(warning) if warning is not None else "")

    def _offer_reasons(self) -> None:
        status = self.next_status.currentData()
        reasons = {"discharged": DISCHARGE_REASONS, "declined": DECLINE_REASONS}.get(status, ())
        self.outcome_reason.clear()
        kind = "discharge_reason" if status == "discharged" else "decline_reason"
        for reason in reasons:
            self.outcome_reason.addItem(shown_label(kind, reason), reason)
        self.outcome_reason.setVisible(bool(reasons))
        for widget in (self.waitlist_position, self.expected_date):
            widget.setVisible(status == "waitlisted")

    def refresh(self) -> None:
        self.model.set_rows(self._referrals.list_referrals(self._actor, self._case_id))
        self._offer_next()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row(rows[0].row())
        return self.model.row(self.model.total - 1) if self.model.total else None

    def _offer_next(self) -> None:
        self.next_status.clear()
        current = self.selected()
        for status in sorted(NEXT.get(current.status, ())) if current else ():
            self.next_status.addItem(shown_label("provider_referral_status", status), status)

    def open_attachments(self) -> bool:
        """The selected provider referral's papers (treatment records follow Part 2)."""
        from lead_desktop.ui.attachments.dialog import open_attachments

        row = self.selected()
        if row is None or self._attachments is None:
            self.message.setText(self.tr("Select a provider referral first."))
            return False
        open_attachments(self, self._attachments, self._actor,
                         Anchor(provider_referral_id=row.id), (TREATMENT, CASE_PAPER),
                         self.tr("Papers of the referral to %1")
                         .replace("%1", self._names.get(row.provider_id, "")))
        return True

    def _run(self, action, done: str) -> bool:
        return run_action(action, self.message, done, self.refresh)

    def draft(self) -> bool:
        return self._run(lambda: self._referrals.draft(
            self._actor, self._case_id, self.provider.currentData(), self.level.currentData()),
            self.tr("Referral drafted: record how it was sent."))

    def advance(self) -> bool:
        current, status = self.selected(), self.next_status.currentData()
        if current is None or status is None:
            return False
        text = self.detail.text().strip() or None
        reason = self.outcome_reason.currentData() or text
        waiting = status == "waitlisted"
        data = StepInput(waitlist_position=self.waitlist_position.value() if waiting else None,
                         expected_date=self.expected_date.date().toPython() if waiting else None,
                         method=text if status == "sent" else None,
                         provider_contact=text if status == "accepted" else None,
                         reason=reason if status in ("declined", "discharged") else None)
        ok = self._run(lambda: self._referrals.step(self._actor, current.id, status, data,
                                                    expected_version=current.row_version),
                       self.tr("Recorded: %s.") % status)
        if ok:
            self.detail.clear()
        return ok

    @property
    def last_appointment(self) -> str | None:
        return self.appointments.last_appointment

    def schedule(self) -> bool:
        return self.appointments.schedule()

    def select_appointment(self, appointment_id: str) -> bool:
        return self.appointments.select(appointment_id)

    def record_attendance(self, appointment_id: str | None = None) -> bool:
        """Attendance of `appointment_id`, or of the appointment selected in the list."""
        if appointment_id is None:
            return self.appointments.record_selected()
        return self.appointments.record(appointment_id)
