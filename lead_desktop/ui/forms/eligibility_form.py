"""The prosecutor's eligibility review (forms.md "Eligibility review"): the checklist from
the program profile, the reviewer's answers, the records-check record, and the decision."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from lead_desktop.errors import ConflictError, LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.cases.eligibility_service import (
    HISTORY_RESULTS,
    HISTORY_SOURCES,
    EligibilityService,
    HistoryCheck,
)
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import dob_text
from lead_desktop.services.program.eligibility import DECISIONS, REASON_CODES, REVIEWER_ITEMS
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words, shown


def words(message, english: str) -> str:
    """A checklist label or reason in the user's language (its English when not a message)."""
    return shown(message) if message is not None else english


RESULT_MARK = {"pass": QT_TRANSLATE_NOOP("EligibilityForm", "✔ pass"),
               "fail": QT_TRANSLATE_NOOP("EligibilityForm", "✘ FAIL"),
               "unknown": QT_TRANSLATE_NOOP("EligibilityForm", "? unknown")}


class EligibilityForm(QDialog):
    def __init__(self, eligibility: EligibilityService, people: PersonService, actor: Actor,
                 case_id: str, person_id: str | None = None, confirm_discard=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityForm")
        self.setWindowTitle(self.tr("Eligibility review"))
        self._svc, self._actor, self._case_id = eligibility, actor, case_id
        self.decided = None
        heading = QLabel()
        if person_id:
            who = people.summary(actor, person_id)  # name and DOB only (audited)
            heading.setText(self.tr("<b>%1, %2</b> — born %3").replace(
                "%1", escape(who.last_name)).replace("%2", escape(who.first_name or "?"))
                .replace("%3", dob_text(who.dob, who.dob_estimated)))
        self.checklist_box = QGroupBox(self.tr("Checklist"))
        self.grid = QGridLayout(self.checklist_box)
        self.answers: dict[str, QButtonGroup] = {}
        # the answers are made now, before the fields below: Tab follows creation order,
        # so it goes down the form as it reads
        self.show_checklist(self._svc.checklist(actor, case_id))

        history = QGroupBox(self.tr("Criminal-history check (a record that it was done; never "
                                    "the history itself)"))
        self.checked_by = QLineEdit()
        self.checked_by.setObjectName("checkedBy")
        self.source = QComboBox()
        self.source.setObjectName("historySource")
        for code in HISTORY_SOURCES:
            self.source.addItem(shown_label("history_source", code), code)
        self.result = QComboBox()
        self.result.setObjectName("historyResult")
        for code in HISTORY_RESULTS:
            self.result.addItem(shown_label("history_result", code), code)
        record_check = QPushButton(self.tr("Record the check"))
        record_check.setObjectName("recordCheck")
        record_check.clicked.connect(self.record_check)
        form = QFormLayout(history)
        self.check_errors = FieldErrors()
        self.check_errors.add_row(form, self.tr("Checked by"), "checked_by", self.checked_by)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Result"), self.result)
        form.addRow("", record_check)
        self.stored_check = self._svc.history_check(actor, case_id)
        if self.stored_check is not None:  # open with what is recorded, not blank fields
            self.checked_by.setText(self.stored_check.checked_by or "")
            self.source.setCurrentIndex(self.source.findData(self.stored_check.source))
            self.result.setCurrentIndex(self.result.findData(self.stored_check.result))

        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.setAccessibleName(self.tr("Decision"))
        for code in DECISIONS:
            self.decision.addItem(shown_label("decision", code), code)
        self.reason_code = QComboBox()
        self.reason_code.setObjectName("reasonCode")
        self.reason_code.setAccessibleName(self.tr("Reason code"))
        self.reason_code.addItem(self.tr("Reason code…"), None)
        for code in REASON_CODES:
            self.reason_code.addItem(shown_label("eligibility_reason", code), code)
        self.reason_text = QLineEdit()
        self.reason_text.setObjectName("reasonText")
        self.reason_text.setAccessibleName(self.tr("Reason, in words"))
        self.reason_text.setPlaceholderText(self.tr("Reason, in words"))
        decide = QPushButton(self.tr("&Record decision"))
        decide.setObjectName("recordDecision")
        decide.clicked.connect(self.decide)
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Decision")), self.decision, self.reason_code,
                       self.reason_text, decide):
            row.addWidget(widget)
        self.message = message_label("eligibilityMessage")
        layout = QVBoxLayout(self)
        for widget in (heading, self.checklist_box, history):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.resize(820, 560)
        self.unsaved = UnsavedChanges(self, confirm_discard)

    def reject(self) -> None:
        """Answers are saved as they are given; typed text not yet recorded asks first."""
        if self.unsaved.allows_leaving():
            super().reject()

    def show_checklist(self, checklist) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.answers.clear()
        self.rows = {}
        self._remember_answers(checklist)
        for row, item in enumerate(checklist.items):
            mark = QLabel(self.tr(RESULT_MARK[item.result.value]))
            mark.setObjectName(f"result_{item.key}")
            self.grid.addWidget(QLabel(words(item.label_words, item.label)), row, 0)
            self.grid.addWidget(mark, row, 1)
            reason = QLabel(words(item.reason_words, item.reason))
            reason.setObjectName(f"reason_{item.key}")
            self.grid.addWidget(reason, row, 2)
            self.rows[item.key] = mark
            if item.key in REVIEWER_ITEMS:
                group = QButtonGroup(self)
                for column, (text, value) in enumerate(((self.tr("applies"), True),
                                                        (self.tr("does not apply"), False))):
                    button = QRadioButton(text)
                    button.setObjectName(f"{item.key}_{'yes' if value else 'no'}")
                    # an earlier answer shows as chosen (set before the signal is connected)
                    button.setChecked(item.result.value == ("fail" if value else "pass"))
                    button.toggled.connect(
                        lambda on, k=item.key, v=value: on and self.answer(k, v))
                    group.addButton(button)
                    self.grid.addWidget(button, row, 3 + column)
                self.answers[item.key] = group

    def _remember_answers(self, checklist) -> None:
        """The answers shown (a reviewer item's result is its answer), sent with the next
        answer so one given meanwhile on another desk is not replaced unseen."""
        shown = {"fail": True, "pass": False}
        self.shown_answers = {item.key: shown.get(item.result.value) for item in checklist.items
                              if item.key in REVIEWER_ITEMS}

    def answer(self, key: str, applies: bool) -> None:
        try:
            checklist = self._svc.answer(self._actor, self._case_id, key, applies,
                                         seen=self.shown_answers.get(key))
        except ConflictError as exc:  # show the answers as they are stored now
            self.show_checklist(self._svc.checklist(self._actor, self._case_id))
            self.message.setText(error_words(exc))
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        for item in checklist.items:
            self.rows[item.key].setText(self.tr(RESULT_MARK[item.result.value]))
        self._remember_answers(checklist)
        self.unsaved.mark_saved()

    def record_check(self) -> None:
        stored = self.stored_check
        check = HistoryCheck(self.checked_by.text(), self._svc.now(),
                             self.source.currentData(), self.result.currentData())
        if stored is not None:  # the note and prior convictions it does not show stay
            check = replace(check, note=stored.note, prior_convictions=stored.prior_convictions)
        self.check_errors.clear()
        try:
            self._svc.record_history_check(self._actor, self._case_id, check, seen=stored)
        except ValidationFailed as exc:  # beside the field, in the user's language
            self.check_errors.show(exc.problems)
            self.message.setText(self.check_errors.summary(exc.problems))
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.stored_check = check
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Check recorded."))

    def decide(self) -> None:
        try:
            self.decided = self._svc.decide(self._actor, self._case_id,
                                            self.decision.currentData(),
                                            self.reason_code.currentData(),
                                            self.reason_text.text())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Decision recorded: the case is now %1.")
                             .replace("%1", shown_label("state", self.decided)))
