"""First run on a department's PostgreSQL server, through the wizard's widgets: the test
server, the real credential store, and the app opening on it afterwards."""

from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtWidgets import QWizard

from lead_desktop.db.server_address import ServerAddress
from lead_desktop.ui.setup_wizard import SERVER, START, SetupWizard
from tests.stories.app import while_open
from tests.support import postgres

pytestmark = pytest.mark.slow


@pytest.fixture
def server_copy(postgres_template):
    name = f"t_{uuid.uuid4().hex[:12]}"
    postgres.copy_of_template(postgres_template, name)
    yield postgres_template, name
    postgres.drop(postgres_template, name)


def fill(w, server, name: str, *, password: str | None = None, loopback: bool = True) -> None:
    w.page(START).server.setChecked(True)
    w.next()
    assert w.currentId() == SERVER
    page = w.page(SERVER)
    page.host.setText("127.0.0.1")
    page.port.setValue(server.port)
    page.database.setText(name)
    page.role.setText(postgres.SUPERUSER)
    page.password.setText(server.password if password is None else password)
    page.loopback.setChecked(loopback)


def test_the_wizard_opens_a_server_and_keeps_the_password_only_in_the_credential_store(
        qtbot, key_store, server_copy):
    server, name = server_copy
    w = SetupWizard(key_store)
    qtbot.addWidget(w)
    w.show()
    fill(w, server, name, loopback=False)
    account = ServerAddress.parse(f"postgresql://{postgres.SUPERUSER}@127.0.0.1:{server.port}/"
                                  f"{name}")[0].credential_account
    page = w.page(SERVER)
    assert not page.validatePage()  # verified TLS is required: this server has none
    assert "could not be reached" in page.error.text() and w.database is None
    assert key_store.get(account) is None  # a password that opened nothing is not kept
    page.loopback.setChecked(True)
    page.password.setText("not the password")
    assert not page.validatePage() and key_store.get(account) is None
    page.password.setText(server.password)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result() == QWizard.DialogCode.Accepted
    with w.database as database:
        assert database.backend == "postgresql" and database.info().name == "Test program"
    assert key_store.get(account) == server.password.encode()
    assert page.password.text() == ""


def test_the_app_opens_on_the_server_chosen_at_first_run(qtbot, isolated, key_store,
                                                         server_copy):
    from lead_desktop.app import _open, build_parser

    server, name = server_copy
    opened = []

    def work(w) -> None:  # noqa: ANN001
        fill(w, server, name)
        w.button(QWizard.WizardButton.FinishButton).click()

    while_open(qtbot, SetupWizard,
               work, lambda: opened.append(_open(build_parser().parse_args([]))))
    with opened[0] as database:
        assert database.backend == "postgresql"
    settings_text = (isolated / "home" / "settings.json").read_text()
    settings = json.loads(settings_text)
    assert settings["database_path"].startswith("postgresql://")
    assert settings["server_plaintext_loopback"] is True
    assert server.password not in settings_text
    with _open(build_parser().parse_args([])) as again:  # next start: no wizard, the server
        assert again.backend == "postgresql" and again.info().name == "Test program"
