"""Unlocking with the recovery key when the app starts and this workstation's key is missing
or stale (the database was re-keyed on another workstation). Entering the current recovery
key re-enrolls the workstation, the same as `lead-admin enroll`; nothing else changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.errors import KeyMissing, LeadError
from lead_desktop.services import setup
from lead_desktop.ui.messages import error_words, next_step_words


class RecoveryKeyDialog(QDialog):
    def __init__(self, path: Path, key_store, refusal: LeadError, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self._path, self._key_store = Path(path), key_store
        self.database = None
        why = (self.tr("This workstation has no key for this database yet.")
               if isinstance(refusal, KeyMissing) else
               self.tr("The key kept on this workstation is out of date: the database was "
                       "re-keyed on another workstation."))
        intro = QLabel(why + "\n\n" + self.tr(
            "Type the current recovery key (from the newest recovery-key sheet) to unlock it "
            "here, or the one-time enrollment code your administrator shows you (Administration "
            "→ Enroll a workstation)."))
        intro.setObjectName("recoveryKeyReason")
        intro.setWordWrap(True)
        file_label = QLabel(str(self._path))
        file_label.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setAccessibleName(self.tr("Recovery key or enrollment code"))
        self.key.setPlaceholderText("XXXXX-XXXXX-…")
        self.error = QLabel()
        self.error.setObjectName("recoveryKeyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Database"), file_label)
        form.addRow(self.tr("Recovery key or code"), self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(self.tr("&Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockWithRecoveryKey")
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(680, 260)

    def unlock(self) -> bool:
        """Enroll this workstation with the typed key; a refusal is shown, the key stays."""
        if not self.key.text().strip():
            self.error.setText(self.tr("Type the recovery key or the enrollment code."))
            return False
        try:
            self.database = setup.open_existing(self._path, self._key_store, self.key.text())
        except LeadError as exc:
            self.error.setText(f"{error_words(exc)}\n{next_step_words(exc)}".strip())
            return False
        self.accept()
        return True


def open_or_recover(path: Path, key_store, ask=None):
    """Open the database; when this workstation's key is missing or stale, offer the
    recovery-key dialog (`ask` runs it; tests drive it without a modal loop). Any other
    refusal, or a cancelled dialog, raises the original error."""
    from lead_desktop.db.database import open_database

    try:
        return open_database(path, key_store)
    except LeadError as refusal:
        if not setup.needs_recovery_key(refusal):
            raise
        dialog = RecoveryKeyDialog(path, key_store, refusal)
        if not (ask or RecoveryKeyDialog.exec)(dialog) or dialog.database is None:
            raise
        return dialog.database
