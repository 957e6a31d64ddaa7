"""The case notes of a person's page: a table of notes (first line, author, amendments)
and, under it, the selected note read in full (ui/note_detail.py). The newest page of
notes comes with the window; older pages are read off the UI thread as the list is
scrolled to its end (a case can hold thousands of notes).
Its words keep the context "PersonWindow" they had before the tab moved here, so their
translations still apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.care.note_service import NoteService
from lead_desktop.ui.empty_hint import EmptyHint
from lead_desktop.ui.forms.note_form import NoteForm
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.note_detail import NoteDetail
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel


def first_line(text: str, limit: int = 120) -> str:
    """The table shows a note's start; the pane under it shows it whole."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit and line == text.strip() else line[:limit].rstrip() + "…"


class NotesTab(QWidget):
    changed = Signal()  # a note was added, a draft saved, a note signed, amended or voided
    paged = Signal()    # an older page arrived (its authors may be new to the window)

    def __init__(self, notes: NoteService, actor: Actor, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self._notes, self._actor, self._case_id = notes, actor, case_id
        self.names: dict[str, str] = {}
        self._amendments: dict = {}  # amendments of shown notes that sort on a later page
        self._after, self.more, self._reading = None, False, False
        self._older = Channel(self._add_page, self._older_failed, self)
        self.model = RowsModel(
            [
                (QCoreApplication.translate("PersonWindow", "Contact"), lambda n: n.contact_at),
                (
                    QCoreApplication.translate("PersonWindow", "Type"),
                    lambda n: shown_label("contact_type", n.contact_type),
                ),
                (QCoreApplication.translate("PersonWindow", "Minutes"), lambda n: n.duration_min),
                (
                    QCoreApplication.translate("PersonWindow", "Author"),
                    lambda n: self.names.get(n.author_id, ""),
                ),
                (
                    QCoreApplication.translate("PersonWindow", "Part 2"),
                    lambda n: QCoreApplication.translate("PersonWindow", "yes") if n.part2 else "",
                ),
                (
                    QCoreApplication.translate("PersonWindow", "Amendment"),
                    lambda n: (
                        (
                            QCoreApplication.translate(
                                "PersonWindow", "corrects an earlier note: %1"
                            ).replace("%1", n.amendment_reason or "")
                            if n.amends_id
                            else ""
                        )
                        + (
                            QCoreApplication.translate("PersonWindow", "amended below")
                            if n.amended_by
                            else ""
                        )
                    ),
                ),
                (QCoreApplication.translate("PersonWindow", "Note"), lambda n: first_line(n.text)),
            ],
            self,
        )
        add = QPushButton(QCoreApplication.translate("PersonWindow", "&Add note…"))
        add.setObjectName("addNote")
        add.setEnabled(allowed(actor, Data.INTAKE_PLAN_NOTES, Access.WRITE))
        add.clicked.connect(self.add_note)
        self.edit_note = QPushButton(
            QCoreApplication.translate("PersonWindow", "&Edit my draft…")
        )
        self.edit_note.setObjectName("editDraftNote")
        self.edit_note.setEnabled(False)
        self.edit_note.clicked.connect(lambda: self.edit_draft())
        # forms.md: the author signs; a locked note is corrected by an amendment with a
        # reason (the original stays beside it); a note is never deleted, only voided
        self.sign_note = QPushButton(QCoreApplication.translate("PersonWindow", "&Sign"))
        self.sign_note.setObjectName("signNote")
        self.sign_note.setToolTip(QCoreApplication.translate(
            "PersonWindow", "Sign your note: it is locked from then on"))
        self.sign_note.clicked.connect(self.sign_selected)
        self.amend_note = QPushButton(QCoreApplication.translate("PersonWindow", "A&mend…"))
        self.amend_note.setObjectName("amendNote")
        self.amend_note.setToolTip(QCoreApplication.translate(
            "PersonWindow", "Correct a locked note: the original stays beside the amendment"))
        self.amend_note.clicked.connect(lambda: self.amend_selected())
        self.void_note = QPushButton(QCoreApplication.translate("PersonWindow", "&Void…"))
        self.void_note.setObjectName("voidNote")
        self.void_note.setToolTip(QCoreApplication.translate(
            "PersonWindow", "A note written on the wrong case: voided with a reason, never "
            "deleted"))
        self.void_note.clicked.connect(lambda: self.void_selected())
        self.message = QLabel()
        self.message.setObjectName("notesMessage")
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("notesTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # columns fit the rows in sight, not every page
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(QCoreApplication.translate("PersonWindow", "Case notes"))
        self.table.selectionModel().selectionChanged.connect(self._offer_draft_edit)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.detail = NoteDetail()
        # double-click or Enter: read the note in the pane
        self.table.activated.connect(lambda _: self.detail.setFocus())
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.edit_note)
        buttons.addWidget(self.sign_note)
        buttons.addWidget(self.amend_note)
        buttons.addWidget(self.void_note)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(
            EmptyHint(
                self.model,
                QCoreApplication.translate("PersonWindow", "No notes yet."),
                "notesEmpty",
            )
        )
        column.addWidget(split, 1)

    def set_notes(self, notes) -> None:
        self.model.set_rows(list(reversed(notes)))  # newest first
        self._offer_draft_edit()
        self.show_selected()

    def set_page(self, page) -> None:
        """The newest page (a NotesPage) again: after opening, a save or a step."""
        self._older.submit(lambda: None)  # an older page asked for before is stale now
        self._after, self.more, self._reading = page.after, page.more, False
        self._amendments = {n.id: n for n in page.amendments}
        self.set_notes(list(reversed(page.notes)))

    def read_older(self) -> None:
        """The next older page, off the UI thread; nothing when all are shown."""
        if not self.more or self._reading:
            return
        self._reading = True
        notes, actor, case_id, after = self._notes, self._actor, self._case_id, self._after
        self._older.submit(lambda: notes.list_page(actor, case_id, after=after))

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - 2:  # at the end of the list
            self.read_older()

    def _add_page(self, page) -> None:
        if page is None:
            return
        self._after, self.more, self._reading = page.after, page.more, False
        self._amendments.update({n.id: n for n in page.amendments})
        self.model.add_rows(list(page.notes))
        self.show_selected()
        self.paged.emit()

    def _older_failed(self, error: Exception) -> None:
        self._reading = False
        self.detail.setPlainText(str(getattr(error, "message", error)))

    def set_names(self, names: dict[str, str]) -> None:
        """Authors' names arrive from the window's background load."""
        self.names = names
        self.model.layoutChanged.emit()
        self.show_selected()

    def show_selected(self) -> None:
        every = {**self._amendments, **{n.id: n for n in self.model._rows}}
        self.detail.show_note(self.selected_note(), self.names, every)

    def selected_note(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _offer_draft_edit(self) -> None:
        """Only the author's own unlocked notes can be edited; the rest get amendments. The
        author signs their own unsigned note; a locked note is amended, any note voided, by
        whoever writes notes of its kind (the service checks the caseload)."""
        note = self.selected_note()
        mine = note is not None and note.author_id == self._actor.user_id
        self.edit_note.setEnabled(mine and not note.locked)
        self.sign_note.setEnabled(mine and note.signed_at is None)
        writes = note is not None and allowed(
            self._actor, Data.PART2_NOTES if note.part2 or note.counseling_note
            else Data.INTAKE_PLAN_NOTES, Access.WRITE)
        self.amend_note.setEnabled(writes and note.locked)
        self.void_note.setEnabled(writes)

    def select_first_unsigned(self) -> None:
        """Home's "My unsigned notes" opens here: the oldest of my unsigned notes selected,
        ready to be signed."""
        rows = [i for i, n in enumerate(self.model._rows)
                if n.author_id == self._actor.user_id and n.signed_at is None]
        if rows:
            self.table.selectRow(rows[-1])  # newest first: the last is the oldest
            self.sign_note.setFocus()

    def sign_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        try:
            self._notes.sign(self._actor, note.id, expected_version=note.row_version)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(QCoreApplication.translate("PersonWindow", "Note signed."))
        self.changed.emit()

    def amend_selected(self, run=None) -> None:
        """A correction of the selected locked note (`run` lets tests drive the form)."""
        note = self.selected_note()
        if note is None:
            return
        if (run or NoteForm.exec)(self._form(amends=note)):
            self.message.setText(QCoreApplication.translate(
                "PersonWindow", "Amendment saved; the original note stays beside it."))
            self.changed.emit()

    def void_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        reason, ok = QInputDialog.getText(
            self, QCoreApplication.translate("PersonWindow", "Void this note"),
            QCoreApplication.translate(
                "PersonWindow", "Why is it voided? (kept in the audit log; the note is kept)"))
        if not ok:
            return
        try:
            self._notes.void(self._actor, note.id, reason)
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.message.setText(QCoreApplication.translate("PersonWindow", "Note voided."))
        self.changed.emit()

    def _form(self, draft=None, amends=None) -> NoteForm:
        return NoteForm(
            self._notes,
            self._actor,
            self._case_id,
            can_flag_part2=allowed(self._actor, Data.PART2_NOTES, Access.WRITE),
            draft=draft,
            amends=amends,
            parent=self,
        )

    def edit_draft(self, run=None) -> None:
        """The selected draft, opened with what is stored and its version (`run` lets tests
        drive the form instead of showing it modally)."""
        note = self.selected_note()
        if note is None:
            return
        if (run or NoteForm.exec)(self._form(note)):
            self.changed.emit()

    def add_note(self) -> None:
        if self._form().exec():
            self.changed.emit()
