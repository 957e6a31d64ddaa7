"""The prosecutor's decision on a case in compliance review (or disqualified, removed, or
exited after lost contact in a summons program): file charges, which drafts the summons
for the clerk, or give one more chance with a new due date. Opened from the DA's queue."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.step_dialog import StepDialog, needs_details
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words

S = CaseState


class ComplianceDecision(QDialog):
    def __init__(self, cases: CaseService, people: PersonService, actor: Actor, case_id: str,
                 person_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceDecision")
        self.setWindowTitle(self.tr("Compliance decision"))
        self._cases, self._actor, self._case_id = cases, actor, case_id
        person = people.summary(actor, person_id)  # name and DOB only (audited)
        self.case = cases.get(actor, case_id)
        summary = QLabel(self.tr("<b>%1</b>, born %2<br>Case: %3 since %4")
                         .replace("%1", escape(f"{person.last_name}, {person.first_name}"))
                         .replace("%2", person.dob.isoformat())
                         .replace("%3", shown_label("state", self.case.state))
                         .replace("%4", f"{self.case.state_since:%Y-%m-%d}"))
        summary.setObjectName("decisionSummary")
        self.step = QComboBox()
        self.step.setObjectName("decisionStep")
        for state in cases.offered_steps(actor, case_id):
            label = self.tr("file charges (summons)") if state is S.REFERRED_FOR_CHARGES \
                else shown_label("state", state)
            self.step.addItem(label, state.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.message = message_label("decisionMessage")
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.step)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.decide())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def decide(self, details_dialog=None) -> bool:
        """Take the chosen step; one that needs a new due date asks for it first."""
        if self.step.currentData() is None:
            self.message.setText(self.tr("No decision is open for this case."))
            return False
        target = CaseState(self.step.currentData())
        code, reason, details = None, self.reason.text(), {}
        if needs_details(target, self.case.state):
            dialog = details_dialog or StepDialog(self.case.state, target, parent=self)
            dialog.reason.setText(dialog.reason.text() or reason)
            if details_dialog is None and not dialog.exec():
                return False
            code, reason, details = dialog.values()
        try:
            self.case = self._cases.transition(self._actor, self._case_id, target,
                                               reason_code=code, reason_text=reason,
                                               details=details)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.accept()
        return True
