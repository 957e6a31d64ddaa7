"""The Attachments tab: a file in (its original deleted when the user agrees), a picture
pasted from the clipboard, viewed, printed through the document print path, removed by a
void with a reason; each role sees and adds only its kinds."""

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from lead_desktop.models import AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.ui import printing
from lead_desktop.ui.attachments.panel import AttachmentsPanel
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps
from tests.support.paper import tiny_pdf


def _panel(qtbot, db, program, actor, case, **kw):
    panel = AttachmentsPanel(AttachmentService(db, program.clock), actor, case.person_id,
                             case.id, **kw)
    qtbot.addWidget(panel)
    return panel


def test_add_view_print_paste_and_void(qtbot, db, program, staff, tmp_path):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    asked = []
    panel = _panel(qtbot, db, program, cm, case,
                   delete_source=lambda path: asked.append(path) or True,
                   ask_reason=lambda: "scanned twice")
    scan = tmp_path / "Scans" / "discharge.pdf"
    scan.parent.mkdir()
    scan.write_bytes(tiny_pdf("Discharge summary", pages=2))
    panel.kind.setCurrentIndex(panel.kind.findData("treatment_record"))
    panel.title.setText("Discharge summary, Evergreen")
    view = panel.add_file(scan)
    assert view is not None and asked == [scan] and not scan.exists()
    assert "original file was deleted" in panel.message.text()
    titles = [panel.list.item(i).text().split("\n")[0] for i in range(panel.list.count())]
    assert "Discharge summary, Evergreen" in titles
    assert not panel.list.item(titles.index("Discharge summary, Evergreen")).icon().isNull()

    panel.list.setCurrentRow(titles.index("Discharge summary, Evergreen"))
    viewer = panel.viewer()
    qtbot.addWidget(viewer)
    assert len(viewer.pages) == 2 and viewer.pages[0].width() > 500
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printing.paint(viewer.printable(), printer) == 2
    assert len(PdfReader(out).pages) == 2

    picture = QImage(200, 120, QImage.Format.Format_RGB32)
    picture.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(picture)
    panel.kind.setCurrentIndex(panel.kind.findData("identity_document"))
    program.clock.advance(minutes=5)
    pasted = panel.paste()
    QGuiApplication.clipboard().clear()
    assert pasted is not None and pasted.media_type == "image/png"
    assert pasted.source == "clipboard"

    panel.list.setCurrentRow(0)  # newest first: the pasted picture
    assert panel.selected().id == pasted.id
    panel.void_selected()
    assert panel.views[0].voided and "VOID: scanned twice" in panel.list.item(0).text()
    assert not panel.buttons["voidAttachment"].isEnabled()
    with db.read() as session:
        events = set(session.scalars(select(AuditEntry.event)))
    assert {"attachment.add", "attachment.view", "attachment.print", "attachment.void",
            "attachment.source_deleted", "attachment.list"} <= events
    panel.resize(700, 500)
    panel.grab().save(str(tmp_path / "attachments-panel.png"))


