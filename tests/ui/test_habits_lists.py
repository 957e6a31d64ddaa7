"""Habits not tested elsewhere (tests/ui/test_habits.py has Ctrl+F, Ctrl+N, the last
search, Enter on the work queue and the people list): Enter opens the selected row of a
Home list, and Esc closes the app's dialogs, the way a desk tool's user expects."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from lead_desktop.services.home import HomeRow, Tile
from lead_desktop.services.records import StaleRecord
from lead_desktop.ui.forms.conflict_dialog import ConflictDialog
from lead_desktop.ui.pages.home_page import TileList

ROWS = (HomeRow("Le, Casey", date(2026, 11, 2), "intake_due", "person-1"),
        HomeRow("Okafor, Chris", date(2026, 11, 3), "intake_due", "person-2"))


def test_enter_opens_the_selected_row_of_a_home_list(qtbot):
    opened = []
    listing = TileList(Tile("deadlines", ROWS), opened.append)
    qtbot.addWidget(listing)
    listing.show()
    qtbot.waitExposed(listing)
    listing.table.setFocus()
    listing.table.selectionModel().setCurrentIndex(
        listing.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    QTest.keyClick(listing.table, Qt.Key.Key_Return)
    assert opened == ["person-2"]
    assert listing.isVisible()           # Enter opened the person; the list stays


@pytest.mark.parametrize("make", [
    lambda: TileList(Tile("deadlines", ROWS)),
    lambda: ConflictDialog(StaleRecord("note", {"text": "theirs", "row_version": 2},
                                       {"text": "mine"})),
], ids=["home list", "someone else saved first"])
def test_esc_closes_a_dialog(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
