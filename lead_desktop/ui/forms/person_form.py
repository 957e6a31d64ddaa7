"""Correcting a person's record (forms.md "Person"): the form opens with what is stored and
its version; a save over a newer version shows both and asks. What the form does not show
(aliases, identifiers, phones, race) is saved back as stored."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import (
    LANGUAGES,
    SCALAR_FIELDS,
    SEXES,
    PersonInput,
    PersonView,
)
from lead_desktop.services.records import StaleRecord, ValidationFailed
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.birth_date_field import BirthDateField
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words

_TEXT_FIELDS = ("last_name", "first_name", "middle_name", "email", "address", "usual_location",
                "emergency_contact")
_OPTIONAL = set(_TEXT_FIELDS) - {"last_name", "first_name"}
_CHECKS = ("needs_interpreter", "unhoused", "safe_contact")


class PersonForm(QDialog):
    def __init__(self, people: PersonService, actor: Actor, person_id: str,
                 resolve_conflict=None, confirm_discard=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.setWindowTitle(self.tr("Person"))
        self._svc, self._actor, self._person_id = people, actor, person_id
        self._resolve = resolve_conflict or (lambda conflict: conflict_dialog.ask(conflict, self))
        self.edits = {name: QLineEdit() for name in _TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(f"person_{name}")
        self.dob = BirthDateField()  # a date, an estimated year, or unknown
        self.sex = QComboBox()
        self.sex.setObjectName("person_sex")
        self.sex.addItem("", None)
        for value in SEXES:
            self.sex.addItem(shown_label("sex", value), value)
        self.language = QComboBox()
        self.language.setObjectName("person_preferred_language")
        self.checks = {name: QCheckBox() for name in _CHECKS}
        for name, box in self.checks.items():
            box.setObjectName(f"person_{name}")
        labels = {"last_name": self.tr("Last name"), "first_name": self.tr("First name"),
                  "middle_name": self.tr("Middle name"), "email": self.tr("Email"),
                  "address": self.tr("Address"), "usual_location": self.tr("Usually found at"),
                  "emergency_contact": self.tr("Emergency contact")}
        self.checks["needs_interpreter"].setText(self.tr("needs an interpreter"))
        self.checks["unhoused"].setText(self.tr("unhoused"))
        self.checks["safe_contact"].setText(self.tr("safe to contact"))
        form = QFormLayout()
        self.errors = FieldErrors()
        # one name is enough (a mononym): the person stays flagged for completion
        self.errors.add_row(form, labels["last_name"], "last_name", self.edits["last_name"])
        self.errors.add_row(form, labels["first_name"], "first_name", self.edits["first_name"])
        form.addRow(labels["middle_name"], self.edits["middle_name"])
        self.errors.add_row(form, self.tr("Date of birth"), "dob", self.dob, True)
        self.errors.add_row(form, self.tr("Sex"), "sex", self.sex)
        self.errors.add_row(form, self.tr("Language"), "preferred_language", self.language, True)
        form.addRow("", self.checks["needs_interpreter"])
        for name in ("email", "address", "usual_location", "emergency_contact"):
            form.addRow(labels[name], self.edits[name])
        form.addRow("", self.checks["unhoused"])
        form.addRow("", self.checks["safe_contact"])
        self.message = message_label("personMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self.load(people.get(actor, person_id))
        self.unsaved = UnsavedChanges(self, confirm_discard)

    def load(self, stored: PersonView) -> None:
        """Show the stored record and remember it and its version for the next save."""
        self.stored, self.version = stored, stored.row_version
        for name, edit in self.edits.items():
            edit.setText(getattr(stored, name) or "")
        self.dob.show_stored(stored.dob, stored.dob_estimated)
        self.sex.setCurrentIndex(max(0, self.sex.findData(stored.sex)))
        self.language.clear()
        for value in dict.fromkeys((*LANGUAGES, stored.preferred_language)):
            self.language.addItem(shown_label("language", value), value)
        self.language.setCurrentIndex(max(0, self.language.findData(stored.preferred_language)))
        for name, box in self.checks.items():
            box.setChecked(bool(getattr(stored, name)))

    def data(self) -> PersonInput:
        """The stored record with what this form shows replaced by what it holds now;
        an empty optional field is saved as empty (None), as the person form does."""
        stored = self.stored
        base = PersonInput(**{name: getattr(stored, name) for name in SCALAR_FIELDS},
                           race=stored.race, phones=stored.phones, aliases=stored.aliases,
                           identifiers=stored.identifiers)
        typed = {}
        for name, edit in self.edits.items():
            shown = getattr(stored, name)
            if edit.text() == (shown or ""):
                typed[name] = shown  # untouched: exactly as stored
            else:
                typed[name] = edit.text().strip() or (None if name in _OPTIONAL else "")
        dob, estimated = self.dob.value()
        return replace(base, **typed, dob=dob, dob_estimated=estimated,
                       sex=self.sex.currentData(),
                       preferred_language=self.language.currentData(),
                       **{name: box.isChecked() for name, box in self.checks.items()})

    def save(self) -> bool:
        self.errors.clear()
        if self.dob.problem():
            self.errors.show({"dob": self.dob.problem()})
            self.message.setText(self.tr("Please correct the marked fields."))
            return False
        try:
            saved = self._svc.update(self._actor, self._person_id, self.version, self.data())
        except StaleRecord as conflict:
            if self._resolve(conflict) != conflict_dialog.SAVE_MINE:
                self.message.setText(self.tr("Kept the version saved by someone else."))
                return False
            self.version = conflict.theirs["row_version"]  # a deliberate overwrite
            return self.save()
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self.message.setText(self.tr("Please correct the marked fields."))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.load(saved)
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Saved."))
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Closing with changes not saved asks first (forms/unsaved.py)."""
        if self.unsaved.allows_leaving():
            super().reject()
