"""First run: create a new encrypted database (administrator, program profile, recovery
key that must be typed back), open an existing one (enrolling this workstation with the
recovery key when it has no key), or connect to the department's PostgreSQL server
(server_setup_page.py). Nothing is ever created over an existing file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lead_desktop import paths
from lead_desktop.db.keys import parse_recovery_key
from lead_desktop.documents import recovery_sheet
from lead_desktop.documents.page import Stamp
from lead_desktop.errors import LeadError
from lead_desktop.services import setup
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.ui import printing
from lead_desktop.ui.messages import error_words, next_step_words
from lead_desktop.ui.server_setup_page import ServerPage

START, NEW, ADMIN, RECOVERY, OPEN, SERVER = range(6)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("wizardError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _show(label: QLabel, exc: LeadError) -> bool:
    label.setText(f"{error_words(exc)}\n{next_step_words(exc)}".strip())
    return False


def _path_row(edit: QLineEdit, parent: QWidget, save: bool) -> QHBoxLayout:
    translate = QCoreApplication.translate  # one context for the shared row (lupdate reads it)
    browse = QPushButton(translate("SetupWizard", "Browse…"))

    def choose() -> None:
        if save:
            chosen, _ = QFileDialog.getSaveFileName(parent, translate("SetupWizard", "New database file"),
                                                    edit.text(), "LEAD database (*.db)")
        else:
            chosen, _ = QFileDialog.getOpenFileName(parent, translate("SetupWizard", "Database file"),
                                                    edit.text(), "LEAD database (*.db)")
        if chosen:
            edit.setText(chosen)
    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class SetupWizard(QWizard):
    def __init__(self, key_store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up LEAD Desktop"))
        self.key_store = key_store
        self.database = None
        self.recovery_key = ""
        self.created = None  # a database this wizard made, until its recovery key is confirmed
        #: PostgreSQL mode: how this workstation reaches the server (kept in the settings)
        self.server_transport = None
        self.setPage(START, StartPage())
        self.setPage(NEW, NewDatabasePage())
        self.setPage(ADMIN, AdministratorPage())
        self.setPage(RECOVERY, RecoveryKeyPage())
        self.setPage(OPEN, OpenDatabasePage())
        self.setPage(SERVER, ServerPage())
        self.resize(640, 460)

    def done(self, result: int) -> None:
        """Cancelling before the recovery key was confirmed removes the database this wizard
        just made (it holds only the administrator account): setup never leaves a database
        whose recovery key nobody has."""
        if result != QWizard.DialogCode.Accepted and self.created is not None:
            self.database.close()
            self.key_store.delete(self.database.fingerprint)
            Path(self.created).unlink(missing_ok=True)
            self.database = self.created = None
        super().done(result)


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to LEAD Desktop"))
        self.new = QRadioButton(self.tr("Create a new database for our program"))
        self.new.setObjectName("choiceNew")
        self.existing = QRadioButton(self.tr("Open an existing database (on this computer or "
                                             "in a network folder)"))
        self.existing.setObjectName("choiceOpen")
        self.server = QRadioButton(self.tr("Connect to our department's database server "
                                           "(PostgreSQL)"))
        self.server.setObjectName("choiceServer")
        self.new.setChecked(True)
        layout = QVBoxLayout(self)
        for widget in (self.new, self.existing, self.server):
            layout.addWidget(widget)

    def nextId(self) -> int:  # noqa: N802
        if self.server.isChecked():
            return SERVER
        return NEW if self.new.isChecked() else OPEN


class NewDatabasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("A new encrypted database"))
        self.path = QLineEdit(str(paths.default_database_path()))
        self.path.setObjectName("newPath")
        self.name = QLineEdit()
        self.name.setObjectName("databaseName")
        self.profile = QComboBox()
        self.profile.setObjectName("profile")
        for key, profile in bundled_profiles().items():
            self.profile.addItem(profile.name, key)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), _path_row(self.path, self, save=True))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Program profile"), self.profile)
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        if Path(self.path.text()).exists():
            self.error.setText(self.tr("That file already exists; it will not be replaced. "
                                       "Choose another name, or go back and open it."))
            return False
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the database a name."))
            return False
        return True

    def nextId(self) -> int:  # noqa: N802
        return ADMIN


class AdministratorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setCommitPage(True)  # the database is created here: no way back past this page
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create database"))
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("adminPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password (12+ characters; a phrase is good)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        wizard: SetupWizard = self.wizard()
        new: NewDatabasePage = wizard.page(NEW)
        data = setup.NewProgram(Path(new.path.text()), new.name.text(),
                                bundled_profiles()[new.profile.currentData()],
                                self.username.text(), self.full_name.text(), self.password.text())
        try:
            created = setup.create_program(data, wizard.key_store)
        except LeadError as exc:
            return _show(self.error, exc)
        wizard.database, wizard.recovery_key = created.database, created.recovery_key
        wizard.created = str(data.path)
        return True

    def nextId(self) -> int:  # noqa: N802
        return RECOVERY


class RecoveryKeyPage(QWizardPage):
    """Setup cannot finish until the recovery key has been written down and typed back."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setStyleSheet("font-family: monospace; font-size: 13pt;")
        explain = QLabel(self.tr(
            "Whoever holds this key can open the database. Write it down or print it, have it "
            "witnessed, and keep it in a locked safe. It is needed when a workstation is "
            "replaced or its credential store changes. It is shown only now."))
        explain.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("recoveryKeyTyped")
        self.typed.setPlaceholderText(self.tr("Type the key back to confirm you have it"))
        self.typed.textChanged.connect(self.completeChanged)
        self.printed = False
        print_button = QPushButton(self.tr("&Print the recovery-key sheet…"))
        print_button.setObjectName("printRecoverySheet")
        print_button.clicked.connect(lambda: self.print_sheet())
        layout = QVBoxLayout(self)
        for widget in (explain, self.key, print_button, self.typed):
            layout.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802
        self.key.setText(self.wizard().recovery_key)

    def sheet(self) -> bytes:
        """The recovery-key sheet (documents.md §10), made in memory for printing only."""
        wizard: SetupWizard = self.wizard()
        database = wizard.database
        now = datetime.now(timezone.utc)
        admin = wizard.page(ADMIN).full_name.text()
        return recovery_sheet.build(
            recovery_sheet.RecoverySheet(database.info().name, str(database.path),
                                         database.fingerprint, wizard.recovery_key, now, admin),
            Stamp(program=database.info().name, document_id=f"RK-{database.fingerprint[:8]}",
                  template=recovery_sheet.TEMPLATE, generated_by=admin, generated_at=now))

    def print_sheet(self, print_pdf=None) -> bool:
        """Print the sheet directly (never saved to disk); printing it confirms the key."""
        print_pdf = print_pdf or (lambda pdf: printing.print_with_dialog(
            pdf, self.tr("Recovery key"), self, paper_only=True))
        if print_pdf(self.sheet()):
            self.printed = True
            self.completeChanged.emit()
        return self.printed

    def isComplete(self) -> bool:  # noqa: N802
        if self.printed:
            return True
        try:
            confirmed = parse_recovery_key(self.typed.text()) == parse_recovery_key(
                self.wizard().recovery_key)
        except LeadError:
            confirmed = False
        return confirmed

    def validatePage(self) -> bool:  # noqa: N802
        self.wizard().created = None  # confirmed: the database is theirs now
        return self.isComplete()

    def nextId(self) -> int:  # noqa: N802
        return -1


class OpenDatabasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Open an existing database"))
        self.path = QLineEdit()
        self.path.setObjectName("openPath")
        self.recovery = QLineEdit()
        self.recovery.setObjectName("openRecoveryKey")
        self.recovery.setPlaceholderText(
            self.tr("Only if this workstation has no key yet, or an old one"))
        self.recovery.setToolTip(self.tr("The recovery key, or the one-time enrollment code "
                                         "an administrator makes on an enrolled workstation"))
        form = QFormLayout(self)
        form.addRow(self.tr("File"), _path_row(self.path, self, save=False))
        form.addRow(self.tr("Recovery key or code"), self.recovery)
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        wizard: SetupWizard = self.wizard()
        try:
            wizard.database = setup.open_existing(Path(self.path.text()), wizard.key_store,
                                                  self.recovery.text().strip() or None)
        except LeadError as exc:
            return _show(self.error, exc)
        return True

    def nextId(self) -> int:  # noqa: N802
        return -1