def test_each_role_sees_and_adds_only_its_kinds(qtbot, db, program, staff):
    cm, clerk = staff[Role.CASE_MANAGER], staff[Role.CLERK]
    case = steps.active_case(program, staff, "seattle-lead@1")
    service = AttachmentService(db, program.clock)
    from lead_desktop.services.attachments.attachment_service import Anchor

    service.add(cm, "treatment_record", tiny_pdf("Treatment"), Anchor(case_id=case.id),
                title="Treatment plan from provider")
    service.add(clerk, "court_paper", tiny_pdf("Court"), Anchor(case_id=case.id),
                title="Court notice")
    clerks = _panel(qtbot, db, program, clerk, case)
    assert [clerks.kind.itemData(i) for i in range(clerks.kind.count())] == \
        ["identity_document", "court_paper"]
    shown = {clerks.list.item(i).text().split("\n")[0] for i in range(clerks.list.count())}
    assert "Court notice" in shown and "Treatment plan from provider" not in shown

    auditors = PersonWindow(CaseServices(program.people, program.cases, program.notes,
                                         attachments=service), staff[Role.CASE_MANAGER],
                            case.person_id)
    qtbot.waitUntil(lambda: auditors.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(auditors)
    tabs = [auditors.tabs.tabText(i) for i in range(auditors.tabs.count())]
    assert "Attachments" in tabs


def test_the_administrator_sets_the_size_limit_on_the_settings_page(qtbot, db, staff):
    from lead_desktop.services.exports import ExportService
    from lead_desktop.ui.pages.program_settings_page import ProgramSettingsPage

    page = ProgramSettingsPage(ExportService(db), staff[Role.ADMINISTRATOR])
    qtbot.addWidget(page)
    assert page.attachment_mb.value() == 20 and page.attachment_mb.isEnabled()
    page.attachment_mb.setValue(8)
    page.save_attachment_limit()
    assert "8 MB" in page.status.text()
    assert AttachmentService(db).max_bytes() == 8_000_000
    auditors = ProgramSettingsPage(ExportService(db), staff[Role.AUDITOR])
    qtbot.addWidget(auditors)
    assert auditors.attachment_mb.value() == 8 and not auditors.attachment_mb.isEnabled()


def test_the_administrator_sets_the_retention_of_removed_attachments(qtbot, db, staff):
    from lead_desktop.services.attachments import retention
    from lead_desktop.services.exports import ExportService
    from lead_desktop.ui.pages.program_settings_page import ProgramSettingsPage

    page = ProgramSettingsPage(ExportService(db), staff[Role.ADMINISTRATOR])
    qtbot.addWidget(page)
    assert page.retention_days.value() == retention.DEFAULT_DAYS
    assert "off" in page.purging.text()  # nothing deleted until a supervisor approves
    page.retention_days.setValue(3650)
    page.findChild(QPushButton, "saveAttachmentRetention").click()
    assert "3650 days" in page.status.text()
    with db.read() as session:
        assert retention.retention_days(session) == 3650
    retention.set_automatic(db, staff[Role.SUPERVISOR], True)
    auditors = ProgramSettingsPage(ExportService(db), staff[Role.AUDITOR])
    qtbot.addWidget(auditors)
    assert auditors.retention_days.value() == 3650 and not auditors.retention_days.isEnabled()
    assert "on (a supervisor approved it" in auditors.purging.text()


def test_a_multi_page_tiff_and_a_file_copied_in_the_file_manager(qtbot, db, program, staff,
                                                                  tmp_path):
    import io

    from PIL import Image
    from PySide6.QtCore import QMimeData, QUrl

    clerk = staff[Role.CLERK]
    case = steps.active_case(program, staff, "seattle-lead@1")
    panel = _panel(qtbot, db, program, clerk, case, delete_source=lambda path: False)
    pages = [Image.new("RGB", (300, 400), color) for color in ("white", "gray", "black")]
    tiff = io.BytesIO()
    pages[0].save(tiff, format="TIFF", save_all=True, append_images=pages[1:])
    copied = tmp_path / "court-notice.tif"
    copied.write_bytes(tiff.getvalue())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copied))])
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(mime)
    panel.kind.setCurrentIndex(panel.kind.findData("court_paper"))
    program.clock.advance(minutes=5)  # newest first
    try:
        view = panel.paste()
    finally:  # the clipboard owns the data: emptied while Qt runs (else a crash at exit)
        clipboard.clear()
    assert view is not None and view.media_type == "image/tiff" and copied.exists()
    panel.list.setCurrentRow(0)
    viewer = panel.viewer()
    qtbot.addWidget(viewer)
    assert len(viewer.pages) == 3  # every page of the scan, through Qt's TIFF reader
    assert len(PdfReader(io.BytesIO(viewer.printable())).pages) == 3


