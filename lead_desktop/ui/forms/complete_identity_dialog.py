"""Completing a person recorded at a street referral without a first name or date of birth:
the two fields, saved through the person service (validated, audited, stale saves refused)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonView, input_of
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.birth_date_field import BirthDateField
from lead_desktop.ui.forms.field_errors import FieldErrors


class CompleteIdentityDialog(QDialog):
    def __init__(self, people: PersonService, actor: Actor, person: PersonView,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("completeIdentityDialog")
        self.setWindowTitle(self.tr("Complete %1").replace("%1", person.display_name))
        self._people, self._actor, self._person = people, actor, person
        self.saved: PersonView | None = None
        self.first_name = QLineEdit(person.first_name)
        self.first_name.setObjectName("completeFirstName")
        self.dob = BirthDateField()
        if person.dob is not None and person.dob_estimated:
            self.dob.set_estimated_year(person.dob.year)
        elif person.dob is not None:
            self.dob.date.setDate(person.dob)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("First name"), "first_name", self.first_name)
        self.errors.add_row(form, self.tr("Date of birth"), "dob", self.dob, required=True)
        self.message = message_label("completeIdentityMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.errors.clear()
        if self.dob.problem():
            self.errors.show({"dob": self.dob.problem()})
            return
        dob, estimated = self.dob.value()
        data = replace(input_of(self._person), first_name=self.first_name.text(), dob=dob,
                       dob_estimated=estimated)
        try:
            self.saved = self._people.update(self._actor, self._person.id,
                                             self._person.row_version, data)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except LeadError as exc:  # a stale save names both versions; nothing was written
            self.message.setText(exc.message)
            return
        self.accept()
