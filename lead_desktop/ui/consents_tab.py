"""A person's consents (type, status, validity, recipients) and the way to the intake.
Its words keep the context "PersonWindow" they had before the tab moved here, so their
translations still apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.ui.empty_hint import EmptyHint
from lead_desktop.ui.forms.consent_form import ConsentForm
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.forms.revoke_dialog import RevokeDialog
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import shown
from lead_desktop.ui.table_model import RowsModel


class ConsentsTab(QWidget):
    changed = Signal()  # a consent or the intake was saved (or the form closed)

    def __init__(
        self,
        consents,
        intake,
        actor: Actor,
        person_id: str,
        case_id: str | None,
        can_intake: bool,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._consents, self._intake, self._actor = consents, intake, actor
        self._person_id, self._case_id = person_id, case_id
        self.model = RowsModel(
            [
                (
                    QCoreApplication.translate("PersonWindow", "Type"),
                    lambda c: shown_label("consent_type", c.consent_type),
                ),
                (
                    QCoreApplication.translate("PersonWindow", "Status"),
                    lambda c: shown_label("consent_status", c.status),
                ),
                (
                    QCoreApplication.translate("PersonWindow", "Valid today"),
                    lambda c: (
                        QCoreApplication.translate("PersonWindow", "yes")
                        if c.valid_today
                        else (shown(c.why_not_valid) if c.why_not_valid else "")
                    ),
                ),
                (QCoreApplication.translate("PersonWindow", "Expires"), lambda c: c.expires_on),
                (
                    QCoreApplication.translate("PersonWindow", "Recipients"),
                    lambda c: ", ".join(
                        r.get("name") or shown_label("provider_type", r.get("class", ""))
                        for r in c.recipients),
                ),
            ],
            self,
        )
        new = QPushButton(QCoreApplication.translate("PersonWindow", "New &consent…"))
        new.setObjectName("newConsent")
        new.setEnabled(allowed(actor, Data.CONSENTS, Access.WRITE))
        new.clicked.connect(self._open_consent)
        intake = QPushButton(QCoreApplication.translate("PersonWindow", "&Intake…"))
        intake.setObjectName("openIntake")
        intake.setEnabled(can_intake)
        intake.clicked.connect(self._open_intake)
        self.open_draft = QPushButton(QCoreApplication.translate("PersonWindow", "Open &draft…"))
        self.open_draft.setObjectName("openConsentDraft")
        self.open_draft.setEnabled(False)
        self.open_draft.clicked.connect(lambda: self.open_consent_draft())
        self.revoke = QPushButton(QCoreApplication.translate("PersonWindow", "&Revoke…"))
        self.revoke.setObjectName("revokeConsent")
        self.revoke.setToolTip(QCoreApplication.translate(
            "PersonWindow", "Record the participant's written revocation of the selected "
            "consent: disclosures under it stop."))
        self.revoke.setEnabled(False)
        self.revoke.clicked.connect(self._open_revoke)
        self.table = QTableView()
        self.table.setObjectName("consentsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.selectionModel().selectionChanged.connect(self._offer_draft_open)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.open_draft)
        buttons.addWidget(self.revoke)
        buttons.addWidget(intake)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(
            EmptyHint(
                self.model,
                QCoreApplication.translate("PersonWindow", "No consents yet."),
                "consentsEmpty",
            )
        )
        column.addWidget(self.table)

    def set_consents(self, consents) -> None:
        self.model.set_rows(consents)
        self._offer_draft_open()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _offer_draft_open(self) -> None:
        """A draft (not yet signed) can be corrected; signed consents are superseded."""
        consent = self._selected()
        writes = allowed(self._actor, Data.CONSENTS, Access.WRITE)
        self.open_draft.setEnabled(consent is not None and consent.status == "draft" and writes)
        self.revoke.setEnabled(consent is not None and consent.status == "active" and writes)

    def _open_consent(self) -> None:
        ConsentForm(self._consents, self._actor, self._person_id, self._case_id, parent=self).exec()
        self.changed.emit()

    def open_consent_draft(self, run=None) -> None:
        """The selected draft, opened with what is stored and its version (`run` lets tests
        drive the form instead of showing it modally)."""
        consent = self._selected()
        if consent is None:
            return
        form = ConsentForm(
            self._consents,
            self._actor,
            self._person_id,
            self._case_id,
            consent_id=consent.id,
            parent=self,
        )
        (run or ConsentForm.exec)(form)
        self.changed.emit()

    def _open_revoke(self) -> None:
        consent = self._selected()
        if consent is None:
            return
        RevokeDialog(self._consents, AttachmentService(self._consents.db, self._consents.now),
                     self._actor, consent, parent=self).exec()
        self.changed.emit()

    def _open_intake(self) -> None:
        IntakeForm(
            self._intake,
            self._actor,
            self._case_id,
            self._consents.list_for_person(self._actor, self._person_id),
            parent=self,
        ).exec()
        self.changed.emit()
