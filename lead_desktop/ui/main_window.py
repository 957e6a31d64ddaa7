"""The main window: a thin shell with the signed-in user, role and database in view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from lead_desktop import APP_NAME, __version__
from lead_desktop.db.database import Database
from lead_desktop.security.accounts import SignedIn


class MainWindow(QMainWindow):
    def __init__(self, database: Database, signed_in: SignedIn, *, demo: bool) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        suffix = self.tr(" — DEMO (synthetic data)") if demo else ""
        self.setWindowTitle(f"{APP_NAME}{suffix}")
        user = signed_in.user
        info = database.info()

        home = QWidget()
        layout = QVBoxLayout(home)
        heading = QLabel(self.tr("Welcome, %s") % user.display_name)
        heading.setObjectName("welcome")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        details = QLabel(
            self.tr("Role: %1\nDatabase: %2 (fingerprint %3)\nFile: %4\nVersion: %5")
            .replace("%1", user.role.label).replace("%2", info.name)
            .replace("%3", database.fingerprint).replace("%4", str(database.path))
            .replace("%5", __version__)
        )
        details.setObjectName("sessionDetails")
        layout.addWidget(details)
        layout.addStretch(1)
        self.setCentralWidget(home)

        status = f"{user.username} · {user.role.label} · {info.name}"
        if demo:
            status += " · DEMO"
        self.statusBar().addWidget(QLabel(status))
        self.resize(900, 600)
