"""The Attachments tab of a person: their papers with a thumbnail each (only the kinds this
role may see), added from a file or the clipboard, viewed, printed, or removed by a void
with a reason. Signed consents are attached from the consent itself."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access
from lead_desktop.services.attachments.attachment_service import (
    Anchor,
    AttachmentService,
    AttachmentView,
)
from lead_desktop.services.attachments.kinds import CONSENT, KINDS
from lead_desktop.ui.attachments import importing
from lead_desktop.ui.attachments.viewer import AttachmentViewer
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.messages import error_words


class AttachmentsPanel(QWidget):
    added = Signal()  # a paper was kept (a signed agreement moves the case on)

    def __init__(self, service: AttachmentService, actor: Actor, person_id: str | None,
                 case_id: str | None, parent=None, *,
                 choose_file: Callable[[], Path | None] | None = None,
                 delete_source: Callable[[Path], bool] | None = None,
                 ask_reason: Callable[[], str | None] | None = None,
                 anchor: Anchor | None = None,
                 only_kinds: tuple[str, ...] | None = None,
                 scan_folder: Callable[[], Path | None] | None = None,
                 choose_scan: Callable[[list[Path]], Path | None] | None = None) -> None:
        """The callables ask the user (a file dialog, a question, a reason); tests answer
        them without a modal dialog. `anchor` narrows the panel to one record (a summons,
        a provider referral, an officer's referral) and `only_kinds` to the kinds that
        belong on it."""
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self._svc, self._actor, self._person_id, self._case_id = (service, actor, person_id,
                                                                  case_id)
        self._record = anchor  # None: the person's whole file (the person window's tab)
        on_case = case_id is not None or (anchor is not None and bool(
            anchor.case_id or anchor.summons_id or anchor.provider_referral_id))
        self._choose = choose_file or (lambda: importing.choose_file(self))
        self._delete_source = delete_source or (lambda p: importing.ask_delete_source(self, p))
        self._ask_reason = ask_reason or self._reason_dialog
        self._scan_folder = scan_folder or (lambda: importing.scan_folder(self))
        self._choose_scan = choose_scan or (lambda scans: importing.choose_scan(self, scans))
        self.kind = QComboBox()
        self.kind.setObjectName("attachmentKind")
        for name, kind in KINDS.items():
            if name != CONSENT and allowed(actor, kind.data, Access.WRITE) and \
                    (kind.needs != "case" or on_case) and \
                    (only_kinds is None or name in only_kinds):
                self.kind.addItem(self.kind_label(name), name)
        self.title = QLineEdit()
        self.title.setObjectName("attachmentTitle")
        self.title.setPlaceholderText(self.tr("what it is, e.g. State ID (front)"))
        self.list = QListWidget()
        self.list.setObjectName("attachmentsList")
        self.list.setIconSize(QSize(96, 96))
        self.list.itemSelectionChanged.connect(self._offer)
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.message = message_label("attachmentsMessage")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for text, name, handler, adds in (
                (self.tr("Add from &file…"), "attachFile", self._add_file, True),
                (self.tr("Import from scan fo&lder…"), "attachScan", self.import_scan, True),
                (self.tr("Paste from clip&board"), "attachClipboard", self.paste, True),
                (self.tr("&View…"), "viewAttachment", self.view_selected, False),
                (self.tr("P&rint…"), "printAttachment", self.print_selected, False),
                (self.tr("Re&move…"), "voidAttachment", self.void_selected, False)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(adds and self.kind.count() > 0)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.views: list[AttachmentView] = []
        self.refresh()

    def kind_label(self, name: str) -> str:
        """The kind in the user's language (services/attachments/kinds.py names them)."""
        return {
            "identity_document": self.tr("Identity document"),
            "court_paper": self.tr("Court paper"),
            "signed_consent": self.tr("Signed consent or revocation"),
            "treatment_record": self.tr("Treatment record (Part 2)"),
            "case_paper": self.tr("Case paper (benefits, housing, letters)"),
            "signed_agreement": self.tr("Signed participation agreement"),
        }.get(name, name)

    def refresh(self) -> None:
        try:
            self.views = self._svc.list_for(self._actor, self._record) \
                if self._record is not None else \
                self._svc.list_for_person(self._actor, self._person_id)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            self.views = []
        self.list.clear()
        for view in self.views:
            text = f"{view.title}\n{self.kind_label(view.kind)} · " \
                   f"{view.created_at:%Y-%m-%d} · {view.size // 1024 + 1} KB"
            if self._record is None and view.summons_id:  # the person's whole file
                text += " · " + self.tr("on a summons")
            elif self._record is None and view.provider_referral_id:
                text += " · " + self.tr("on a provider referral")
            if view.voided:
                text += "\n" + self.tr("VOID: %1").replace("%1", view.void_reason or "")
            if view.purged_at is not None:
                text += "\n" + self.tr("Content deleted %1 (retention rule)").replace(
                    "%1", f"{view.purged_at:%Y-%m-%d}")
            item = QListWidgetItem(text)
            if view.thumbnail:
                item.setIcon(QIcon(QPixmap.fromImage(QImage.fromData(view.thumbnail))))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
        self._offer()

    def selected(self) -> AttachmentView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) and \
            self.list.currentItem() is not None and self.list.currentItem().isSelected() \
            else None

    def _offer(self) -> None:
        view = self.selected()
        for name in ("viewAttachment", "printAttachment"):  # a purged one has no content
            self.buttons[name].setEnabled(view is not None and view.purged_at is None)
        self.buttons["voidAttachment"].setEnabled(
            view is not None and not view.voided
            and allowed(self._actor, KINDS[view.kind].data, Access.WRITE))

    # --- adding ---

    def _anchor(self) -> Anchor:
        return self._record or Anchor(person_id=self._person_id, case_id=self._case_id)

    def _title(self, fallback: str) -> str:
        return self.title.text().strip() or fallback

    def _add_file(self) -> None:
        path = self._choose()
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path, source: str = "file") -> AttachmentView | None:
        """A file: a PDF, a photo, or what the scanner's "scan to file" saved."""
        view = importing.import_file(self._svc, self._actor, self.kind.currentData(),
                                     self._anchor(), path, title=self._title(path.stem),
                                     source=source, delete_source=self._delete_source,
                                     tell=self.message.setText)
        if view is not None:
            self.title.clear()
            self.refresh()
            self.added.emit()
        return view

    def import_scan(self) -> AttachmentView | None:
        """A scan the scanner saved to its folder ("scan to file"): chosen from that
        folder, newest first, attached, then the unencrypted original deleted if the user
        agrees."""
        folder = self._scan_folder()
        if folder is None:
            return None
        scans = importing.scans_in(folder)
        if not scans:
            self.message.setText(self.tr("No scans (PDF, JPEG, PNG, TIFF) in %1.")
                                 .replace("%1", str(folder)))
            return None
        chosen = self._choose_scan(scans)
        return self.add_file(chosen, source="scan") if chosen is not None else None

    def paste(self) -> AttachmentView | None:
        """A picture on the clipboard, or a file copied in the file manager."""
        copied = importing.clipboard_file()
        if copied is not None:
            return self.add_file(copied, source="clipboard")
        png = importing.clipboard_png()
        if png is None:
            self.message.setText(self.tr("The clipboard holds no picture or file."))
            return None
        try:
            view = self._svc.add(self._actor, self.kind.currentData(), png, self._anchor(),
                                 title=self._title(self.tr("Pasted picture")),
                                 source="clipboard")
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return None
        self.message.setText(self.tr("Attached %1 (kept encrypted in the database).")
                             .replace("%1", view.title))
        self.title.clear()
        self.refresh()
        self.added.emit()
        return view

    # --- the selected one ---

    def viewer(self) -> AttachmentViewer | None:
        view = self.selected()
        if view is None:
            return None
        try:
            shown, data = self._svc.content(self._actor, view.id)  # audited view
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return None
        return AttachmentViewer(self._svc, self._actor, shown, data, self)

    def view_selected(self, run=None) -> None:
        """Open the viewer (`run` lets tests drive it instead of showing it modally)."""
        viewer = self.viewer()
        if viewer is not None:
            (run or AttachmentViewer.exec)(viewer)

    def print_selected(self) -> None:
        viewer = self.viewer()
        if viewer is not None:
            viewer.print_it()
            viewer.deleteLater()

    def void_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        reason = self._ask_reason()
        if reason is None:
            return
        try:
            voided = self._svc.void(self._actor, view.id, reason,
                                    expected_version=view.row_version)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(self.tr("Removed (void): the content is kept as the retention "
                                     "rule requires."))
        if getattr(voided, "agreement_cleared", False):
            self.message.setText(self.tr(
                "Removed (void). It was the case's last signed participation agreement: the "
                "case no longer counts the agreement as signed. Have it signed again and "
                "attach the signed copy."))
        self.refresh()

    def _reason_dialog(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Remove this attachment"),
                                        self.tr("Why is it removed? (kept in the audit log)"))
        return text if ok else None