def test_a_scanned_signed_agreement_kept_in_the_attachments_tab_lets_the_case_become_active(
        qtbot, db, program, staff, tmp_path):
    """Worcester (compliance model): the agreement signed on paper, scanned and kept as the
    "Signed participation agreement" records it; the person window then takes the case to
    Active, which it refused before."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.eligible_case(program, staff, "worcester-buyer-diversion@1")
    consent = steps.signed_consent(program, cm, case.person_id, [{"class": "treatment provider"}])
    steps.complete_intake(program, cm, case.id, consent, agreement=False)
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes,
                                       attachments=AttachmentService(db, program.clock)),
                          cm, case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    window.step.setCurrentIndex(window.step.findData("active"))
    window.take_step()
    assert "agreement" in window.action_message.text(), window.action_message.text()

    scan = tmp_path / "agreement.pdf"
    scan.write_bytes(tiny_pdf("Participation agreement, signed"))
    panel = window.attachments
    panel._delete_source = lambda path: False  # keep the scan (the question is modal)
    panel.kind.setCurrentIndex(panel.kind.findData("signed_agreement"))
    assert panel.kind.currentText() == "Signed participation agreement"
    assert panel.add_file(scan) is not None, panel.message.text()

    window.step.setCurrentIndex(window.step.findData("active"))
    window.take_step()
    assert window.action_message.text() == "Done.", window.action_message.text()
    assert window.case.state.value == "active"
    with db.read() as session:
        assert session.scalar(select(AuditEntry).where(
            AuditEntry.event == "case.participation_agreement",
            AuditEntry.record_id == case.id)) is not None


def test_a_scan_imported_from_the_scanners_folder(qtbot, db, program, staff, tmp_path):
    """"Scan to file" then import: the folder this workstation's scanner saves to is
    remembered; its scans are offered newest first; the one chosen is attached as a scan
    (its type read from the content) and the unencrypted file deleted when the user agrees;
    other files are left alone."""
    import os

    from lead_desktop.settings import Settings
    from lead_desktop.ui.attachments import importing

    folder = tmp_path / "Scans"
    folder.mkdir()
    older, newest = folder / "scan0001.pdf", folder / "scan0002.PDF"
    older.write_bytes(tiny_pdf("Yesterday's letter"))
    newest.write_bytes(tiny_pdf("Court notice"))
    os.utime(older, (1_700_000_000, 1_700_000_000))
    (folder / "notes.txt").write_text("not a scan")
    settings = Settings.load()
    settings.scan_folder = str(folder)
    settings.save()
    assert importing.scan_folder(None) == folder  # remembered on this workstation
    offered, asked = [], []
    clerk = staff[Role.CLERK]
    case = steps.active_case(program, staff, "seattle-lead@1")
    panel = _panel(qtbot, db, program, clerk, case,
                   choose_scan=lambda scans: offered.append(scans) or scans[0],
                   delete_source=lambda path: asked.append(path) or True)
    panel.kind.setCurrentIndex(panel.kind.findData("court_paper"))
    panel.buttons["attachScan"].click()
    assert offered == [[newest, older]]  # newest first, only the kinds a scan can be
    view = next(v for v in panel.views if v.title == "scan0002")
    assert view.source == "scan" and view.media_type == "application/pdf"
    assert asked == [newest] and not newest.exists() and older.exists()
    assert "original file was deleted" in panel.message.text()

    empty = tmp_path / "Empty"
    empty.mkdir()
    nothing = _panel(qtbot, db, program, clerk, case, scan_folder=lambda: empty,
                     choose_scan=lambda scans: pytest.fail("nothing to choose"))
    assert nothing.import_scan() is None and "No scans" in nothing.message.text()


def test_a_purged_attachment_shows_what_it_was_and_offers_no_view(qtbot, db, program, staff):
    from lead_desktop.services.attachments import retention
    from lead_desktop.services.attachments.attachment_service import Anchor

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    files = AttachmentService(db, program.clock)
    letter = files.add(cm, "case_paper", tiny_pdf("x"), Anchor(case_id=case.id),
                       title="Old letter")
    files.void(cm, letter.id, "wrong person")
    retention.set_retention_days(db, staff[Role.ADMINISTRATOR], 30)
    program.clock.advance(days=31)
    retention.purge(db, staff[Role.SUPERVISOR], program.clock.now)
    panel = AttachmentsPanel(files, cm, case.person_id, case.id)
    qtbot.addWidget(panel)
    row = next(i for i, v in enumerate(panel.views) if v.id == letter.id)
    panel.list.setCurrentRow(row)
    assert "Content deleted" in panel.list.item(row).text()
    assert "VOID: wrong person" in panel.list.item(row).text()
    assert not panel.buttons["viewAttachment"].isEnabled()
    assert not panel.buttons["printAttachment"].isEnabled()
