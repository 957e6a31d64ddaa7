"""The Massachusetts complaint packet read back: four parts on their own pages, the barcode
scans, nothing clinical in the non-completion notice, long text whole on an addendum."""

import io
import re
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.documents.ma_packet import (
    CHECKLIST,
    PROGRAM_COPY,
    Accused,
    Count,
    MaPacket,
    NonCompletion,
    build,
)
from lead_desktop.documents.page import Stamp
from lead_desktop.documents.required import MissingFields

from ..support.pdf_tools import render_page, scan_barcodes, structure_problems

STAMP = Stamp(program="Worcester Buyer Diversion", document_id="DOC-MA1",
              template="ma complaint packet v1", generated_by="Chris Okafor",
              generated_at=datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc))
PACKET = MaPacket(
    tracking_number="LD26-MA7Q2K9P", court="Worcester District Court", division="Central",
    accused=Accused("O'Brien-Muñoz", "Tomás", date(1990, 2, 1), "12 Elm St, Worcester",
                    "male", "White", "178 cm", "70 kg", "brown", "green", ("T. Munoz",)),
    offense_date=date(2026, 3, 1), offense_place="Main St at Park Ave", substance="heroin",
    counts=(Count("G.L. c.94C §34", "Did possess a Class A substance, to wit: heroin."),),
    complainant="Officer Dana Reyes, #4471", department="Worcester Police Department",
    incident_number="WPD-26-00123", obtn="TWOR202600123",
    non_completion=NonCompletion("Worcester Buyer Diversion", date(2026, 3, 1),
                                 "intake_deadline_missed", "intake due 2026-03-31",
                                 "ADA Priya Natarajan", date(2026, 4, 2)))


def pages_of(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def test_four_parts_each_on_its_own_page_in_order():
    pages = pages_of(build(PACKET, STAMP))
    assert len(pages) == 4
    assert "Clerk cover sheet" in pages[0] and "LD26-MA7Q2K9P" in pages[0]
    for item in CHECKLIST:
        assert item in pages[0]
    assert "Application for criminal complaint" in pages[1] and PROGRAM_COPY in pages[1]
    for part in ("O'Brien-Muñoz, Tomás", "02/01/1990", "Process requested Summons",
                 "Arrested No", "G.L. c.94C §34", "Class A substance", "heroin",
                 "Officer Dana Reyes, #4471", "Worcester Police Department", "178 cm", "green"):
        assert part in pages[1], part
    assert "Statement of facts" in pages[2] and "See attached report." in pages[2]
    notice = pages[3]
    for part in ("Notice of program non-completion", "District Attorney", "participant",
                 "Intake not completed by the deadline", "intake due 2026-03-31",
                 "ADA Priya Natarajan", "04/02/2026", "WPD-26-00123", "03/01/2026"):
        assert part in notice, part
    assert "No treatment or attendance information is disclosed." in notice
    # the clerk's packet is one document (3 pages); the DA's notice is a document of its own
    assert all("of 3" in page and "No. LD26-MA7Q2K9P " in page for page in pages[:3])
    assert "Page 1 of 1" in notice and "LD26-MA7Q2K9P-N" in notice
    assert "To: the District Attorney" not in " ".join(pages[:3])


def test_a_cj_consent_lets_the_notice_say_what_it_covers_with_the_232_notice():
    pages = pages_of(build(replace(PACKET, cj_consent_scope="attendance counts"), STAMP))
    assert "may also report: attendance counts" in pages[3]
    assert "42 CFR part 2 prohibits unauthorized use or disclosure" in pages[3]
    assert "CONFIDENTIAL – 42 CFR Part 2" in pages[3]
    # the clerk's packet carries no Part 2 information, so no notice there
    assert "42 CFR part 2 prohibits" not in " ".join(pages[:3])
    assert "attendance counts" not in " ".join(pages[:3])


def test_the_cover_sheet_barcode_scans():
    assert scan_barcodes(render_page(build(PACKET, STAMP), page=0)) == ["LD26-MA7Q2K9P"]


def test_long_text_is_never_cut(tmp_path):
    facts = " ".join(f"Sentence {n} of the officer's report." for n in range(1500)) + " LAST"
    charge = "Did possess " + "a Class A substance and " * 40 + "CHARGE-END"
    packet = replace(PACKET, statement_of_facts=facts,
                     counts=(Count("G.L. c.94C §34", charge),))
    pdf = build(packet, STAMP)
    text = " ".join(pages_of(pdf))
    assert "Sentence 1499 of the officer's report. LAST" in text
    assert "See Addendum, item 1" in text and "CHARGE-END" in text
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    assert structure_problems(path) == []


def test_missing_legal_fields_are_listed():
    bad = replace(PACKET, court="", counts=(), accused=replace(PACKET.accused, dob=None))
    with pytest.raises(MissingFields) as caught:
        build(bad, STAMP)
    assert caught.value.missing == ["court", "date of birth", "counts"]


def test_the_official_form_replaces_only_the_application(tmp_path):
    """With an agency's registered form, the packet keeps its cover sheet, statement and the
    separate notice; only the application is the official form (no "program copy")."""
    from reportlab.pdfgen.canvas import Canvas

    from lead_desktop.documents import agency_template

    canvas = Canvas(str(tmp_path / "form.pdf"))
    canvas.drawString(72, 760, "OFFICIAL APPLICATION FOR CRIMINAL COMPLAINT DC-CR-2")
    canvas.acroForm.textfield(name="Defendant", x=160, y=700, width=300, height=20)
    canvas.save()
    (tmp_path / "map.toml").write_text('name = "DC-CR-2"\nversion = 1\n[[field]]\n'
                                       'key = "accused.name"\npdf_field = "Defendant"\n')
    template = agency_template.load(tmp_path / "form.pdf", tmp_path / "map.toml")
    official = agency_template.filled_parts(template, {"accused.name": "O'Brien-Muñoz, Tomás"})
    pages = pages_of(build(PACKET, STAMP, application=official))
    assert len(pages) == 4 and "Clerk cover sheet" in pages[0]
    assert "registered official form" in pages[0]
    assert "OFFICIAL APPLICATION" in pages[1] and "O'Brien-Muñoz, Tomás" in pages[1]
    assert PROGRAM_COPY not in " ".join(pages) and "Page 2 of 3" in pages[1]
    assert "Statement of facts" in pages[2] and "Notice of program non-completion" in pages[3]


def test_a_participant_who_prefers_spanish_gets_a_copy_of_the_notice_in_spanish():
    """The DA's notice stays in English; the participant's copy follows in their language."""
    packet = replace(PACKET, participant_language="es", non_completion=replace(
        PACKET.non_completion, ended_state="intake_deadline_missed",
        ended_on=date(2026, 3, 31)))
    pages = pages_of(build(packet, STAMP))
    assert len(pages) == 5
    assert "Notice of program non-completion" in pages[3]  # the DA's, in English
    copy = pages[4]
    for part in ("Aviso de no finalización del programa", "Copia para el/la participante",
                 "Tomás O'Brien-Muñoz", "Fecha de nacimiento", "1 de febrero de 1990",
                 "Motivo", "No se divulga información sobre tratamiento ni asistencia.",
                 "31 de marzo de 2026", "LD26-MA7Q2K9P-P"):
        assert part in copy, part
    for english in ("Notice of program", "Date of birth", "Reason ", "No treatment"):
        assert english not in copy, english
    # an English-speaking participant reads the DA's notice: no second copy
    assert len(pages_of(build(PACKET, STAMP))) == 4
