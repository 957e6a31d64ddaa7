"""The Documents tab of a case: consent forms and their revocation forms, the
participation agreement, the prosecutor summary (and, for clerks and supervisors, the
summons) generated from the records, previewed, printed or saved where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
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
from lead_desktop.services.documents_service import DocumentService, Generated
from lead_desktop.services.revocation_document import revocation
from lead_desktop.ui import printing
from lead_desktop.ui.forms.actions import message_label


class DocumentsTab(QWidget):
    def __init__(self, documents: DocumentService, actor: Actor, consents: list,
                 summons_ids: list[str], agreement_case_id: str | None = None,
                 parent=None, summary_case_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self._svc, self._actor = documents, actor
        self.choice = QComboBox()
        self.choice.setObjectName("documentChoice")
        for consent in consents:
            self.choice.addItem(self.tr("Consent: %1 (%2)")
                                .replace("%1", consent.consent_type.replace("_", " "))
                                .replace("%2", consent.status), ("consent", consent.id))
        if allowed(actor, Data.CONSENTS, Access.WRITE):
            for consent in consents:
                if consent.status in ("active", "revoked"):
                    self.choice.addItem(self.tr("Revocation form: %1")
                                        .replace("%1", consent.consent_type.replace("_", " ")),
                                        ("revocation", consent.id))
        if summary_case_id and allowed(actor, Data.CASE_STATUS, Access.STATUS):
            self.choice.addItem(self.tr("Case summary for the prosecutor"),
                                ("prosecutor_summary", summary_case_id))
        if agreement_case_id:
            self.choice.addItem(self.tr("Participation agreement"),
                                ("agreement", agreement_case_id))
        for summons_id in summons_ids:
            self.choice.addItem(self.tr("Summons"), ("summons", summons_id))
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        self.language.addItem(self.tr("person's language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        buttons = QHBoxLayout()
        for text, name, handler in ((self.tr("Pre&view…"), "previewDocument", self._preview),
                                    (self.tr("&Print…"), "printDocument", self._print),
                                    (self.tr("&Save as PDF…"), "saveDocument", self._save)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(self.choice.count() > 0)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = message_label("documentMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.language)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def generate(self) -> Generated | None:
        kind, source = self.choice.currentData()
        try:
            if kind == "consent":
                made = self._svc.consent(self._actor, source, self.language.currentData())
            elif kind == "revocation":
                made = revocation(self._svc, self._actor, source, self.language.currentData())
            elif kind == "prosecutor_summary":
                made = self._svc.prosecutor_summary(self._actor, source)
            elif kind == "agreement":
                made = self._svc.participation_agreement(self._actor, source,
                                                         self.language.currentData())
            else:
                made = self._svc.summons(self._actor, source)
        except LeadError as exc:
            self.message.setText(exc.message)
            return None
        self.message.setText(self.tr("Generated %s.") % made.number)
        return made

    def save_to(self, folder: Path) -> Path | None:
        """Save the chosen document as a PDF in a folder the user chose."""
        made = self.generate()
        if made is None:
            return None
        # a reprint's number is "<number>/2": the slash cannot be in a file name
        path = folder / f"{made.number.replace('/', '-copy')}.pdf"
        path.write_bytes(made.pdf)
        self.message.setText(self.tr("Saved %s.") % path)
        return path

    def _preview(self) -> None:
        made = self.generate()
        if made is not None:
            printing.preview(made.pdf, made.number, self)

    def _print(self) -> None:
        made = self.generate()
        if made is not None:
            printing.print_with_dialog(made.pdf, made.number, self)

    def _save(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the PDF in"))
        if folder:
            self.save_to(Path(folder))
