"""Printing and saving documents from the Documents tab: real PDFs, rendered by PDFium and
painted through a real QPrinter (to a PDF file, as the offscreen machine has no printer)."""

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from lead_desktop.models import GeneratedDocument
from lead_desktop.security.roles import Role
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.ui import printing
from lead_desktop.ui.documents_tab import DocumentsTab
from tests.support import steps


def test_documents_tab_saves_and_prints(qtbot, program, staff, db, tmp_path):
    cm, clerk = staff[Role.CASE_MANAGER], staff[Role.CLERK]
    person = steps.person(program, cm, "Ødegård", "Zoë", preferred_language="es")
    steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    documents = DocumentService(db, program.clock)
    tab = DocumentsTab(documents, clerk, program.consents.list_for_person(clerk, person.id),
                       documents.summons_ids(clerk, person.id))
    qtbot.addWidget(tab)
    assert tab.choice.count() == 1
    saved = tab.save_to(tmp_path)
    assert saved is not None and saved.exists()
    assert "Consentimiento" in PdfReader(saved).pages[0].extract_text()
    with db.read() as session:
        assert session.scalars(select(GeneratedDocument.number)).all() == [saved.stem]
    reprint = tab.save_to(tmp_path)          # the same consent number, copy 2
    assert reprint.name == f"{saved.stem}-copy2.pdf" and reprint.exists()

    made = tab.generate()
    images = printing.page_images(made.pdf, dpi=72)
    assert len(images) == 1 and (images[0].width(), images[0].height()) == (612, 792)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printing.paint(made.pdf, printer) == 1
    assert len(PdfReader(out).pages) == 1 and out.stat().st_size > 10_000



def test_a_batch_goes_to_a_real_printer_in_one_job(tmp_path):
    """Through a real QPrinter (to a PDF file, which prints one-sided): three bundles of
    1, 3 and 1 pages make one 5-page job."""
    from tests.documents.test_bundle import pages

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "batch.pdf"
    printer.setOutputFileName(str(out))
    assert printing.print_bundles([pages(1), pages(3), pages(1)], printer) == 5
    assert len(PdfReader(out).pages) == 5


def test_printers_that_write_files_are_told_apart_from_paper(tmp_path):
    """The recovery-key sheet is for paper only: Qt's PDF output (and printers named like
    "Microsoft Print to PDF") would leave a copy of the key on disk."""
    to_file = QPrinter(QPrinter.PrinterMode.HighResolution)
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "key.pdf"))
    assert printing.writes_to_a_file(to_file)
    for name in ("Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)",
                 "Fax"):
        assert printing.is_file_printer_name(name), name
    assert not printing.is_file_printer_name("HP LaserJet 4250 (Records room)")


def test_the_preview_opens_at_the_page_width(qtbot):
    """Readable at once: the page fills the preview's width, not shrunk whole into it."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from tests.documents.test_bundle import pages

    dialog = printing.preview_dialog(pages(2), "Two pages")
    qtbot.addWidget(dialog)
    view = dialog.findChild(QPrintPreviewWidget)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: view.pageCount() == 2)
    assert view.zoomMode() is QPrintPreviewWidget.ZoomMode.FitToWidth
    assert view.zoomFactor() > 0.6           # not the 38 % of a whole page fitted in view
    dialog.close()
