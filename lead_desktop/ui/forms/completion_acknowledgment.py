"""The prosecutor's reviewer opens a completion notice from their queue: who completed the
program and when, the notice itself to read, and "Acknowledge", after which the notice
leaves the queue. Opened from the DA's work queue."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.cases import completion_notices
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import dob_text
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.messages import error_words


class CompletionAcknowledgment(QDialog):
    def __init__(self, cases: CaseService, people: PersonService, actor: Actor, case_id: str,
                 person_id: str, preview=None, parent=None) -> None:
        """`preview(case_id)` shows the completion notice (the print path's preview)."""
        super().__init__(parent)
        self.setObjectName("completionAcknowledgment")
        self.setWindowTitle(self.tr("Completion notice"))
        self._db, self._actor, self._case_id = cases.db, actor, case_id
        person = people.summary(actor, person_id)  # name and date of birth only (audited)
        case = cases.get(actor, case_id)
        summary = QLabel(self.tr("<b>%1</b>, born %2<br>Completed the program on %3. The "
                                 "notice tells your office that the charges for this "
                                 "referral are not to be filed.")
                         .replace("%1", escape(f"{person.last_name}, {person.first_name}"))
                         .replace("%2", dob_text(person.dob, person.dob_estimated))
                         .replace("%3", f"{case.state_since:%m/%d/%Y}"))
        summary.setObjectName("completionSummary")
        summary.setWordWrap(True)
        self.message = message_label("completionMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if preview is not None:
            read = QPushButton(self.tr("&Read the notice…"))
            read.setObjectName("readCompletionNotice")
            read.clicked.connect(lambda: preview(case_id))
            buttons.addButton(read, QDialogButtonBox.ButtonRole.ActionRole)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.acknowledge_button.setObjectName("acknowledgeCompletion")
        self.acknowledge_button.clicked.connect(lambda: self.acknowledge())
        buttons.addButton(self.acknowledge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def acknowledge(self) -> bool:
        try:
            completion_notices.acknowledge(self._db, self._actor, self._case_id)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.accept()
        return True
