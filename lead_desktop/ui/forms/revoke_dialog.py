"""Revoke… (Consents and intake tab): the participant's revocation of a consent recorded,
with the day it was received, how (in writing: the consent forms say a revocation is made
in writing, forms.md), and the signed revocation form when there is one, kept with the
consent. From then on disclosures under the consent are refused; those already made in
reliance on it stand."""

from __future__ import annotations

from datetime import datetime, time, timezone
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.services.attachments.kinds import CONSENT
from lead_desktop.services.consent.consent_service import ConsentService, ConsentView
from lead_desktop.ui import shown_time
from lead_desktop.ui.attachments.importing import import_file
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words

#: How a revocation reaches the program: always in writing (stored as these words).
RECEIVED = ("in writing: the signed revocation form",
            "in writing: a letter or note signed by the participant")


class RevokeDialog(QDialog):
    def __init__(self, consents: ConsentService, attachments: AttachmentService, actor: Actor,
                 consent: ConsentView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke the consent"))
        self._svc, self._files, self._actor, self._consent = consents, attachments, actor, consent
        today = QDate(shown_time.today(consents.now()))
        self.day = QDateEdit(today)
        self.day.setObjectName("revokedOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")  # not the Windows locale's
        self.day.setMaximumDate(today)
        self.how = QComboBox()
        self.how.setObjectName("receivedHow")
        self.how.addItem(self.tr("In writing: the signed revocation form"), RECEIVED[0])
        self.how.addItem(self.tr("In writing: a letter or note signed by the participant"),
                         RECEIVED[1])
        self.form_path = QLineEdit()
        self.form_path.setObjectName("revocationFile")
        self.form_path.setReadOnly(True)
        self.form_path.setPlaceholderText(self.tr("no scan attached (optional)"))
        browse = QPushButton(self.tr("&Attach the signed form…"))
        browse.setObjectName("chooseRevocationFile")
        browse.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.form_path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Consent"), QLabel(shown_label("consent_type", consent.consent_type)))
        form.addRow(self.tr("Received on"), self.day)
        form.addRow(self.tr("Received"), self.how)
        form.addRow(self.tr("Signed form (scan)"), path_row)
        hint = QLabel(self.tr("A consent is revoked in writing. An oral request: help the "
                              "participant sign the revocation form (Documents tab). "
                              "Disclosures already made in reliance on the consent stand."))
        hint.setWordWrap(True)
        self.message = message_label("revokeMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = buttons.addButton(self.tr("&Revoke"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.revoke_button.setObjectName("confirmRevoke")
        buttons.accepted.connect(self.revoke)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The signed revocation (scan or "
                                                              "PDF)"))
        if chosen:
            self.form_path.setText(chosen)

    def revoke(self) -> bool:
        """Record the revocation at the version shown, then keep the signed form with the
        consent; refused (a §2.35 consent before its date, a consent changed meanwhile) it
        says why and records nothing."""
        day = self.day.date().toPython()
        now = self._svc.now()
        when = (now if day == shown_time.today(now)  # the program's today, as offered
                else datetime.combine(day, time(12), timezone.utc))
        try:
            self._svc.revoke(self._actor, self._consent.id,
                             received_how=self.how.currentData(), revoked_at=when,
                             expected_version=self._consent.row_version)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        if self.form_path.text():
            kept = import_file(self._files, self._actor, CONSENT,
                               Anchor(consent_id=self._consent.id), Path(self.form_path.text()),
                               title=self.tr("Signed revocation (scan)"), source="scan",
                               tell=self.message.setText)
            if kept is None:  # revoked all the same; the form can be attached later
                return False
        self.accept()
        return True
