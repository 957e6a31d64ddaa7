"""The Documents tab of a case: consent forms and their revocation forms, the
participation agreement, the prosecutor summary (and, for clerks and supervisors, the
summons) generated from the records, previewed, printed, or — deliberately — saved to disk:
the user confirms that the file is not encrypted, it goes by default to a folder in their
own profile, and the save is audited as an export (services/exports.py). An administrator
can turn saving off; printing on paper stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.case_letters import completion_notice, decline_letter
from lead_desktop.services.documents_service import DocumentService, Generated
from lead_desktop.services.exports import ExportService, ready_export_folder
from lead_desktop.services.revocation_document import revocation
from lead_desktop.services.signing import CASE_MANAGER, PARTICIPANT, SigningService
from lead_desktop.ui import printing
from lead_desktop.ui.attachments.signature_pad import SignatureDialog
from lead_desktop.ui.attachments.signed_copy_box import SignedCopyBox
from lead_desktop.ui.export_guard import allow_file_output, confirm_unencrypted
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words


class DocumentsTab(QWidget):
    changed = Signal()  # a signed agreement or revocation was kept: the case or consent moved

    def __init__(self, documents: DocumentService, actor: Actor, consents: list,
                 summons_ids: list[str], agreement_case_id: str | None = None,
                 parent=None, summary_case_id: str | None = None, *,
                 letter_case: tuple[str, str] | None = None,
                 exports: ExportService | None = None,
                 attachments: AttachmentService | None = None) -> None:
        """`letter_case`: (case id, state) of a case that ended ineligible or completed,
        whose decline letter or DA completion notice can be printed."""
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self._svc, self._actor = documents, actor
        self._exports = exports or ExportService(documents.db, documents.now)
        self.choice = QComboBox()
        self.choice.setObjectName("documentChoice")
        self.offer_consents(consents)
        if summary_case_id and allowed(actor, Data.CASE_SUMMARY, Access.READ):
            self.choice.addItem(self.tr("Case summary for the prosecutor"),
                                ("prosecutor_summary", summary_case_id))
        if agreement_case_id:
            self.choice.addItem(self.tr("Participation agreement"),
                                ("agreement", agreement_case_id))
        for summons_id in summons_ids:
            self.choice.addItem(self.tr("Summons"), ("summons", summons_id))
        self.offer_letter(letter_case)
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        self.language.addItem(self.tr("person's language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for text, name, handler in ((self.tr("Pre&view…"), "previewDocument", self._preview),
                                    (self.tr("&Print…"), "printDocument", self._print),
                                    (self.tr("&Save as PDF…"), "saveDocument", self._save)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(self.choice.count() > 0)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[name] = button
        if not self._exports.saving_allowed():
            save = self.buttons["saveDocument"]
            save.setEnabled(False)
            save.setToolTip(self.tr("Saving to disk is turned off for this program: print "
                                    "on paper instead."))
        sign = QPushButton(self.tr("Sign on s&creen…"))
        sign.setObjectName("signDocument")
        sign.setToolTip(self.tr("The participant signs the agreement or revocation on the "
                                "signature pad; the signed form is kept as an attachment."))
        sign.clicked.connect(lambda: self.sign_on_screen())
        buttons.addWidget(sign)
        self.buttons["signDocument"] = sign
        buttons.addStretch(1)
        self.message = message_label("documentMessage")
        attachments = attachments or AttachmentService(documents.db, documents.now)
        self.signed_copy = SignedCopyBox(attachments, actor)
        self.choice.currentIndexChanged.connect(self._show_signed_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.language)
        layout.addLayout(buttons)
        layout.addWidget(self.signed_copy)
        layout.addWidget(self.message)
        self._show_signed_copy()
        layout.addStretch(1)

    def offer_consents(self, consents: list) -> None:
        """Offer each consent's form (and a revocation form for one in force or revoked),
        first in the list; kept in step as consents are made and signed."""
        chosen = self.choice.currentData()
        for index in reversed(range(self.choice.count())):
            if self.choice.itemData(index)[0] in ("consent", "revocation"):
                self.choice.removeItem(index)
        offered = [(self.tr("Consent: %1 (%2)")
                    .replace("%1", shown_label("consent_type", consent.consent_type))
                    .replace("%2", shown_label("consent_status", consent.status)),
                    ("consent", consent.id)) for consent in consents]
        if allowed(self._actor, Data.CONSENTS, Access.WRITE):
            offered += [(self.tr("Revocation form: %1")
                         .replace("%1", shown_label("consent_type", consent.consent_type)),
                         ("revocation", consent.id))
                        for consent in consents if consent.status in ("active", "revoked")]
        for index, (text, data) in enumerate(offered):
            self.choice.insertItem(index, text, data)
        if chosen is not None and self.choice.findData(chosen) >= 0:
            self.choice.setCurrentIndex(self.choice.findData(chosen))
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        for name in ("previewDocument", "printDocument", "saveDocument"):
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setEnabled(self.choice.count() > 0)

    def offer_letter(self, letter_case: tuple[str, str] | None) -> None:
        """Offer the letter the case's end state names (kept in step as the case moves)."""
        for index in reversed(range(self.choice.count())):
            if self.choice.itemData(index)[0] in ("decline_letter", "completion_notice"):
                self.choice.removeItem(index)
        if letter_case and letter_case[1] == "ineligible":
            self.choice.addItem(self.tr("Decline letter"), ("decline_letter", letter_case[0]))
        if letter_case and letter_case[1] == "completed":
            self.choice.addItem(
                self.tr("Completion notice (to the prosecutor, copy to the participant)"),
                ("completion_notice", letter_case[0]))
        self._enable_buttons()

    def _show_signed_copy(self) -> None:
        """A consent's signed copy beside its generated form; signing offered where the
        chosen form has signature lines this tab signs (agreement, revocation)."""
        data = self.choice.currentData()
        kind, source = data if data else (None, None)
        self.signed_copy.show_for(source if kind == "consent" else None)
        sign = self.buttons.get("signDocument")
        if sign is not None:
            sign.setVisible(kind in ("agreement", "revocation"))

    def sign_on_screen(self, run=None) -> None:
        """The chosen agreement or revocation, signed on the pad and kept as an attachment
        (`run` lets tests drive the pad instead of showing it modally)."""
        kind, source = self.choice.currentData()
        signers = [PARTICIPANT, CASE_MANAGER] if kind == "agreement" else [PARTICIPANT]
        dialog = SignatureDialog(signers, {CASE_MANAGER: self._actor.username},
                                 witness_offered=kind == "revocation",
                                 title=self.choice.currentText(), parent=self)
        (run or SignatureDialog.exec)(dialog)
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        signing = SigningService(self._svc.db, self._svc.now, documents=self._svc)
        try:
            if kind == "agreement":
                copy = signing.sign_agreement(self._actor, source, dialog.inks(),
                                              language=self.language.currentData())
            else:
                copy = signing.sign_revocation(self._actor, source, dialog.inks(),
                                               language=self.language.currentData())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(self.tr("Signed on screen: kept as %1 in Attachments.")
                             .replace("%1", copy.title))
        self.changed.emit()

    def generate(self) -> Generated | None:
        kind, source = self.choice.currentData()
        try:
            if kind == "consent":
                made = self._svc.consent(self._actor, source, self.language.currentData())
            elif kind == "decline_letter":
                made = decline_letter(self._svc, self._actor, source,
                                      self.language.currentData())
            elif kind == "completion_notice":
                made = completion_notice(self._svc, self._actor, source,
                                         self.language.currentData())
            elif kind == "revocation":
                made = revocation(self._svc, self._actor, source, self.language.currentData())
            elif kind == "prosecutor_summary":
                made = self._svc.prosecutor_summary(self._actor, source)
            elif kind == "agreement":
                made = self._svc.participation_agreement(self._actor, source,
                                                         self.language.currentData())
            else:
                made = self._svc.summons(self._actor, source,
                                         language=self.language.currentData())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return None
        self.message.setText(self.tr("Generated %s.") % made.number)
        return made

    def save_to(self, folder: Path) -> Path | None:
        """Generate the chosen document and save it as a PDF in `folder` (audited export)."""
        made = self.generate()
        if made is None:
            return None
        # a reprint's number is "<number>/2": the slash cannot be in a file name
        return self._write(made, folder / f"{made.number.replace('/', '-copy')}.pdf")

    def _write(self, made: Generated, path: Path) -> Path | None:
        try:
            saved = self._exports.save_pdf(self._actor, made.number, made.pdf, path)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return None
        self.message.setText(self.tr("Saved %s (not encrypted).") % saved)
        return saved

    # --- asking the user (tests answer these without a modal dialog) ---

    def confirm_unencrypted(self) -> bool:
        return confirm_unencrypted(self)

    def choose_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF as"), str(suggested),
                                              self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    # --- the buttons ---

    def _preview(self) -> None:
        made = self.generate()
        if made is not None:
            printing.preview(made.pdf, made.number, self)

    def _print(self) -> None:
        made = self.generate()
        if made is not None:
            printing.print_with_dialog(made.pdf, made.number, self,
                                       to_file=lambda where: self.allow_print_to_file(made, where))

    def allow_print_to_file(self, made: Generated, where: str) -> bool:
        """A printer that writes a file makes an export: allowed, confirmed, audited."""
        return allow_file_output(self._exports, self._actor, [(made.number, made.pdf)], where,
                                 "print_to_file", confirm=self.confirm_unencrypted,
                                 tell=self.message.setText)

    def save(self) -> Path | None:
        """Save as PDF: allowed, confirmed, a place in the user's profile by default."""
        if not self._exports.saving_allowed():
            self.message.setText(self.tr("Saving to disk is turned off for this program: "
                                         "print on paper instead."))
            return None
        if not self.confirm_unencrypted():
            return None
        made = self.generate()
        if made is None:
            return None
        folder = ready_export_folder()
        path = self.choose_path(folder / f"{made.number.replace('/', '-copy')}.pdf")
        return self._write(made, path) if path is not None else None

    def _save(self) -> None:
        self.save()
