"""Each role's first page: counts taken in at a glance (services/home.py), each a button
that opens the list behind it; a row of that list opens the person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.services.home import HomeService, Tile
from lead_desktop.services.urgency import most_urgent
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.status_chip import ChipDelegate, StatusChip, chip_column, chip_words
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.theme import TITLE_SCALE, scaled
from lead_desktop.ui.workers import Channel

COUNT_SCALE = 2.2

TITLES = {
    "appointments_today": QT_TRANSLATE_NOOP("HomePage", "Appointments today"),
    "appointments_week": QT_TRANSLATE_NOOP("HomePage", "Appointments this week"),
    "deadlines": QT_TRANSLATE_NOOP("HomePage", "Deadlines within a week or overdue"),
    "unsigned_notes": QT_TRANSLATE_NOOP("HomePage", "My unsigned notes"),
    "caseloads_over_target": QT_TRANSLATE_NOOP("HomePage",
                                               "Case managers over the caseload target"),
    "in_program": QT_TRANSLATE_NOOP("HomePage", "People in the program"),
    "waitlisted": QT_TRANSLATE_NOOP("HomePage", "Waiting for a place"),
    "overdue": QT_TRANSLATE_NOOP("HomePage", "Overdue work items"),
    "summons_to_print": QT_TRANSLATE_NOOP("HomePage", "Summonses to print"),
    "summons_to_file": QT_TRANSLATE_NOOP("HomePage", "Printed, to file with the court"),
    "summons_to_issue": QT_TRANSLATE_NOOP("HomePage", "Filed, waiting to be issued"),
    "summons_to_serve": QT_TRANSLATE_NOOP("HomePage", "Issued, waiting to be served"),
    "eligibility_reviews": QT_TRANSLATE_NOOP("HomePage", "Eligibility reviews waiting"),
    "compliance_decisions": QT_TRANSLATE_NOOP("HomePage", "Compliance decisions waiting"),
}
WHAT = {
    "intake_due": QT_TRANSLATE_NOOP("HomePage", "Intake due"),
    "completion_due": QT_TRANSLATE_NOOP("HomePage", "Program completion due"),
    "unsigned_note": QT_TRANSLATE_NOOP("HomePage", "Note not signed"),
}


def tile_title(key: str) -> str:
    return QCoreApplication.translate("HomePage", TITLES.get(key, key))


def what_text(code: str) -> str:
    """A row's code in words: this page's own words, else a state, appointment kind,
    summons status or work-queue kind from the label table; a number stays a number."""
    if code in WHAT:
        return QCoreApplication.translate("HomePage", WHAT[code])
    for kind in ("state", "appointment_kind", "summons_status", "work_item"):
        text = shown_label(kind, code)
        if text != code.replace("_", " "):
            return text
    return code


class TileList(QDialog):
    """The list behind one count; Enter or a double-click opens the row: the person, the
    list behind it (a case manager's caseload), or what `open_row` opens for it (a review's
    form, a summons in the print queue), which closes this list when it takes the user
    elsewhere (it returns "left")."""

    def __init__(self, tile: Tile, open_person=None, parent=None, open_row=None,
                 show_list=None) -> None:
        super().__init__(parent)
        self.setObjectName("homeList")
        self.setWindowTitle(tile_title(tile.key))
        self._open_person, self._open_row = open_person, open_row
        self._show_list = show_list or (lambda dialog: dialog.exec())
        self.model = RowsModel([
            (self.tr("Person"), lambda r: r.person),
            (self.tr("When"), lambda r: r.when),
            (self.tr("What"), lambda r: what_text(r.what)),
            chip_column(self.tr("Status"), lambda r: r.urgency),
        ], self)
        self.model.chip = lambda r: r.urgency
        self.model.set_rows(list(tile.rows))
        self.table = QTableView()
        self.table.setObjectName("homeListTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(3, ChipDelegate(self.table))
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        if not tile.rows:
            layout.addWidget(QLabel(self.tr("Nothing here.")))
        layout.addWidget(self.table)
        self.resize(600, 400)

    def _open(self, index) -> None:
        row = self.model.row(index.row())
        if row.rows:
            inner = Tile("", row.rows)
            dialog = TileList(inner, self._open_person, self, self._open_row, self._show_list)
            dialog.setWindowTitle(row.person)
            self._show_list(dialog)
            return
        opened = self._open_row(row) if self._open_row is not None else None
        if opened == "left":
            self.accept()
        elif not opened and self._open_person is not None and row.person_id:
            if row.what == "unsigned_note":  # straight to the notes, one ready to sign
                self._open_person(row.person_id, "notes")
            else:
                self._open_person(row.person_id)


class TileButton(QPushButton):
    """A count in large type over what it counts; the whole tile is one button."""

    def __init__(self, count: str, caption: str, urgency=None, parent=None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(count)
        self.count_label.setObjectName("tileCount")
        scaled(self.count_label, COUNT_SCALE)
        self.chip = StatusChip()  # the worst of its rows: overdue, due soon, on hold
        self.chip.set_urgency(urgency)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        for label in (self.count_label, self.caption, self.chip):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.caption)
        self.setMinimumHeight(self.count_label.sizeHint().height()
                              + self.caption.sizeHint().height() + 36)


class HomePage(QWidget):
    def __init__(self, home: HomeService, actor: Actor, open_person=None,
                 show_list=None, parent=None, open_row=None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._home, self._actor, self._open_person = home, actor, open_person
        self._open_row = open_row
        # tests pass `show_list` to read the list instead of showing it modally
        self._show_list = show_list or (lambda dialog: dialog.exec())
        self.tiles: dict[str, Tile] = {}
        self.buttons: dict[str, QPushButton] = {}
        title = QLabel(self.tr("Home"))
        title.setObjectName("pageTitle")
        scaled(title, TITLE_SCALE)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("homeStatus")
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("homeRefresh")
        refresh.clicked.connect(self.refresh)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(self.status)
        column.addLayout(self.grid)
        column.addStretch(1)
        column.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        self._channel = Channel(self._show, lambda e: self.status.setText(error_words(e)), self)
        self.refresh()

    def refresh(self) -> None:
        home, actor = self._home, self._actor
        self.loaded = False
        self._channel.submit(lambda: home.tiles(actor))

    def _show(self, tiles: list[Tile]) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.tiles = {t.key: t for t in tiles}
        self.buttons = {}
        for index, tile in enumerate(tiles):
            worst = most_urgent(row.urgency for row in tile.rows)
            button = TileButton(self._count_text(tile), tile_title(tile.key), worst)
            button.setObjectName(f"tile_{tile.key}")
            button.setProperty("role", "tile")
            button.setProperty("tone", "warning" if tile.key in ("overdue", "deadlines")
                               and tile.count else "neutral")
            button.setAccessibleName(" ".join(part for part in (
                self._count_text(tile), tile_title(tile.key), chip_words(worst)) if part))
            button.clicked.connect(lambda _=False, t=tile: self.open_tile(t.key))
            self.grid.addWidget(button, index // 2, index % 2)
            self.buttons[tile.key] = button
        self.status.setText("" if tiles else self.tr("Nothing to count for your role."))
        self.loaded = True

    def _count_text(self, tile: Tile) -> str:
        count = str(tile.count)
        if tile.target is not None:
            count = self.tr("%1 of %2").replace("%1", count).replace("%2", str(tile.target))
        return count

    def open_tile(self, key: str) -> TileList:
        dialog = TileList(self.tiles[key], self._open_person, self, self._open_row,
                          self._show_list)
        self._show_list(dialog)
        return dialog
