"""The refusals people meet attaching a paper, setting up the program and saving an
extract reach the screen in the user's language, with their values: the attachments panel,
the setup wizard (a file or a server database) and the evaluator's extract page each show
the marked translation and no English outside it (tests/support/marking.py)."""

from __future__ import annotations

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.ui.attachments.panel import AttachmentsPanel
from lead_desktop.ui.setup_wizard import ADMIN, NEW, SERVER, START, SetupWizard
from tests.support import steps
from tests.support.marking import marked
from tests.ui import test_service_words as words

#: the contexts of the attachments, setup, import, reports and saving refusals
MARKED = (*words.MARKED, "Attachments", "Setup", "Server", "Reports", "Backups",
          "Templates", "Demo", "ImportFields")


@pytest.fixture
def marking(qapp):
    with marked(MARKED) as translator:
        yield translator


def test_a_file_that_is_no_paper_is_refused_in_the_users_language(qtbot, db, program, staff,
                                                                   tmp_path, marking):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    service = AttachmentService(db, program.clock)
    panel = AttachmentsPanel(service, cm, case.person_id, case.id)
    qtbot.addWidget(panel)
    letter = tmp_path / "letter.pdf"  # named like a PDF, but text inside
    letter.write_text("Dear case manager,\n", encoding="utf-8")
    kept = service.list_for_person(cm, case.person_id)  # the case's signed consent
    panel.kind.setCurrentIndex(panel.kind.findData("case_paper"))
    panel.title.setText("Housing letter")
    assert panel.add_file(letter) is None
    assert panel.message.text() == (
        "«This file is not a PDF, JPEG, PNG or TIFF (judged by its content, not its name): "
        "it was not attached. Scan or save it as one of these.»")
    assert service.list_for_person(cm, case.person_id) == kept  # nothing was added
    assert letter.exists()


def test_the_setup_wizard_says_what_is_missing_in_the_users_language(qtbot, key_store,
                                                                     tmp_path, marking):
    w = SetupWizard(key_store)
    qtbot.addWidget(w)
    w.show()
    w.next()  # "create a new database" is the default choice
    w.page(NEW).path.setText(str(tmp_path / "harbor.db"))
    w.page(NEW).name.setText("Harbor City LEAD")
    w.next()
    admin = w.page(ADMIN)
    admin.username.setText("ada")
    admin.full_name.setText("   ")
    admin.password.setText("violet tractor sings at dawn")
    admin.repeat.setText("violet tractor sings at dawn")
    w.next()
    assert w.currentId() == ADMIN
    assert admin.error.text() == "«Enter the administrator's full name.»"
    assert not (tmp_path / "harbor.db").exists()


def test_the_server_page_says_what_is_wrong_with_its_values(qtbot, key_store, tmp_path,
                                                             marking):
    w = SetupWizard(key_store)
    qtbot.addWidget(w)
    w.show()
    w.page(START).server.setChecked(True)
    w.next()
    page = w.page(SERVER)
    page.host.setText("db.county.example")
    page.database.setText("lead")
    page.role.setText("lead_app")  # and no password yet
    w.next()
    assert w.currentId() == SERVER
    assert page.error.text() == "«Enter the password of the database user.»"
    page.password.setText("from IT")
    missing = tmp_path / "county-ca.pem"
    page.ca_file.setText(str(missing))
    w.next()
    assert w.currentId() == SERVER
    assert page.error.text() == f"«The certificate file {missing} was not found.»"


def test_an_extract_never_written_over_a_folder_is_said_in_the_users_language(
        qtbot, db, staff, program, tmp_path, marking):
    from PySide6.QtCore import Qt

    from lead_desktop.ui.pages.extract_page import ExtractPage
    from tests.ui.test_courts_and_agencies import page_of, window_for

    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    window = window_for(qtbot, db, staff, Role.EVALUATOR, program.clock)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Evaluation extract"))
    page = page_of(window, ExtractPage)
    folder = tmp_path / "extract"
    folder.mkdir()  # last month's extract, kept
    page.confirm_unencrypted = lambda: True
    page.choose_folder = lambda suggested: folder
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in page.status.text())
    assert page.status.text() == (f"«{folder} already exists; nothing was overwritten. "
                                  "Choose a new folder name.»")
    assert list(folder.iterdir()) == []


def test_the_columns_still_to_choose_are_named_in_the_users_language(marking):
    """The import's own fields inside its refusal are its translated field names."""
    from lead_desktop.errors import InvalidInput
    from lead_desktop.services.importing.columns import check_mapping
    from lead_desktop.ui.messages import error_words

    with pytest.raises(InvalidInput) as caught:
        check_mapping({"last_name": "Family"}, ("Family", "Type"))
    assert error_words(caught.value) == \
        "«Choose the column for: «Referral type», «Referral date».»"
    assert caught.value.message == "Choose the column for: Referral type, Referral date."
