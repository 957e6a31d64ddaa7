"""Beside a generated consent form in the Documents tab: the signed copy it was activated
with (a thumbnail, how it was signed, and a button to view it), or a note that none is on
file."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import (
    AttachmentService,
    AttachmentView,
)
from lead_desktop.ui.attachments.viewer import AttachmentViewer
from lead_desktop.ui.messages import error_words


class SignedCopyBox(QWidget):
    def __init__(self, service: AttachmentService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("signedCopyBox")
        self._svc, self._actor = service, actor
        self.copy: AttachmentView | None = None
        self.thumbnail = QLabel()
        self.text = QLabel()
        self.text.setObjectName("signedCopyText")
        self.text.setWordWrap(True)
        self.view_button = QPushButton(self.tr("View the &signed copy…"))
        self.view_button.setObjectName("viewSignedCopy")
        self.view_button.clicked.connect(lambda: self.view())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addWidget(self.text, 1)
        row.addWidget(self.view_button)
        self.show_for(None)

    def show_for(self, consent_id: str | None) -> None:
        """The signed copy of this consent (None: not a consent, nothing shown)."""
        self.copy = None
        if consent_id is not None:
            try:
                self.copy = self._svc.signed_copy(self._actor, consent_id)
            except LeadError as exc:
                self.text.setText(error_words(exc))
        self.setVisible(consent_id is not None)
        self.view_button.setEnabled(self.copy is not None)
        if self.copy is None:
            self.thumbnail.clear()
            if consent_id is not None:
                self.text.setText(self.tr("No signed copy on file (a consent becomes active "
                                          "only once its signed copy is attached)."))
            return
        if self.copy.thumbnail:
            self.thumbnail.setPixmap(QPixmap.fromImage(QImage.fromData(self.copy.thumbnail))
                                     .scaledToHeight(72))
        how = self.tr("signed on screen") if self.copy.source == "e_signature" \
            else self.tr("scanned")
        self.text.setText(self.tr("Signed copy: %1 (%2, added %3; SHA-256 %4…)")
                          .replace("%1", self.copy.title).replace("%2", how)
                          .replace("%3", f"{self.copy.created_at:%Y-%m-%d}")
                          .replace("%4", self.copy.sha256[:12]))

    def viewer(self) -> AttachmentViewer | None:
        if self.copy is None:
            return None
        try:
            shown, data = self._svc.content(self._actor, self.copy.id)  # audited view
        except LeadError as exc:
            self.text.setText(error_words(exc))
            return None
        return AttachmentViewer(self._svc, self._actor, shown, data, self)

    def view(self, run=None) -> None:
        viewer = self.viewer()
        if viewer is not None:
            (run or AttachmentViewer.exec)(viewer)
