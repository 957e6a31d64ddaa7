"""The setup wizard's page for a department's PostgreSQL server: its address, database, user,
password and CA certificate. The password goes to the credential store (never the
settings) once the server opens; the connection is verified TLS unless the server is on
this computer and an administrator recorded the downgrade (services/setup.connect_server)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWizardPage,
)

from lead_desktop.errors import LeadError
from lead_desktop.services import setup
from lead_desktop.ui.messages import error_words, next_step_words


class ServerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Our department's database server"))
        explain = QLabel(self.tr(
            "Your IT department gives you these. The password is kept in this computer's "
            "credential store, never in a file. The connection is encrypted and the server's "
            "certificate checked."))
        explain.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("db.county.example.org"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("lead")
        self.database.setObjectName("serverDatabase")
        self.role = QLineEdit("lead_app")
        self.role.setObjectName("serverRole")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("serverCaFile")
        self.ca_file.setPlaceholderText(self.tr("The department's CA certificate (.pem)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.loopback = QCheckBox(self.tr(
            "The server runs on this computer without TLS (only if an administrator "
            "recorded it)"))
        self.loopback.setObjectName("serverLoopback")
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("CA certificate"), ca_row)
        form.addRow(self.loopback)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)

    def _choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"),
                                                self.ca_file.text(),
                                                self.tr("Certificates (*.pem *.crt)"))
        if chosen:
            self.ca_file.setText(chosen)

    def choice(self) -> setup.ServerChoice:
        return setup.ServerChoice(
            host=self.host.text(), port=self.port.value(), database=self.database.text(),
            role=self.role.text(), password=self.password.text(),
            ca_file=self.ca_file.text().strip() or None,
            plaintext_loopback=self.loopback.isChecked())

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        choice = self.choice()
        try:
            wizard.database = setup.connect_server(choice, wizard.key_store)
        except LeadError as exc:
            self.error.setText(f"{error_words(exc)}\n{next_step_words(exc)}".strip())
            return False
        wizard.server_transport = choice.transport
        self.password.clear()  # kept in the credential store only
        return True

    def nextId(self) -> int:  # noqa: N802
        return -1
