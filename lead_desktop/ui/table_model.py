"""A read-only table model over a list of frozen dataclasses: one row each, no widget per
row, columns named by attribute. Long lists are handed to the view a batch at a time
(Qt's canFetchMore/fetchMore): the view asks for more as the user scrolls to the end, so
a county-size list costs no more to show than its first screen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lead_desktop.ui import shown_time

BATCH = 200
CHIP_ROLE = Qt.ItemDataRole.UserRole + 7  # the chip's urgency code (ui/status_chip.py)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None,
                 batch: int = BATCH) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._shown = 0      # rows the view has been given so far
        self._batch = batch

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self._batch)
        self.endResetModel()

    def add_rows(self, rows: Sequence[Any]) -> None:
        """Rows appended at the end (a next page read from the database)."""
        if not rows:
            return
        every_shown = self._shown == len(self._rows)
        self._rows.extend(rows)
        if every_shown:  # the view was at the end: it gets the new rows as a batch
            self.fetchMore()

    @property
    def total(self) -> int:
        """All the rows, given to the view or not yet."""
        return len(self._rows)

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008,N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008,N802
        if parent.isValid():
            return
        more = min(self._batch, len(self._rows) - self._shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._columns)

    #: Optional: a row's background colour (e.g. a caseload over its maximum), or None.
    background: Callable[[Any], Any] | None = None

    #: Optional: a row's urgency code (services/urgency.py) for a chip column, or None;
    #: answered for the role ui/status_chip.CHIP_ROLE, which ChipDelegate draws.
    chip: Callable[[Any], Any] | None = None

    #: Optional: a row's whole text for its tooltip (what a narrow column elides), or None.
    tooltip: Callable[[Any], str] | None = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.tooltip is not None:
            return self.tooltip(self._rows[index.row()])
        if role == CHIP_ROLE and index.isValid() and self.chip is not None:
            urgency = self.chip(self._rows[index.row()])
            return getattr(urgency, "value", urgency)
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and self.background is not None):
            return self.background(self._rows[index.row()])
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = self._columns[index.column()][1](self._rows[index.row()])
        if isinstance(value, datetime):  # stored UTC, shown in the program's time
            return shown_time.moment(value)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001,N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None
