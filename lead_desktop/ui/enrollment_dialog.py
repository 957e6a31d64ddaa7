"""Shows an administrator the one-time code that enrolls another workstation (see
db/enrollment.py): typed there where the app asks for the recovery key. Closing the dialog
before the code is used can withdraw it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from lead_desktop.db.enrollment import Offer
from lead_desktop.ui.shown_time import moment


class EnrollmentCodeDialog(QDialog):
    def __init__(self, offer: Offer, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentCodeDialog")
        self.setWindowTitle(self.tr("Enroll another workstation"))
        self._offer = offer
        intro = QLabel(self.tr(
            "On the new workstation, start LEAD Desktop, choose \"Open an existing "
            "database\", pick this database's file and type this code where the recovery key "
            "is asked for. It works once, until %1.")
            .replace("%1", moment(offer.expires_at, "%H:%M")))
        intro.setWordWrap(True)
        self.code = QLabel(offer.code)
        self.code.setObjectName("enrollmentCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Enrollment code"))
        warning = QLabel(self.tr("Read it out or type it yourself: do not send it by "
                                 "e-mail or chat. Whoever has the code and the database "
                                 "file can open every record."))
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.withdraw_button = buttons.addButton(self.tr("&Withdraw the code"),
                                                 QDialogButtonBox.ButtonRole.DestructiveRole)
        self.withdraw_button.setObjectName("withdrawEnrollmentCode")
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(warning)
        layout.addWidget(buttons)

    def withdraw(self) -> None:
        """The code no longer works (it was not needed, or it was seen by someone else)."""
        self._offer.withdraw()
        self.reject()
