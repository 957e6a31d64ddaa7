"""What a workflow step needs besides a reason (workflow.md §2): the exit type, the
incident of a removal, the new due date after a review, the reason code of a decision."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.services.program.eligibility import REASON_CODES
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.program.workflow import (
    COMPLIANCE_TRIGGERS,
    TRIGGER_INTAKE_DEADLINE,
)
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import offered_codes, shown_label

S = CaseState
NEEDS_DETAILS = {S.EXITED, S.REMOVED, S.INELIGIBLE, S.COMPLIANCE_REVIEW}


def needs_details(target: CaseState, current: CaseState) -> bool:
    return target in NEEDS_DETAILS or (current is S.COMPLIANCE_REVIEW
                                       and target in (S.ACTIVE, S.INTAKE_PENDING)) \
        or (current is S.WAITLISTED and target is S.INTAKE_PENDING)


class StepDialog(QDialog):
    def __init__(self, current: CaseState, target: CaseState, confirm_discard=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(shown_label("state", target))
        self.target = target
        self.reason = QLineEdit()
        self.reason.setObjectName("stepDialogReason")
        form = QFormLayout()
        self.exit_type = self.reason_code = self.due = self.out_of_turn = None
        self.incident_date = self.description = self.staff = None
        if target is S.EXITED:
            self.exit_type = QComboBox()
            self.exit_type.setObjectName("exitType")
            # the administrator's exit reasons in use today (Code lists page)
            for words, code in offered_codes("exit_reason", QDate.currentDate().toPython()):
                self.exit_type.addItem(words, code)
            form.addRow(self.tr("Exit type"), self.exit_type)
        if target is S.REMOVED:
            self.incident_date = QDateEdit(QDate.currentDate())
            self.incident_date.setObjectName("incidentDate")
            self.incident_date.setCalendarPopup(True)
            self.incident_date.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
            self.description = QLineEdit()
            self.description.setObjectName("incidentDescription")
            self.staff = QLineEdit()
            self.staff.setObjectName("staffInvolved")
            form.addRow(self.tr("Incident date"), self.incident_date)
            form.addRow(self.tr("What happened"), self.description)
            form.addRow(self.tr("Staff involved"), self.staff)
        if target in (S.INELIGIBLE, S.COMPLIANCE_REVIEW):
            self.reason_code = QComboBox()
            self.reason_code.setObjectName("stepReasonCode")
            codes = COMPLIANCE_TRIGGERS if target is S.COMPLIANCE_REVIEW else REASON_CODES
            if current is S.INTAKE_PENDING:  # a buyer who never came to intake
                codes = (TRIGGER_INTAKE_DEADLINE,)
            kind = "eligibility_reason" if codes is REASON_CODES else "compliance_trigger"
            for code in codes:
                self.reason_code.addItem(shown_label(kind, code), code)
            form.addRow(self.tr("Reason code"), self.reason_code)
        if current is S.COMPLIANCE_REVIEW and target in (S.ACTIVE, S.INTAKE_PENDING):
            self.due = QDateEdit(QDate.currentDate().addDays(30))
            self.due.setObjectName("newDueDate")
            self.due.setCalendarPopup(True)
            self.due.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
            form.addRow(self.tr("New due date"), self.due)
        if current is S.WAITLISTED and target is S.INTAKE_PENDING:
            self.out_of_turn = QLineEdit()
            self.out_of_turn.setObjectName("outOfTurnReason")
            self.out_of_turn.setPlaceholderText(self.tr("only if others have waited longer"))
            form.addRow(self.tr("Why out of turn"), self.out_of_turn)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.unsaved = UnsavedChanges(self, confirm_discard)

    def reject(self) -> None:
        """Closing with changes not saved asks first (forms/unsaved.py)."""
        if self.unsaved.allows_leaving():
            super().reject()

    def values(self) -> tuple[str | None, str, dict]:
        """(reason code, reason text, details) for CaseService.transition."""
        details: dict = {}
        if self.exit_type is not None:
            details["exit_type"] = self.exit_type.currentData()
        if self.incident_date is not None:
            details |= {"incident_date": self.incident_date.date().toPython().isoformat(),
                        "description": self.description.text().strip(),
                        "staff_involved": self.staff.text().strip()}
        if self.out_of_turn is not None and self.out_of_turn.text().strip():
            details["out_of_turn_reason"] = self.out_of_turn.text().strip()
        if self.due is not None:
            details["new_due_date"] = self.due.date().toPython().isoformat()
        code = self.reason_code.currentData() if self.reason_code is not None else None
        return code, self.reason.text(), details
