"""An agency's fillable PDF: the field map is checked when registered; filling writes the
values (checkboxes as text), flattens the form, and sends long text to an addendum."""

import io
import re
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from lead_desktop.documents.agency_template import TemplateError, fill, load
from lead_desktop.documents.page import Stamp

from ..support.pdf_tools import structure_problems

STAMP = Stamp(program="Worcester Buyer Diversion", document_id="DOC-T1",
              template="dc-cr-2 v3", generated_by="Chris Okafor",
              generated_at=datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc))
FIELD_MAP = """
name = "Application for Criminal Complaint (agency copy)"
version = 3

[[field]]
key = "accused.name"
pdf_field = "Defendant"
max_length = 40

[[field]]
key = "accused.dob"
pdf_field = "DOB"
type = "date"

[[field]]
key = "arrested"
pdf_field = "Arrested"
type = "checkbox"

[[field]]
key = "process.summons"
pdf_field = "Summons"
type = "checkbox"
"""


def court_form(path):
    """A fillable form like a court's: text fields and checkboxes (made with reportlab)."""
    canvas = Canvas(str(path))
    canvas.drawString(72, 760, "APPLICATION FOR CRIMINAL COMPLAINT")
    for y, label, name in ((700, "Defendant", "Defendant"), (660, "DOB", "DOB")):
        canvas.drawString(72, y + 5, label)
        canvas.acroForm.textfield(name=name, x=160, y=y, width=300, height=20)
    for y, label, name in ((620, "Arrested", "Arrested"), (590, "Summons", "Summons")):
        canvas.drawString(72, y + 3, label)
        canvas.acroForm.checkbox(name=name, x=160, y=y, size=14)
    canvas.save()


@pytest.fixture
def template(tmp_path):
    court_form(tmp_path / "form.pdf")
    (tmp_path / "map.toml").write_text(FIELD_MAP)
    return load(tmp_path / "form.pdf", tmp_path / "map.toml")


def test_fills_writes_checkboxes_as_text_and_flattens(template, tmp_path):
    pdf = fill(template, {"accused.name": "O'Brien-Muñoz, Tomás", "accused.dob": date(1990, 2, 1),
                          "arrested": False, "process.summons": True}, STAMP)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert "/Annots" not in reader.pages[0]
    text = reader.pages[0].extract_text()
    assert "O'Brien-Muñoz, Tomás" in text and "02/01/1990" in text
    lines = {line.strip() for line in text.splitlines()}
    assert "X" in lines and text.count("X") == 1    # only the summons box is ticked
    path = tmp_path / "filled.pdf"
    path.write_bytes(pdf)
    assert structure_problems(path) == []


def test_text_over_the_fields_room_goes_to_the_addendum(template):
    name = "Tomás " + "Alejandro " * 12 + "O'Brien-Muñoz"
    pdf = fill(template, {"accused.name": name}, STAMP)
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    assert "See Addendum, item 1" in pages[0] and "Alejandro" not in pages[0]
    assert name in pages[1] and "Name of the accused" in pages[1]
    assert "accused.name" not in pages[1]
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]   # the filled page too


def test_a_map_naming_fields_the_pdf_lacks_is_refused(tmp_path):
    court_form(tmp_path / "form.pdf")
    (tmp_path / "map.toml").write_text(FIELD_MAP.replace('"DOB"', '"BirthDate"')
                                       .replace('type = "date"', 'type = "colour"'))
    with pytest.raises(TemplateError) as caught:
        load(tmp_path / "form.pdf", tmp_path / "map.toml")
    assert "no field named 'BirthDate'" in caught.value.message
    assert "type 'colour'" in caught.value.message


def test_a_pdf_without_fields_or_a_broken_map_is_refused(tmp_path):
    Canvas(str(tmp_path / "flat.pdf")).save()
    (tmp_path / "map.toml").write_text(FIELD_MAP)
    with pytest.raises(TemplateError, match="no fillable fields"):
        load(tmp_path / "flat.pdf", tmp_path / "map.toml")
    (tmp_path / "broken.toml").write_text("name = ")
    with pytest.raises(TemplateError, match="cannot be read"):
        load(tmp_path / "flat.pdf", tmp_path / "broken.toml")


LONG_MAP = FIELD_MAP + """
[[field]]
key = "statement_of_facts"
pdf_field = "Facts"

[[field]]
key = "officer.name"
pdf_field = "Officer"
"""


def test_round_trip_with_long_text_fits_by_measuring(tmp_path):
    """A 137-character statement in a one-line field cannot be read at 6 pt: it goes to the
    addendum under its label. A name a little too wide shrinks to fit its field; nothing
    runs past a field's edge, and the checkboxes keep a visible border."""
    import pypdfium2

    canvas = Canvas(str(tmp_path / "form.pdf"))
    for y, name, width in ((700, "Defendant", 300), (660, "DOB", 300), (540, "Facts", 200),
                           (500, "Officer", 90)):
        canvas.drawString(72, y + 5, name)
        canvas.acroForm.textfield(name=name, x=160, y=y, width=width, height=20)
    for y, name in ((620, "Arrested"), (590, "Summons")):
        canvas.acroForm.checkbox(name=name, x=160, y=y, size=14, borderWidth=0)
    canvas.save()
    (tmp_path / "map.toml").write_text(LONG_MAP)
    template = load(tmp_path / "form.pdf", tmp_path / "map.toml")
    facts = ("Officer observed the subject exchange a small glassine bag for cash near the "
             "library steps; subject admitted possession when asked.")[:137]
    pdf = fill(template, {"accused.name": "Rivera, Ana", "statement_of_facts": facts,
                          "officer.name": "Officer Dana Reyes-Whitfield", "arrested": False,
                          "process.summons": True}, STAMP)
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2 and "See Addendum, item 1" in pages[0]
    assert "Item 1. Statement of facts" in pages[1] and facts in pages[1]
    assert "Officer Dana Reyes-Whitfield" in pages[0]           # shrunk, not moved
    page = pypdfium2.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    start, count = textpage.search("Reyes-Whitfield").get_next()
    right_edge = max(textpage.get_charbox(i)[2] for i in range(start, start + count))
    assert right_edge <= 160 + 90
    image = page.render(scale=2).to_pil().convert("L")
    height = image.height
    # the unticked "Arrested" box at (160, 620), 14 pt: its left border is dark
    row = [image.getpixel((x, height - (620 + 7) * 2)) for x in range(160 * 2 - 4, 160 * 2 + 4)]
    assert min(row) < 128
