"""Tabs whose page is made the first time it is shown or asked for, so opening a window
does not read what its other tabs show (the person window: follow-up, plan, justice,
documents and attachments each read the database when they are made)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._waiting: dict[str, tuple[QWidget, str, Callable[[], QWidget]]] = {}
        self._made: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        """A tab titled `title` whose page `make()` builds when it is first needed."""
        stand_in = QWidget()
        stand_in.setObjectName(f"{name}NotMadeYet")
        self._waiting[name] = (stand_in, title, make)
        self._tabs.addTab(stand_in, title)

    def made(self, name: str) -> QWidget | None:
        """The page if it has been made (None otherwise; nothing is made)."""
        return self._made.get(name)

    def page(self, name: str) -> QWidget | None:
        """The page, made now if it was not yet; None if the window has no such tab."""
        if name in self._made or name not in self._waiting:
            return self._made.get(name)
        stand_in, title, make = self._waiting.pop(name)
        page = self._made[name] = make()
        index, current = self._tabs.indexOf(stand_in), self._tabs.currentIndex()
        blocked = self._tabs.blockSignals(True)  # the swap is no change of tab for anyone
        try:
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, page, title)
            self._tabs.setCurrentIndex(current)
        finally:
            self._tabs.blockSignals(blocked)
        stand_in.deleteLater()
        return page

    def _shown(self, index: int) -> None:
        widget = self._tabs.widget(index)
        for name, (stand_in, _, _) in list(self._waiting.items()):
            if stand_in is widget:
                self.page(name)
                return
