"""The program's words in Spanish: the translation files are in step with the code, and a
Spanish-speaking user sees Spanish in the windows they use."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lead_desktop.ui import translations

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as translation_tool  # noqa: E402  (tools/translations.py, a script)

COMMITTED = ROOT / "resources" / "translations"


def current_sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("obsolete", "vanished")}


def test_translation_files_are_in_step_with_the_code(tmp_path):
    """A new tr() string must reach the .ts files: run tools/translations.py and commit."""
    for ts in COMMITTED.glob("*.ts"):
        shutil.copy(ts, tmp_path)
    translation_tool.update(tmp_path)
    for ts in COMMITTED.glob("*.ts"):
        missing = current_sources(tmp_path / ts.name) - current_sources(ts)
        assert not missing, f"run tools/translations.py: {sorted(missing)[:5]}"
        qm = ts.with_suffix(".qm")
        assert qm.read_bytes() == (tmp_path / qm.name).read_bytes(), \
            f"{qm.name} is older than {ts.name}: run tools/translations.py"


@pytest.fixture
def spanish(qapp: QApplication):
    loaded = translations.install(qapp, "es")
    yield loaded
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_a_spanish_speaking_user_sees_spanish(qtbot, spanish, db, staff):
    from lead_desktop.security.accounts import AccountService
    from lead_desktop.security.roles import Role
    from lead_desktop.ui.desk_assembly import build_pages
    from lead_desktop.ui.main_window import MainWindow
    from lead_desktop.ui.sign_in_dialog import SignInDialog

    from ..conftest import STAFF_PASSWORD

    assert len(spanish) == 2  # ours and Qt's own (standard buttons and dialogs)
    accounts = AccountService(db)
    dialog = SignInDialog(accounts.sign_in, database_label="Test")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Iniciar sesión en LEAD Desktop"
    signed_in = accounts.sign_in(staff[Role.CASE_MANAGER].username, STAFF_PASSWORD)
    window = MainWindow(signed_in, build_pages(db, signed_in, accounts), database_label="T",
                        demo=True, unlock=lambda pw: None)
    qtbot.addWidget(window)
    sections = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert sections == ["Inicio", "Trabajo pendiente", "Personas", "Nueva remisión",
                        "Proveedores", "Panel de control", "Informes", "Esta sesión"]
    assert window.windowTitle().endswith("DEMO (datos ficticios)")



def test_work_queue_messages_from_the_rules_layer_show_in_spanish(spanish):
    from lead_desktop.services.messages import message
    from lead_desktop.ui.messages import shown

    overdue = message("WorkQueue", "intake overdue by {n} days", n=3)
    assert str(overdue) == "intake overdue by 3 days"          # the rules layer: English
    assert shown(overdue) == "admisión atrasada 3 días"        # the screen: the user's language
    unknown = message("WorkQueue", "a message nobody translated yet ({n})", n=1)
    assert shown(unknown) == "a message nobody translated yet (1)"
