"""Saving a document from the Documents tab: confirmed with a warning that the file is not
encrypted, suggested inside the user's profile, audited; off when an administrator says
so (the Program settings page)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.exports import ExportService, default_export_folder
from lead_desktop.ui.documents_tab import DocumentsTab
from lead_desktop.ui.pages.program_settings_page import ProgramSettingsPage
from tests.support import steps


def _tab(qtbot, program, staff, db):
    cm, clerk = staff[Role.CASE_MANAGER], staff[Role.CLERK]
    person = steps.person(program, cm)
    steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    documents = DocumentService(db, program.clock)
    tab = DocumentsTab(documents, clerk, program.consents.list_for_person(clerk, person.id), [])
    qtbot.addWidget(tab)
    return tab


def _exports(db):
    with db.read() as session:
        return session.scalars(select(AuditEntry).where(
            AuditEntry.event == "document.export")).all()


def test_saving_asks_first_and_suggests_the_users_folder(qtbot, program, staff, db, tmp_path):
    tab = _tab(qtbot, program, staff, db)
    tab.confirm_unencrypted = lambda: False
    assert tab.save() is None and _exports(db) == []
    suggested: list[Path] = []
    tab.confirm_unencrypted = lambda: True
    tab.choose_path = lambda default: suggested.append(default) or tmp_path / "mine.pdf"
    saved = tab.save()
    assert saved == tmp_path / "mine.pdf" and PdfReader(saved).pages
    assert suggested[0].parent == default_export_folder() and suggested[0].parent.is_dir()
    [entry] = _exports(db)
    assert entry.username == staff[Role.CLERK].username and "mine.pdf" in entry.details
    assert "not encrypted" in tab.message.text()


def test_printing_to_a_file_is_an_export(qtbot, program, staff, db):
    tab = _tab(qtbot, program, staff, db)
    made = tab.generate()
    tab.confirm_unencrypted = lambda: True
    assert tab.allow_print_to_file(made, "C:/Users/x/Documents/out.pdf")
    [entry] = _exports(db)
    assert "print_to_file" in entry.details and "out.pdf" in entry.details


def test_turned_off_by_the_administrator_from_the_settings_page(qtbot, program, staff, db):
    page = ProgramSettingsPage(ExportService(db), staff[Role.ADMINISTRATOR])
    qtbot.addWidget(page)
    assert page.save_to_disk.isChecked() and page.save_to_disk.isEnabled()
    page.save_to_disk.setChecked(False)
    assert "printed on paper" in page.status.text()
    tab = _tab(qtbot, program, staff, db)
    assert not tab.buttons["saveDocument"].isEnabled()
    assert tab.buttons["printDocument"].isEnabled()
    tab.confirm_unencrypted = lambda: True
    assert tab.save() is None and "turned off" in tab.message.text()
    assert not tab.allow_print_to_file(tab.generate(), "out.pdf")
    assert [e.outcome for e in _exports(db)] == ["failure"]


def test_auditors_see_the_setting_but_cannot_change_it(qtbot, db, staff):
    page = ProgramSettingsPage(ExportService(db), staff[Role.AUDITOR])
    qtbot.addWidget(page)
    assert page.save_to_disk.isChecked() and not page.save_to_disk.isEnabled()


def test_a_summons_batch_printed_to_a_file_is_audited_per_document(qtbot, db, staff):
    from lead_desktop.services.cases.summons_service import SummonsService
    from lead_desktop.ui.pages.print_queue_page import PrintQueuePage

    page = PrintQueuePage(SummonsService(db), DocumentService(db), staff[Role.CLERK])
    qtbot.addWidget(page)
    page.confirm_unencrypted = lambda: False
    assert not page.allow_file([("SUM-1", b"%PDF a"), ("SUM-2", b"%PDF b")], "batch.pdf")
    assert _exports(db) == []
    page.confirm_unencrypted = lambda: True
    assert page.allow_file([("SUM-1", b"%PDF a"), ("SUM-2", b"%PDF b")], "batch.pdf")
    assert sorted(e.record_id for e in _exports(db)) == ["SUM-1", "SUM-2"]
    ExportService(db).set_saving_allowed(staff[Role.ADMINISTRATOR], False)
    assert not page.allow_file([("SUM-3", b"%PDF c")], "batch.pdf")
    assert "turned off" in page.message.text()
