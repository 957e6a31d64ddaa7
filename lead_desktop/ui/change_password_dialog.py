"""Choosing a new password: required at the first sign-in with a temporary password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from lead_desktop.errors import LeadError
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.ui.messages import error_words


class ChangePasswordDialog(QDialog):
    def __init__(self, accounts: AccountService, actor: Actor, *, current: str = "",
                 reason: str = "", temporary: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose a new password"))
        self._accounts, self._actor = accounts, actor
        self.current = QLineEdit(current)
        self.current.setObjectName("currentPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password (12+ characters; a phrase is good)"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if temporary:  # the first sign-in with a password an administrator set
            reason = self.tr("Your password is temporary: choose your own.")
        if reason:
            said = QLabel(reason)
            said.setObjectName("passwordReason")
            said.setWordWrap(True)
            layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        try:
            self._accounts.change_password(self._actor, self.current.text(), self.new.text())
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.accept()
