"""Batch bundles: each case starts on a new sheet, also on a two-sided printer."""

import io

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from lead_desktop.documents.bundle import bundle


def pages(n: int, label: str = "case") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(n):
        canvas.drawString(72, 720, f"{label} page {number + 1} of {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def texts(pdf: bytes) -> list[str]:
    return [page.extract_text().strip() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_two_sided_pads_odd_bundles_so_each_case_starts_on_a_front():
    result = texts(bundle([pages(1, "A"), pages(3, "B"), pages(2, "C")], two_sided=True))
    assert result == ["A page 1 of 1", "", "B page 1 of 3", "B page 2 of 3", "B page 3 of 3",
                      "", "C page 1 of 2", "C page 2 of 2"]
    # every case's first page is on an odd page: the front of a sheet
    assert [i + 1 for i, text in enumerate(result) if "page 1 of" in text] == [1, 3, 7]


def test_one_sided_needs_no_blanks():
    result = texts(bundle([pages(1, "A"), pages(3, "B")], two_sided=False))
    assert result == ["A page 1 of 1", "B page 1 of 3", "B page 2 of 3", "B page 3 of 3"]
