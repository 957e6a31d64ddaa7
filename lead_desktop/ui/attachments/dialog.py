"""The papers of one record, opened from that record's screen: a summons (the print
queue), a provider referral (provider follow-up), a referral an officer just saved (a
photo of the person's ID). The same panel as the person window's Attachments tab, narrowed
to that record and the kinds that belong on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.ui.attachments.panel import AttachmentsPanel


class AttachmentsDialog(QDialog):
    def __init__(self, service: AttachmentService, actor: Actor, anchor: Anchor,
                 kinds: tuple[str, ...], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsDialog")
        self.setWindowTitle(title)
        self.panel = AttachmentsPanel(service, actor, anchor.person_id, anchor.case_id, self,
                                      anchor=anchor, only_kinds=kinds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)


def open_attachments(parent, service: AttachmentService, actor: Actor, anchor: Anchor,
                     kinds: tuple[str, ...], title: str) -> None:
    """Show the record's papers modally; Qt deletes the dialog when it closes."""
    dialog = AttachmentsDialog(service, actor, anchor, kinds, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
