"""The generic summons, read back from the PDF: every field, no treatment information,
the required-field refusal, and hostile input."""

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.documents.page import Stamp
from lead_desktop.documents.required import MissingFields
from lead_desktop.documents.summons import Charge, SummonsData, build

from ..support.pdf_tools import render_page, scan_barcodes, structure_problems

WHEN = datetime(2026, 11, 23, 15, 4, tzinfo=timezone.utc)
STAMP = Stamp(program="Worcester Police Department", document_id="SUM-0001",
              template="summons-generic v1", generated_by="Chris Okafor (clerk)",
              generated_at=WHEN)
DATA = SummonsData(
    tracking_number="LD26-7QX4M2KD", agency_name="Worcester Police Department",
    agency_address="9-11 Lincoln Square, Worcester MA 01608", incident_number="WPD-26-001234",
    last_name="O'Brien-Muñoz", first_name="Tomás", dob=date(1975, 7, 7),
    aliases=("Tommy", "Nguyễn Thị Minh"), sex="M", description="5'10\", 170 lb, brown eyes",
    address="unhoused; usually near the library", identification="MA ID S12345678",
    charges=(Charge("94C-34", "Possession of a Class A substance", "misdemeanor"),),
    offense_at=datetime(2026, 3, 2, 14, 30), offense_place="Main St & Front St",
    court_name="Worcester District Court", court_address="225 Main St, Worcester MA 01608",
    appearance_date=date(2026, 12, 15), appearance_time="9:00 AM",
    officer_name="Officer Dana Reyes", officer_badge="4471",
    program_name="Worcester Buyer Diversion")


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_every_field_is_printed():
    text = text_of(build(DATA, STAMP))
    for part in ("SUMMONS / NOTICE TO APPEAR", "LD26-7QX4M2KD", "WPD-26-001234",
                 "O'Brien-Muñoz, Tomás", "Nguyễn Thị Minh", "07/07/1975", "G.L. c.94C §34",
                 "Possession of a Class A substance", "Misdemeanor",
                 "Offense: 03/02/2026 at 2:30 PM, Main St & Front St", "5'10\", 170 lb",
                 "MA ID S12345678", "Worcester District Court", "225 Main St, Worcester",
                 "Tuesday, December 15, 2026 at 9:00 AM",
                 "warrant", "Officer Dana Reyes, #4471", "I promise to appear",
                 "Return of service", "Served by (name, badge)",
                 "Referred from Worcester Buyer Diversion – did not complete",
                 "of 1", "template summons-generic v1"):
        assert part in text, part
    assert "SUM-0001" not in text      # one number: the tracking number, in barcode and footer
    assert text.count("No. LD26-7QX4M2KD") == len(PdfReader(io.BytesIO(build(DATA, STAMP))).pages)
    for treatment_word in ("methadone", "detox", "Part 2", "treatment", "attendance"):
        assert treatment_word.lower() not in text.lower()


def test_no_appearance_date_means_the_court_will_notify():
    from dataclasses import replace
    text = text_of(build(replace(DATA, appearance_date=None), STAMP))
    assert "The court will notify you" in text


def test_required_fields_are_listed_not_crashed():
    from dataclasses import replace
    with pytest.raises(MissingFields) as caught:
        build(replace(DATA, dob=None, charges=(), court_name=""), STAMP)
    assert caught.value.missing == ["dob", "charges", "court name"]


@pytest.mark.parametrize("hostile", [
    "x" * 10000, "עברית ومرحبا", "line\nbreaks\tand\x07control\x00chars", "😀 emoji",
])
def test_hostile_input_gives_a_valid_pdf_or_a_clear_error(hostile, tmp_path):
    from dataclasses import replace

    from lead_desktop.documents.fonts import MissingGlyph
    try:
        pdf = build(replace(DATA, description=hostile, address=hostile), STAMP)
    except MissingGlyph as exc:
        assert "cannot print" in exc.message
        return
    out = tmp_path / "s.pdf"
    out.write_bytes(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert structure_problems(out) == []


def test_control_characters_are_dropped_not_printed():
    from dataclasses import replace
    text = text_of(build(replace(DATA, address="12 Main\x07 St\x00"), STAMP))
    assert "12 Main St" in text and "\x07" not in text and "\x00" not in text


def test_the_barcode_scans_as_the_tracking_number():
    assert scan_barcodes(render_page(build(DATA, STAMP))) == ["LD26-7QX4M2KD"]


def test_spanish_summons_for_a_spanish_speaker():
    from dataclasses import replace
    text = " ".join(text_of(build(replace(DATA, language="es"), STAMP)).split())
    for part in ("CITACIÓN / AVISO DE COMPARECENCIA", "Fecha de nacimiento: 7 de julio de 1975",
                 "Posesión de una sustancia de Clase A", "Delito menor",
                 "Delito: 2 de marzo de 2026 a las 14:30", "martes, 15 de diciembre de 2026",
                 "orden de arresto", "Constancia de entrega", "Página 1 de",
                 "no completó el programa de desvío"):
        assert part in text, part
    assert "desviación" not in text and "Page 1" not in text


def test_long_text_goes_to_an_addendum_with_the_barcode_on_every_page():
    """A 9,900-character charge description never raises reportlab's LayoutError: it goes to
    the addendum, and every page carries the number as a barcode a scanner reads."""
    from dataclasses import replace
    long_charge = ("Possession with the details the officer wrote down " * 200)[:9900]
    pdf = build(replace(DATA, charges=(Charge("XX-1", long_charge, "felony"),),
                        description="tall " * 200), STAMP)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(text_of(pdf).split())
    assert "See Addendum, item 1" in text and "Addendum" in text and "Felony" in text
    assert long_charge.split()[-1] in text and len(pages) >= 3
    for number in range(len(pages)):
        assert "LD26-7QX4M2KD" in scan_barcodes(render_page(pdf, number)), number
        assert f"Page {number + 1} of {len(pages)}" in pages[number].extract_text()


def test_a_160_character_name_stays_inside_the_page():
    from dataclasses import replace

    import pypdfium2
    name = ("Wolfeschlegelsteinhausenbergerdorff " * 5)[:160]
    pdf = build(replace(DATA, last_name=name), STAMP)
    page = pypdfium2.PdfDocument(pdf)[0]
    width = page.get_width()
    textpage = page.get_textpage()
    for index in range(textpage.count_chars()):
        left, _, right, _ = textpage.get_charbox(index)
        assert 0 <= left and right <= width, (index, left, right)


def test_a_code_of_the_programs_own_list_prints_the_statute_the_referral_kept():
    from dataclasses import replace
    own = Charge("61-3-13", "Petit larceny", "misdemeanor", "W. Va. Code § 61-3-13(b)")
    text = " ".join(text_of(build(replace(DATA, charges=(own,)), STAMP)).split())  # cell wraps
    assert "W. Va. Code § 61-3-13(b)" in text and "Petit larceny" in text
    assert "Misdemeanor" in text
