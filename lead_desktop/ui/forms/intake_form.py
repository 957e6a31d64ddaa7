"""Intake (forms.md "Intake assessment"): domains, immediate needs, sign-off with the
consent it relies on. The form opens with the stored intake and its version, so saving
what was shown is never a conflict and never writes blanks over what is stored."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.care.intake_service import DOMAINS, IntakeInput, IntakeService
from lead_desktop.services.records import StaleRecord
from lead_desktop.ui import shown_time
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words


class IntakeForm(QDialog):
    def __init__(self, intake: IntakeService, actor: Actor, case_id: str,
                 consents: list, resolve_conflict=None, confirm_discard=None,
                 parent=None) -> None:
        super().__init__(parent)
        self._resolve = resolve_conflict or (lambda conflict: conflict_dialog.ask(conflict, self))
        self.setObjectName("intakeForm")
        self.setWindowTitle(self.tr("Intake"))
        self._svc, self._actor, self._case_id = intake, actor, case_id
        self.version: int | None = None  # the stored version this form shows (None: none)
        self._stored_domains: dict = {}    # kept whole: the form edits only each status
        self.started = QDateEdit(QDate(shown_time.today(intake.now())))  # the app's day
        self.started.setObjectName("intakeStarted")
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
        self.domains: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Intake started"), self.started)
        for domain in DOMAINS:
            field = QLineEdit()
            field.setObjectName(f"domain_{domain}")
            field.setPlaceholderText(self.tr("status and notes"))
            self.domains[domain] = field
            form.addRow(shown_label("domain", domain), field)
        self.needs = QLineEdit()
        self.needs.setObjectName("immediateNeeds")
        self.action = QLineEdit()
        self.action.setObjectName("actionTaken")
        form.addRow(self.tr("Immediate needs"), self.needs)
        form.addRow(self.tr("Action taken"), self.action)
        save = QPushButton(self.tr("&Save intake"))
        save.setObjectName("saveIntake")
        save.clicked.connect(self.save)
        self.consent = QComboBox()
        self.consent.setObjectName("intakeConsent")
        for view in consents:
            if view.valid_today:
                self.consent.addItem(shown_label("consent_type", view.consent_type), view.id)
        sign = QPushButton(self.tr("Intake complete: sign off"))
        sign.setObjectName("signOffIntake")
        sign.clicked.connect(self.sign_off)
        form.addRow(self.tr("Consent on file"), self.consent)
        self.message = message_label("intakeMessage")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        for widget in (save, sign, self.message):
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.resize(620, 640)
        self.load()
        self.unsaved = UnsavedChanges(self, confirm_discard)

    def load(self) -> None:
        """Show what is stored, and remember its version for the next save."""
        stored = self._svc.intake(self._actor, self._case_id)
        if stored is None:
            return
        self.version = stored.row_version
        self._stored_domains = {d: dict(v) for d, v in stored.domains.items()}
        if stored.intake_started is not None:
            self.started.setDate(QDate(stored.intake_started))
        for domain, field in self.domains.items():
            field.setText(str(stored.domains.get(domain, {}).get("status") or ""))
        self.needs.setText(stored.immediate_needs or "")
        self.action.setText(stored.action_taken or "")
        if stored.intake_completed is not None:
            self.message.setText(self.tr("Signed off on %1.").replace(
                "%1", stored.intake_completed.isoformat()))

    def reject(self) -> None:
        """Closing with changes not saved asks first (forms/unsaved.py)."""
        if self.unsaved.allows_leaving():
            super().reject()

    def data(self) -> IntakeInput:
        domains = {}
        for domain, field in self.domains.items():
            stored = self._stored_domains.get(domain, {})
            if field.text().strip() or stored:  # notes typed elsewhere stay as stored
                domains[domain] = stored | {"status": field.text().strip(),
                                            "notes": stored.get("notes", "")}
        return IntakeInput(intake_started=self.started.date().toPython(), domains=domains,
                           immediate_needs=self.needs.text() or None,
                           action_taken=self.action.text() or None)

    def save(self) -> bool:
        try:
            data = self.data()
            self.version = self._svc.save(self._actor, self._case_id, data, self.version)
        except StaleRecord as conflict:
            if self._resolve(conflict) != conflict_dialog.SAVE_MINE:
                self.message.setText(self.tr("Kept the version saved by someone else."))
                return False
            self.version = conflict.theirs["row_version"]  # a deliberate overwrite
            return self.save()
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self._stored_domains = {d: dict(v) for d, v in data.domains.items()}
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Intake saved."))
        return True

    def sign_off(self) -> None:
        """Saves what was typed first (saving what is stored writes nothing), then signs off
        the version saved."""
        if (self.version is None or self.unsaved.dirty) and not self.save():
            return
        if self.consent.currentData() is None:
            self.message.setText(self.tr("Record and activate the consent first."))
            return
        try:
            self.version = self._svc.sign_off(self._actor, self._case_id,
                                              shown_time.today(self._svc.now()),
                                              self.consent.currentData(), self.version)
        except StaleRecord as conflict:
            self.message.setText(conflict.message)
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(self.tr("Intake signed off."))
        self.accept()
