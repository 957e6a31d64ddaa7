"""The participation agreement read back: every section of documents.md §8 in both
languages, the consequences the profile sets, appointments, and long text on an addendum."""

import io
import re
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.documents.page import Stamp
from lead_desktop.documents.participation_agreement import (
    Agreement,
    Consequences,
    FirstAppointment,
    build,
    consequence_lines,
    wording,
)
from lead_desktop.documents.required import MissingFields

from ..support.pdf_tools import structure_problems

STAMP = Stamp(program="Harbor City LEAD", document_id="DOC-1",
              template="participation agreement v1", generated_by="Casey Morales",
              generated_at=datetime(2026, 11, 23, tzinfo=timezone.utc))
HARM_REDUCTION = Consequences(False, 30, "referral", None, "none", "generic")
WORCESTER = Consequences(True, 30, "referral", 3, "summons", "ma_complaint")
FIRST = (FirstAppointment(datetime(2026, 11, 25, 9, 30), "Spectrum Health Systems, 105 Merrick St",
                          "Intake nurse"),
         FirstAppointment(datetime(2026, 11, 27, 14, 0), "Program office", "Casey Morales"))


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def agreement(**changes) -> Agreement:
    fields = dict(program_name="Worcester Buyer Diversion", person_name="Zoë Ødegård",
                  dob=date(1990, 2, 1), case_manager="Casey Morales",
                  phone_24h="508-555-0100", consequences=WORCESTER, appointments=FIRST)
    return Agreement(**{**fields, **changes})


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_section_in_both_languages(language):
    form = agreement(language=language, da_consent_scope="intake, attendance, completion")
    text = text_of(build(form, STAMP))
    t = wording()[language]
    for key in ("title", "program", "participant", "case_manager", "phone", "offered",
                "voluntary", "rules", "appointments_heading", "updates", "consequences_heading",
                "da_heading", "rights", "signature_participant", "signature_case_manager"):
        assert flat(t[key]) in text, key
    for line in consequence_lines(WORCESTER, t):
        assert flat(line) in text
    dated = ("02/01/1990", "11/25/2026 9:30 AM") if language == "en" else \
        ("1 de febrero de 1990", "25 de noviembre de 2026, 09:30")
    for part in ("Zoë Ødegård", *dated, "Casey Morales", "508-555-0100",
                 "Spectrum Health Systems", "Intake nurse",
                 "intake, attendance, completion",
                 "42 CFR part 2 prohibits unauthorized use or disclosure of these records"):
        assert part in text, part


def test_consequences_follow_the_profile():
    en = wording()["en"]
    classic = consequence_lines(HARM_REDUCTION, en)
    assert classic == [en["harm_reduction"]]
    assert "will not end your participation" in classic[0]
    strict = " ".join(consequence_lines(WORCESTER, en))
    assert "within 30 days of your referral" in strict
    # the review comes at the 3rd unexcused miss (timers: count >= limit), as it says
    assert "If you miss 3 appointments without a good reason" in strict
    assert "more than 3" not in strict
    spanish = " ".join(consequence_lines(WORCESTER, wording()["es"]))
    assert "Si falta a 3 citas" in spanish and "más de 3" not in spanish
    assert "apply for a criminal complaint" in strict
    generic = Consequences(True, 14, "da_approval", None, "summons", "generic")
    text = " ".join(consequence_lines(generic, en))
    assert "14 days of your approval by the prosecutor" in text
    assert "issue a summons" in text and "appointments without" not in text


def test_without_a_cj_consent_the_prosecutor_hears_only_completion():
    text = text_of(build(agreement(), STAMP))
    assert flat(wording()["en"]["da_not_consented"]) in text


def test_no_appointments_yet_and_no_phone_print_blank_not_crash():
    text = text_of(build(agreement(appointments=(), phone_24h=""), STAMP))
    assert flat(wording()["en"]["no_appointments"]) in text
    assert "24-hour number: ________" in text


def test_long_place_goes_to_the_addendum_whole(tmp_path):
    place = "Room 12, " + "behind the blue door past the loading dock, " * 60 + "END-OF-PLACE"
    long = (FirstAppointment(datetime(2026, 11, 25, 9, 30), place, "Nurse"),)
    pdf = build(agreement(appointments=long), STAMP)
    reader = PdfReader(io.BytesIO(pdf))
    first_page = reader.pages[0].extract_text()
    assert "See Addendum, item 1" in re.sub(r"\s+", " ", first_page)
    text = text_of(pdf)
    assert "Addendum" in text and "END-OF-PLACE" in text
    # the addendum is counted in "Page X of Y"
    total = len(reader.pages)
    assert f"Page {total} of {total}" in reader.pages[-1].extract_text()
    path = tmp_path / "agreement.pdf"
    path.write_bytes(pdf)
    assert structure_problems(path) == []


def test_spanish_addendum_reference():
    place = "x" * 400
    pdf = build(agreement(language="es", appointments=(
        FirstAppointment(datetime(2026, 11, 25, 9, 30), place, "Nurse"),)), STAMP)
    assert "Ver el anexo, punto 1" in text_of(pdf)


def test_required_fields_are_listed():
    with pytest.raises(MissingFields) as caught:
        build(agreement(person_name="", case_manager=" "), STAMP)
    assert "participant's name" in str(caught.value) and "case manager" in str(caught.value)


def test_the_spanish_footer_names_the_template_in_spanish():
    """Tester's defect 9: the footer read "plantilla participation agreement v1"."""
    spanish = text_of(build(agreement(language="es"), STAMP))
    assert "plantilla acuerdo de participación v1" in spanish
    assert "participation agreement" not in spanish
    assert "template participation agreement v1" in text_of(build(agreement(), STAMP))
