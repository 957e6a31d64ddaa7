"""Administration → Code lists: the codes the forms offer (offense codes with statute and
level, exit reasons, contact types, housing and employment categories). An administrator
adds a code (from a date), gives a code new English and Spanish words, or retires it from a
date: a retired code is no longer offered, but every record that carries it still reads it.
Each change is audited (services/program/code_lists.py); the forms follow at once."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.program.code_lists import LEVELS, CodeInput, CodeListService
from lead_desktop.services.program.code_seed import BUILT_IN_FROM
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.labels import shown_offense_level, use_code_book
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.table_model import RowsModel


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class CodeListsPage(QWidget):
    def __init__(self, codes: CodeListService, actor: Actor, today: Callable[[], date],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("codeListsPage")
        self._codes, self._actor, self._today = codes, actor, today
        self.lists = QComboBox()
        self.lists.setObjectName("codeList")
        for name, words in (("offense", self.tr("Offense codes")),
                            ("exit_reason", self.tr("Exit reasons")),
                            ("contact_type", self.tr("Contact types")),
                            ("housing", self.tr("Housing categories")),
                            ("employment", self.tr("Employment categories"))):
            self.lists.addItem(words, name)
        self.lists.currentIndexChanged.connect(lambda _: self.refresh())
        self.model = RowsModel([
            (self.tr("Code"), lambda c: c.code), (self.tr("English"), lambda c: c.label_en),
            (self.tr("Spanish"), lambda c: c.label_es), (self.tr("Statute"), lambda c: c.statute),
            (self.tr("Level"), lambda c: shown_offense_level(c.level)),
            (self.tr("In use from"), lambda c: self.tr("the start")
             if c.effective_from == BUILT_IN_FROM else c.effective_from.isoformat()),
            (self.tr("Retired from"), lambda c: c.effective_to.isoformat()
             if c.effective_to else "")], self)
        self.table = QTableView()
        self.table.setObjectName("codesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for words in (1, 2):  # the English and Spanish words share what is left
            header.setSectionResizeMode(words, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.message = message_label("codeListsMessage")

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Code lists</b>: what the forms offer. A retired code is "
                               "no longer offered; records that carry it still read it."))
        title.setWordWrap(True)
        layout.addWidget(title)
        chooser = QFormLayout()
        chooser.addRow(self.tr("List"), self.lists)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self._add_box())
        row.addWidget(self._selected_box())
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    # --- the parts of the page ---

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a code"))
        self.new_code, self.new_en, self.new_es = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_statute = QLineEdit()
        for widget, name in ((self.new_code, "newCode"), (self.new_en, "newLabelEn"),
                             (self.new_es, "newLabelEs"), (self.new_statute, "newStatute")):
            widget.setObjectName(name)
        self.new_level = QComboBox()
        self.new_level.setObjectName("newLevel")
        self.new_level.addItem("", "")
        for level in LEVELS:
            self.new_level.addItem(shown_offense_level(level), level)
        self.new_from = _date_edit("newFrom", self._today())
        self.add_errors = FieldErrors()
        form = QFormLayout(box)
        e = self.add_errors.add_row
        e(form, self.tr("Code"), "code", self.new_code, True)
        e(form, self.tr("English"), "label_en", self.new_en, True)
        e(form, self.tr("Spanish"), "label_es", self.new_es)
        e(form, self.tr("Statute"), "statute", self.new_statute)
        e(form, self.tr("Level"), "level", self.new_level)
        e(form, self.tr("In use from"), "effective_from", self.new_from, True)
        self._offense_rows = (self.new_statute, self.new_level)
        self.add_button = QPushButton(self.tr("Add code"))
        self.add_button.setObjectName("addCode")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self._add_form = form
        return box

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The selected code"))
        self.edit_en, self.edit_es = QLineEdit(), QLineEdit()
        self.edit_en.setObjectName("editLabelEn")
        self.edit_es.setObjectName("editLabelEs")
        self.edit_errors = FieldErrors()
        form = QFormLayout(box)
        self.edit_errors.add_row(form, self.tr("English"), "label_en", self.edit_en, True)
        self.edit_errors.add_row(form, self.tr("Spanish"), "label_es", self.edit_es)
        self.relabel_button = QPushButton(self.tr("Save the words"))
        self.relabel_button.setObjectName("relabelCode")
        self.relabel_button.clicked.connect(self.relabel)
        form.addRow("", self.relabel_button)
        self.retire_from = _date_edit("retireFrom", self._today())
        form.addRow(self.tr("Retire from"), self.retire_from)
        self.retire_button = QPushButton(self.tr("Retire the code"))
        self.retire_button.setObjectName("retireCode")
        self.retire_button.clicked.connect(self.retire)
        form.addRow("", self.retire_button)
        return box

    # --- reading and changing ---

    def list_name(self) -> str:
        return self.lists.currentData()

    def refresh(self) -> None:
        offense = self.list_name() == "offense"
        for widget in self._offense_rows:
            self._add_form.setRowVisible(widget, offense)
        self.model.set_rows(self._codes.entries(self.list_name()))
        self._show_selected()

    def select(self, code: str) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row(i).code == code:
                self.table.selectRow(i)
                return True
        return False

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        chosen = self.selected()
        self.edit_en.setText(chosen.label_en if chosen else "")
        self.edit_es.setText(chosen.label_es if chosen else "")
        for widget in (self.edit_en, self.edit_es, self.relabel_button, self.retire_from,
                       self.retire_button):
            widget.setEnabled(chosen is not None)
        if chosen is not None:
            self.retire_button.setEnabled(chosen.effective_to is None)

    def _changed(self, text: str, code: str) -> None:
        use_code_book(self._codes.book())   # the forms offer the lists as they are now
        self.message.setText(text)
        self.refresh()
        self.select(code)

    def add(self) -> bool:
        self.add_errors.clear()
        offense = self.list_name() == "offense"
        try:
            added = self._codes.add(self._actor, CodeInput(
                self.list_name(), self.new_code.text(), self.new_en.text(), self.new_es.text(),
                self.new_statute.text() if offense else "",
                self.new_level.currentData() if offense else "",
                self.new_from.date().toPython()))
        except ValidationFailed as exc:
            self.add_errors.show(exc.problems)
            self.message.setText(self.add_errors.summary(exc.problems))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        for widget in (self.new_code, self.new_en, self.new_es, self.new_statute):
            widget.clear()
        self._changed(self.tr("Added %1: forms offer it from %2.").replace(
            "%1", added.code).replace("%2", added.effective_from.isoformat()), added.code)
        return True

    def relabel(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Select a code first."))
            return False
        self.edit_errors.clear()
        try:
            self._codes.relabel(self._actor, chosen.list_name, chosen.code,
                                self.edit_en.text(), self.edit_es.text(),
                                seen=(chosen.label_en, chosen.label_es))
        except ValidationFailed as exc:
            self.edit_errors.show(exc.problems)
            self.message.setText(self.edit_errors.summary(exc.problems))
            return False
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self._changed(self.tr("New words for %1 saved; records that carry it read them.")
                      .replace("%1", chosen.code), chosen.code)
        return True

    def retire(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Select a code first."))
            return False
        try:
            retired = self._codes.retire(self._actor, chosen.list_name, chosen.code,
                                         self.retire_from.date().toPython())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return False
        self._changed(self.tr("%1 is no longer offered from %2; records that carry it still "
                              "read it.").replace("%1", retired.code)
                      .replace("%2", retired.effective_to.isoformat()), retired.code)
        return True
