"""The referral form's offense code: the administrator's offense codes in use on the
referral's day offered as the officer types (code, description, statute and level), the
description filled in from the list, and what the chosen code means shown under it. A code
not on the list may still be typed (the record keeps it as written)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from lead_desktop.services.program.code_lists import CodeView
from lead_desktop.ui.labels import code_book, current_language, fresh_code_book, offense_words

_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class OffensePicker(QObject):
    def __init__(self, code: QLineEdit, description: QLineEdit, day, parent=None) -> None:
        super().__init__(parent or code)
        self._code, self._description, self._day = code, description, day
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, code)
        self.completer.setCompletionRole(_CODE_ROLE)   # match and insert the code only
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        code.setCompleter(self.completer)
        self.hint = QLabel()
        self.hint.setObjectName("offenseHint")
        self.hint.setWordWrap(True)
        code.textChanged.connect(self.show_meaning)
        code.editingFinished.connect(self.fill_description)
        self.completer.activated[str].connect(self._chosen)
        self.offer()

    def offer(self) -> None:
        """The codes in use on the referral's day (the list may have changed since)."""
        self.model.clear()
        book, day = fresh_code_book(), self._day()
        for view in (book.offered("offense", day) if book else ()):
            item = QStandardItem(offense_words(view.code))
            item.setData(view.code, _CODE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        # the list is wider than the short code field: each line whole
        popup = self.completer.popup()
        widths = [popup.fontMetrics().horizontalAdvance(self.model.item(i).text())
                  for i in range(self.model.rowCount())]
        popup.setMinimumWidth(min(max(widths, default=0) + 40, 760))
        self.show_meaning()

    def _chosen(self, code: str) -> None:
        # the field takes the code itself (Qt would leave what was typed so far)
        self._code.setText(code)
        self.fill_description()

    def offered_codes(self) -> list[str]:
        return [self.model.item(i).data(_CODE_ROLE) for i in range(self.model.rowCount())]

    def _listed(self):
        book, code = code_book(), self._code.text().strip()
        return book.find("offense", code) if book and code else None

    def show_meaning(self) -> None:
        view, code = self._listed(), self._code.text().strip()
        if view is not None and view.in_use_on(self._day()):
            self.hint.setText(offense_words(view.code))
        elif view is not None:
            self.hint.setText(self.tr("%1 is no longer on the program's list of offense "
                                      "codes.").replace("%1", code))
        elif code and not any(c.casefold().startswith(code.casefold())
                              for c in self.offered_codes()):
            self.hint.setText(self.tr("Not on the program's list: kept as typed.")
                              if self.model.rowCount() else "")
        else:  # still typing a listed code: the list below the field shows the matches
            self.hint.setText("")

    def fill_description(self) -> None:
        """The list's description of a listed code, unless the officer wrote their own."""
        view = self._listed()
        if view is not None and not self._description.text().strip():
            self._description.setText(view.label(current_language()))


def referral_day(edit) -> date:
    return edit.dateTime().toPython().date()


def offense_completer(edit: QLineEdit, on_chosen: Callable[[CodeView], None]) -> QCompleter:
    """Every offense code of the list offered as `edit` is typed (retired ones too: a
    justice event may be years old); `on_chosen(code)` when one is picked."""
    model = QStandardItemModel(edit)
    book = fresh_code_book()
    for view in (book.lists.get("offense", ()) if book else ()):
        item = QStandardItem(offense_words(view.code))
        item.setData(view.code, _CODE_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    completer = QCompleter(model, edit)
    completer.setCompletionRole(_CODE_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)

    def chosen(code: str) -> None:
        edit.setText(code)  # the code itself, not what was typed so far
        view = book.find("offense", code) if book else None
        if view is not None:
            on_chosen(view)
    completer.activated[str].connect(chosen)
    return completer
