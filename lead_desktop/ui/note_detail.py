"""A case note read in full, with its author and its amendments beside it: the table shows
a note's first line; the pane under it shows the selected note whole."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.shown_time import moment


class NoteDetail(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDetail")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Selected note"))
        self.show_note(None, {}, {})

    def show_note(self, note, authors: dict[str, str], by_id: dict) -> None:
        """`note` a NoteView or None; `by_id` the case's notes, to show the amendments."""
        if note is None:
            self.setHtml("<p><i>" + escape(self.tr("Select a note to read it in full.")) +
                         "</i></p>")
            return
        head = (self.tr("%1 · %2 · %3 min · by %4")
                .replace("%1", moment(note.contact_at))
                .replace("%2", shown_label("contact_type", note.contact_type))
                .replace("%3", str(note.duration_min))
                .replace("%4", authors.get(note.author_id) or self.tr("unknown author")))
        state = (self.tr("signed") if note.signed_at else
                 self.tr("locked, not signed") if note.locked else self.tr("draft"))
        parts = [f"<p><b>{escape(head)}</b> ({escape(state)})</p>"]
        if note.amends_id:
            parts.append("<p><i>" + escape(self.tr("Corrects an earlier note: %1")
                                           .replace("%1", note.amendment_reason or "")) +
                         "</i></p>")
        parts.append("<p style='white-space: pre-wrap'>" + escape(note.text) + "</p>")
        for amendment_id in note.amended_by:
            amendment = by_id.get(amendment_id)
            if amendment is None:
                continue
            parts.append("<hr><p><b>" + escape(
                self.tr("Amended %1 by %2: %3")
                .replace("%1", moment(amendment.contact_at, "%Y-%m-%d"))
                .replace("%2", authors.get(amendment.author_id) or self.tr("unknown author"))
                .replace("%3", amendment.amendment_reason or "")) + "</b></p>")
            parts.append("<p style='white-space: pre-wrap'>" + escape(amendment.text) + "</p>")
        self.setHtml("".join(parts))
