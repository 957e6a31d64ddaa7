"""Administration → Program: the rules of the version in force, in plain words; the history
of versions (who, when, why); for administrators the forms for what a site changes most (a
change is a new version) and the holiday calendar; the courts, agencies and the 24-hour
number are kept on their own page (one place), linked from here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.program.holidays import HolidayService
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.ui.pages.holidays_panel import HolidaysPanel
from lead_desktop.ui.pages.program_change_form import ProgramChangeForm
from lead_desktop.ui.pages.program_rules_words import rules_in_words
from lead_desktop.ui.shown_time import moment
from lead_desktop.ui.table_model import RowsModel

# what the app itself writes into a version's "by" and "why" (profile_store.seed_bundled),
# kept in English in the database and shown in the user's language
STORED_WORDS = {
    "bundled preset": QT_TRANSLATE_NOOP("ProgramPage", "A preset that comes with LEAD Desktop"),
    "setup": QT_TRANSLATE_NOOP("ProgramPage", "Set-up of the database"),
}


def stored_words(text: str | None) -> str:
    if not text:
        return ""
    if text.startswith("upgrade "):  # "upgrade 0012": the schema upgrade that copied it in
        return QCoreApplication.translate("ProgramPage", "Upgrade of the database")
    words = STORED_WORDS.get(text)
    return QCoreApplication.translate("ProgramPage", words) if words else text

class ProgramPage(QWidget):
    def __init__(self, store: ProfileStore, holidays: HolidayService, actor: Actor,
                 directory_page: QWidget | None = None, moves=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("programPage")
        self._store, self._directory_page = store, directory_page
        can_write = allowed(actor, Data.CONFIGURATION, Access.WRITE)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setObjectName("programTitle")
        layout.addWidget(self.title)
        self.rules = QLabel()
        self.rules.setObjectName("profileText")
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)

        history = QGroupBox(self.tr("Versions"))
        self.history = RowsModel([
            (self.tr("Version"), lambda v: v.version),
            (self.tr("Made"), lambda v: moment(v.created_at)),
            (self.tr("By"), lambda v: stored_words(v.created_by)),
            (self.tr("Why"), lambda v: stored_words(v.note)),
            (self.tr("In force"), lambda v: self.tr("new referrals") if v.in_force else "")],
            self)
        self.history_table = QTableView()
        self.history_table.setObjectName("historyTable")
        self.history_table.setModel(self.history)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setMinimumHeight(120)
        QVBoxLayout(history).addWidget(self.history_table)
        layout.addWidget(history)

        self.change = ProgramChangeForm(store, actor, moves)
        self.change.saved.connect(lambda _key: self.refresh())
        self.change.setVisible(can_write)
        layout.addWidget(self.change)
        self.open_directory = QPushButton(self.tr("Courts, agencies and the 24-hour number…"))
        self.open_directory.setObjectName("openDirectory")
        self.open_directory.clicked.connect(self.show_directory)
        self.open_directory.setVisible(directory_page is not None)
        layout.addWidget(self.open_directory)
        self.holidays = HolidaysPanel(holidays, actor, can_write)
        layout.addWidget(self.holidays)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        profile = self._store.current()
        if profile is None:
            self.title.setText(self.tr("<h2>No program profile chosen yet</h2>"))
            self.rules.clear()
            self.history.set_rows([])
            self.change.setEnabled(False)
            return
        self.title.setText(self.tr("<h2>%1, version %2</h2>")
                           .replace("%1", escape(profile.name))
                           .replace("%2", str(profile.version)))
        parts = []
        for heading, sentences in rules_in_words(profile):
            if sentences:
                parts.append(f"<h3>{escape(heading)}</h3><ul>"
                             + "".join(f"<li>{escape(s)}</li>" for s in sentences) + "</ul>")
        self.rules.setText("".join(parts))
        self.history.set_rows(list(reversed(self._store.history(profile.id))))
        self.change.show_profile(profile)

    def show_directory(self) -> None:
        """Switch the main window to the courts-and-agencies page."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None and self._directory_page is not None:
            show_page(self._directory_page)
