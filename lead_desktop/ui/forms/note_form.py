"""The case note form (forms.md "Case note / contact"): a new note, the author's draft
reopened with what is stored and its version (a save over a newer version asks first), or
an amendment of a locked note: the original's words to correct, and the reason (required;
the original stays beside it)."""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.care.note_service import NoteInput, NoteService, NoteView
from lead_desktop.services.records import StaleRecord, ValidationFailed
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.length_counter import LengthCounter
from lead_desktop.ui.labels import offered_codes
from lead_desktop.ui.messages import error_words


def _minute(when):
    return when.astimezone(timezone.utc).replace(second=0, microsecond=0)


class NoteForm(QDialog):
    def __init__(self, notes: NoteService, actor: Actor, case_id: str, *, can_flag_part2: bool,
                 draft: NoteView | None = None, resolve_conflict=None, confirm_discard=None,
                 amends: NoteView | None = None, parent=None) -> None:
        super().__init__(parent)
        self._confirm_discard = confirm_discard or self._ask_discard
        self._resolve = resolve_conflict or (lambda conflict: conflict_dialog.ask(conflict, self))
        self.setObjectName("noteForm")
        self.setWindowTitle(self.tr("Amend note") if amends is not None else
                            self.tr("Case note") if draft is None else self.tr("Draft note"))
        self._notes, self._actor, self._case_id = notes, actor, case_id
        self.saved_id: str | None = None
        self.draft = draft                                  # the note being edited, if any
        self.amends = amends                                # the locked note corrected
        self.version = draft.row_version if draft else None  # the version on screen

        self.contact_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.contact_at.setObjectName("contactAt")
        self.contact_at.setCalendarPopup(True)
        self.contact_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("durationMin")
        self.duration.setRange(0, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(15)
        self.contact_type = QComboBox()
        self.contact_type.setObjectName("contactType")
        self._offer_contact_types()
        self.contact_at.dateChanged.connect(lambda _: self._offer_contact_types())
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        self.part2 = QCheckBox(self.tr("Holds information from a Part 2 program"))
        self.part2.setObjectName("part2")
        self.part2.setVisible(can_flag_part2)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Contact"), "contact_at", self.contact_at, required=True)
        self.errors.add_row(form, self.tr("Duration"), "duration_min", self.duration, required=True)
        self.errors.add_row(form, self.tr("Type"), "contact_type", self.contact_type, required=True)
        self.errors.add_row(form, self.tr("Note"), "text", self.text, required=True)
        self.counter = LengthCounter(self.text)
        form.addRow("", self.counter)
        form.addRow("", self.part2)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendmentReason")
        self.reason.setMaxLength(500)
        if amends is not None:
            self.errors.add_row(form, self.tr("Reason for the amendment"), "reason",
                                self.reason, required=True)
        self.message = QLabel()
        self.message.setObjectName("noteMessage")
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 460)
        if draft is not None or amends is not None:
            self._show(draft or amends)
        if amends is not None and amends.part2:  # an amendment of a Part 2 note stays Part 2
            self.part2.setEnabled(False)
        self._opened = self.data()  # what the form showed when it opened

    def _offer_contact_types(self) -> None:
        """The administrator's contact types in use on the contact's day (a draft's own
        type stays offered, even if retired since); the choice made is kept."""
        chosen = self.contact_type.currentData() or (self.draft.contact_type
                                                     if self.draft else None)
        self.contact_type.clear()
        keep = self.draft.contact_type if self.draft else None
        for words, code in offered_codes("contact_type", self.contact_at.date().toPython(),
                                         keep):
            self.contact_type.addItem(words, code)
        if chosen is not None and self.contact_type.findData(chosen) >= 0:
            self.contact_type.setCurrentIndex(self.contact_type.findData(chosen))

    def _show(self, draft: NoteView) -> None:
        """The stored draft, as it is stored (a blank form would save blanks over it)."""
        self.contact_at.setDateTime(QDateTime(draft.contact_at.astimezone().replace(tzinfo=None)))
        self.duration.setValue(draft.duration_min)
        self.contact_type.setCurrentIndex(self.contact_type.findData(draft.contact_type))
        self.text.setPlainText(draft.text)
        self.part2.setChecked(draft.part2)

    def data(self) -> NoteInput:
        draft = self.draft or self.amends
        when = self.contact_at.dateTime().toPython().astimezone(timezone.utc)
        if draft is not None and _minute(when) == _minute(draft.contact_at):
            when = draft.contact_at  # the editor shows minutes: keep the stored seconds
        return NoteInput(contact_at=when, duration_min=self.duration.value(),
                         contact_type=self.contact_type.currentData(),
                         text=self.text.toPlainText(), part2=self.part2.isChecked(),
                         counseling_note=draft.counseling_note if draft else False,
                         location=draft.location if draft else None,
                         participants_present=draft.participants_present if draft else None,
                         needs_addressed=draft.needs_addressed if draft else ())

    def save(self) -> None:
        try:
            if self.amends is not None:
                self.saved_id = self._notes.amend(self._actor, self.amends.id, self.data(),
                                                  self.reason.text())
            elif self.draft is None:
                self.saved_id = self._notes.add(self._actor, self._case_id, self.data())
            elif not self._save_draft():
                return
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.accept()

    def _save_draft(self) -> bool:
        try:
            self.version = self._notes.edit_draft(self._actor, self.draft.id, self.data(),
                                                  self.version)
        except StaleRecord as conflict:
            if self._resolve(conflict) != conflict_dialog.SAVE_MINE:
                self.message.setText(self.tr("Kept the version saved by someone else."))
                return False
            self.version = conflict.theirs["row_version"]  # a deliberate overwrite
            return self._save_draft()
        self.saved_id = self.draft.id
        return True

    def reject(self) -> None:
        """Nothing typed is lost by accident: closing a new note with text, or a draft with
        changes, asks first."""
        typed = self.data() != self._opened or bool(self.reason.text().strip()) \
            if self.draft is not None or self.amends is not None \
            else bool(self.text.toPlainText().strip())
        if typed and self.saved_id is None and not self._confirm_discard():
            return
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Discard this note?"),
                                      self.tr("The note has not been saved. Discard it?"))
        return answer == QMessageBox.StandardButton.Yes
