"""Who is signed in, to which database: shown to every role."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lead_desktop import __version__
from lead_desktop.security.accounts import SignedIn
from lead_desktop.ui.role_names import role_name


class SessionPage(QWidget):
    def __init__(self, signed_in: SignedIn, database_name: str, fingerprint: str, path: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        heading = QLabel(self.tr("Welcome, %s") % signed_in.user.display_name)
        heading.setObjectName("welcome")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        details = QLabel(
            self.tr("Role: %1\nDatabase: %2 (fingerprint %3)\nFile: %4\nLEAD Desktop %5")
            .replace("%1", role_name(signed_in.user.role)).replace("%2", database_name)
            .replace("%3", fingerprint).replace("%4", path).replace("%5", __version__))
        details.setObjectName("sessionDetails")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addStretch(1)
