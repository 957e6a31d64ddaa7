"""Recording a consent (forms.md "Consent record"), then its signature and signed copy.
A draft reopens with what is stored and its version; saving it again corrects that draft
(never a second one), and a save over a newer version asks first."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import (
    Anchor,
    AttachmentService,
    AttachmentView,
)
from lead_desktop.services.consent.consent_service import ConsentInput, ConsentService, Signature
from lead_desktop.services.consent.rules import CJ_REFERRAL, CONSENT_TYPES
from lead_desktop.services.records import StaleRecord, ValidationFailed
from lead_desktop.services.signing import PARTICIPANT, SigningService
from lead_desktop.ui.attachments.importing import ask_delete_source, import_file
from lead_desktop.ui.attachments.signature_pad import SignatureDialog
from lead_desktop.ui.forms import conflict_dialog
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.consent_wording import TranslationFlag, picker
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.length_counter import LengthCounter
from lead_desktop.ui.forms.problem_words import in_one_line
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ConsentForm(QDialog):
    def __init__(self, consents: ConsentService, actor: Actor, person_id: str,
                 case_id: str | None, confirm_discard=None, consent_id: str | None = None,
                 resolve_conflict=None, parent=None, *,
                 attachments: AttachmentService | None = None,
                 delete_source=None) -> None:
        """`delete_source(path)`: asked once the signed copy is inside the database (tests
        answer it without a modal dialog)."""
        super().__init__(parent)
        self._attachments = attachments or AttachmentService(consents.db, consents.now)
        self._delete_source = delete_source or (lambda path: ask_delete_source(self, path))
        self.setObjectName("consentForm")
        self.setWindowTitle(self.tr("Consent"))
        self._svc, self._actor, self._person_id, self._case_id = consents, actor, person_id, case_id
        self._resolve = resolve_conflict or (lambda conflict: conflict_dialog.ask(conflict, self))
        self.consent_id: str | None = consent_id
        self.version: int | None = None      # the stored draft's version this form shows
        self._stored: ConsentInput | None = None
        self.consent_type = QComboBox()
        self.consent_type.setObjectName("consentType")
        for value in CONSENT_TYPES:
            self.consent_type.addItem(shown_label("consent_type", value), value)
        self.discloser = QLineEdit(self.tr("LEAD program case management"))
        self.discloser.setObjectName("discloser")
        self.recipient_name = QLineEdit()
        self.recipient_name.setObjectName("recipientName")
        self.recipient_address = QLineEdit()
        self.recipient_address.setObjectName("recipientAddress")
        self.recipient_class = QLineEdit()
        self.recipient_class.setObjectName("recipientClass")
        self.recipient_class.setAccessibleName(self.tr("Recipient class"))
        self.recipient_class.setPlaceholderText(self.tr("or a class, e.g. treatment provider"))
        self.information = QPlainTextEdit()
        self.information.setObjectName("information")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.expires_on = QDateEdit(QDate.currentDate().addYears(1))
        self.expires_on.setObjectName("expiresOn")
        self.expires_on.setCalendarPopup(True)
        self.expires_on.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
        self.revocable_after = QDateEdit(QDate.currentDate().addMonths(6))
        self.revocable_after.setObjectName("revocableAfter")
        self.revocable_after.setCalendarPopup(True)
        self.revocable_after.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
        self.language = QComboBox()
        for code in ("en", "es"):
            self.language.addItem(shown_label("language", code), code)
        form = QFormLayout()
        self.errors = FieldErrors()
        e = self.errors.add_row
        e(form, self.tr("Type"), "consent_type", self.consent_type, True)
        e(form, self.tr("Who discloses"), "discloser", self.discloser, True)
        e(form, self.tr("Recipient"), "recipients", self.recipient_name, True)
        form.addRow(self.tr("Recipient's address"), self.recipient_address)
        form.addRow("", self.recipient_class)
        prompt = self.tr("Choose wording (English / Spanish)…")
        form.addRow("", picker("recipient_class", self.recipient_class, "recipientClassChoice",
                               prompt, self.tr("Recipient class in both languages")))
        e(form, self.tr("What information (be specific)"), "information_description",
          self.information, True)
        form.addRow("", LengthCounter(self.information))
        form.addRow("", picker("information", self.information, "informationChoice", prompt,
                               self.tr("Information in both languages")))
        e(form, self.tr("Purpose of the disclosure"), "purpose", self.purpose, True)
        form.addRow("", picker("purpose", self.purpose, "purposeChoice", prompt,
                               self.tr("Purpose in both languages")))
        e(form, self.tr("Expires on"), "expires_on", self.expires_on, True)
        e(form, self.tr("§2.35: revocable after"), "cj_revocable_after", self.revocable_after)
        form.addRow(self.tr("Language"), self.language)
        self.translation_flag = TranslationFlag(
            {self.tr("recipient class"): self.recipient_class,
             self.tr("information"): self.information, self.tr("purpose"): self.purpose},
            self.language)
        form.addRow("", self.translation_flag)
        save = QPushButton(self.tr("Save (draft)"))
        save.setObjectName("saveConsent")
        save.clicked.connect(self.save)
        self.signed_by = QLineEdit()
        self.signed_by.setObjectName("signedBy")
        self.method = QComboBox()
        self.method.addItem(self.tr("wet ink, scanned"), "wet_ink_scanned")
        self.method.addItem(self.tr("e-signature"), "e_signature")
        attach = QPushButton(self.tr("Signed copy… and activate"))
        attach.setObjectName("attachSigned")
        attach.clicked.connect(self._choose_copy)
        on_screen = QPushButton(self.tr("Sign on &screen… and activate"))
        on_screen.setObjectName("signOnScreen")
        on_screen.clicked.connect(lambda: self.sign_on_screen())
        signing = QFormLayout()
        signing.addRow(self.tr("Signed by"), self.signed_by)
        signing.addRow(self.tr("Method"), self.method)
        signing.addRow("", attach)
        signing.addRow("", on_screen)
        self.message = message_label("consentMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addLayout(signing)
        layout.addWidget(self.message)
        self.consent_type.currentIndexChanged.connect(self._show_cj_fields)
        self._show_cj_fields()
        if consent_id is not None:
            self._load(*consents.draft(actor, consent_id))
        self.unsaved = UnsavedChanges(self, confirm_discard)

    def _load(self, stored: ConsentInput, version: int) -> None:
        """Show the stored draft (a blank form would save blanks over it)."""
        self._stored, self.version, self._case_id = stored, version, stored.case_id
        self.consent_type.setCurrentIndex(self.consent_type.findData(stored.consent_type))
        self.discloser.setText(stored.discloser)
        first = stored.recipients[0] if stored.recipients else {}
        self.recipient_name.setText(first.get("name", ""))
        self.recipient_address.setText(first.get("address", ""))
        self.recipient_class.setText(first.get("class", ""))
        self.information.setPlainText(stored.information_description)
        self.purpose.setText(stored.purpose)
        if stored.expires_on is not None:
            self.expires_on.setDate(QDate(stored.expires_on))
        if stored.cj_revocable_after is not None:
            self.revocable_after.setDate(QDate(stored.cj_revocable_after))
        self.language.setCurrentIndex(max(0, self.language.findData(stored.language)))
        self._loaded_dates = (self.expires_on.date(), self.revocable_after.date())

    def reject(self) -> None:
        """Closing with changes not saved asks first (forms/unsaved.py)."""
        if self.unsaved.allows_leaving():
            super().reject()

    def _show_cj_fields(self) -> None:
        self.revocable_after.setEnabled(self.consent_type.currentData() == CJ_REFERRAL)

    def data(self) -> ConsentInput:
        recipient = {k: v for k, v in (("name", self.recipient_name.text().strip()),
                                       ("address", self.recipient_address.text().strip()),
                                       ("class", self.recipient_class.text().strip())) if v}
        cj = self.consent_type.currentData() == CJ_REFERRAL
        typed = ConsentInput(
            person_id=self._person_id, case_id=self._case_id,
            consent_type=self.consent_type.currentData(), discloser=self.discloser.text(),
            recipients=(recipient,) if recipient else (),
            information_description=self.information.toPlainText(),
            purpose=self.purpose.text(), language=self.language.currentData(),
            expires_on=self.expires_on.date().toPython(),
            cj_revocable_after=self.revocable_after.date().toPython() if cj else None)
        stored = self._stored
        if stored is None:
            return typed
        # what this form does not show stays as stored: more recipients, events, witness
        expires, revocable = self._loaded_dates
        return replace(
            stored, **{k: getattr(typed, k) for k in (
                "consent_type", "discloser", "information_description", "purpose", "language")},
            recipients=typed.recipients + stored.recipients[1:],
            expires_on=stored.expires_on if self.expires_on.date() == expires
            else typed.expires_on,
            cj_revocable_after=None if not cj else (
                stored.cj_revocable_after if self.revocable_after.date() == revocable
                and stored.consent_type == CJ_REFERRAL else typed.cj_revocable_after))

    def save(self) -> bool:
        self.errors.clear()
        try:
            if not self._save():
                self.message.setText(self.tr("Kept the version saved by someone else."))
                return False
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self.message.setText(self.tr("Please correct the marked fields."))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Saved as a draft: attach the signed copy to activate it."))
        return True

    def _save(self) -> bool:
        """The first save records the draft; later ones correct it at the version shown.
        False when someone saved first and the user keeps their version."""
        data = self.data()
        if self.consent_id is None:
            view = self._svc.record(self._actor, data)
            self.consent_id = view.id
        else:
            try:
                view = self._svc.edit_draft(self._actor, self.consent_id, data, self.version)
            except StaleRecord as conflict:
                if self._resolve(conflict) != conflict_dialog.SAVE_MINE:
                    return False
                self.version = conflict.theirs["row_version"]  # a deliberate overwrite
                return self._save()
        self.version, self._stored = view.row_version, data
        self._loaded_dates = (self.expires_on.date(), self.revocable_after.date())
        return True

    def _choose_copy(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The signed consent (scan or PDF)"))
        if chosen:
            self.activate(Path(chosen))

    def activate(self, signed_copy: Path) -> None:
        """Attach the signed copy (kept encrypted in the database; the original file may be
        deleted), then activate the consent with the attachment's hash."""
        if (self.consent_id is None or self.unsaved.dirty) and not self.save():
            return
        copy = import_file(self._attachments, self._actor, "signed_consent",
                           Anchor(consent_id=self.consent_id), signed_copy,
                           title=self.tr("Signed consent (%1)").replace(
                               "%1", self.method.currentText()), source="scan",
                           delete_source=self._delete_source, tell=self.message.setText)
        if copy is not None:
            self.activate_with(copy)

    def sign_on_screen(self, run=None) -> None:
        """The participant (and a witness, if one signs) sign on the pad; the signed form is
        kept as the signed copy and the consent becomes active. `run` lets tests drive the
        pad instead of showing it modally."""
        if (self.consent_id is None or self.unsaved.dirty) and not self.save():
            return
        dialog = SignatureDialog([PARTICIPANT], {PARTICIPANT: self.signed_by.text()},
                                 witness_offered=True,
                                 witness_wanted=bool(self._stored and self._stored.witness),
                                 title=self.tr("Sign the consent"), parent=self)
        (run or SignatureDialog.exec)(dialog)
        if dialog.result() != QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Not signed: the consent stays a draft."))
            return
        try:
            SigningService(self._svc.db, self._svc.now).sign_consent(
                self._actor, self.consent_id, dialog.inks(),
                language=self.language.currentText(), expected_version=self.version)
        except ValidationFailed as exc:
            self.message.setText(in_one_line(exc.problems))
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(self.tr("Signed on screen: the consent is active."))
        self.accept()

    def activate_with(self, copy: AttachmentView) -> None:
        """Activate with a signed copy already attached (a scan, or a signature pad's)."""
        try:
            self._svc.activate(self._actor, self.consent_id, Signature(
                signed_by=self.signed_by.text(), signed_at=self._svc.now(),  # its clock
                signature_method=self.method.currentData(),
                scanned_copy_sha256=copy.sha256), expected_version=self.version)
        except ValidationFailed as exc:
            self.message.setText(in_one_line(exc.problems))
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(self.tr("The consent is active."))
        self.accept()
