"""Issue 15, defect 8: the grant report in the user's language. The template dialog shows
the default title and the measures translated (a marking translator stands in for the
Spanish words the lead fills in), nothing cut; left as it is, the default title stays the
default; the PDF a Spanish user saves has Spanish dates and page words, the measures and
notes translated."""

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, Qt

from lead_desktop.security.roles import Role
from lead_desktop.services.reports.grant import DEFAULT_TITLE, MEASURES
from lead_desktop.services.reports.grant_service import GrantService
from lead_desktop.ui import translations
from lead_desktop.ui.grant_template_dialog import GrantTemplateDialog
from tests.stories.app import while_open
from tests.support import steps
from tests.support.marking import Marking

from .test_courts_and_agencies import window_for
from .test_reports_page import _go_to_reports


@pytest.fixture
def spanish_marked(qapp):
    installed = []

    def install():
        installed.extend(translations.install(qapp, "es"))
        installed.append(Marking(("GrantReport",)))  # the rest: Spanish
        QCoreApplication.installTranslator(installed[-1])

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_the_grant_template_and_pdf_in_the_user_s_language(qtbot, db, staff, program,
                                                           tmp_path, spanish_marked):
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    spanish_marked()
    seen = {}

    def look(dialog):
        seen["title"] = dialog.title.text()
        seen["measures"] = {key: box.text() for key, box in dialog.measures.items()}
        seen["cut"] = [key for key, box in dialog.measures.items()
                       if box.width() < box.sizeHint().width()]
        seen["width"] = dialog.width()
        dialog.accept()

    while_open(qtbot, GrantTemplateDialog, look,
               lambda: qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton))
    assert seen["title"] == f"«{DEFAULT_TITLE}»"
    assert seen["measures"] == {key: f"«{label}»" for key, label in MEASURES.items()}
    assert not seen["cut"], seen
    saved = GrantService(page._service).template(staff[Role.SUPERVISOR])
    assert saved.title == DEFAULT_TITLE          # the default stays the default

    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 3, 31))
    target = tmp_path / "grant.pdf"
    page.confirm_unencrypted = lambda: True
    page.choose_pdf_path = lambda suggested: target
    qtbot.mouseClick(page.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.grant_button.isEnabled(), timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages)
    assert "«Grant report»" in text and f"«{MEASURES['completions']}»" in text, text[:500]
    assert "1 de marzo de 2026" in text and "Medidas" in text and "Página 1 de" in text
    assert "Program totals: no person" in text and "«Program totals: no person" in text
