"""Every checklist element of documents.md is in each consent kind, in both languages,
read back from the generated PDF."""

import io
import re
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.documents.consent import ConsentDocument, build, wording
from lead_desktop.documents.page import Stamp
from lead_desktop.documents.required import MissingFields

STAMP = Stamp(program="Harbor City LEAD", document_id="CON-0042", template="consent v1",
              generated_by="Casey Morales", generated_at=datetime(2026, 11, 23, tzinfo=timezone.utc))
P2_ALL = [f"P2-{n:02d}" for n in range(1, 13)]
CJ_ELEMENTS = [e for e in P2_ALL[:9] if e != "P2-06"] + ["CJ-06"]
H_ALL = [f"H-{n:02d}" for n in range(1, 10)]
NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."


def document(kind, language, **kw):
    base = dict(consent_type=kind, person_name="Nguyễn Thị Minh",
                discloser="Harbor City LEAD case management",
                information="Intake date, attendance, progress and completion status",
                recipients=("Harbor County District Attorney, 1 Court Sq",),
                purpose="Monitoring progress in the diversion program",
                expires="2027-11-23", language=language,
                cj_revocable_after=date(2027, 5, 1))
    base.update(kw)
    return ConsentDocument(**base)


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind, elements, part2", [
    ("part2_tpo", P2_ALL, True),
    ("part2_general", [e for e in P2_ALL if e != "P2-10"], True),
    ("part2_cj_referral", CJ_ELEMENTS, True),
    ("hipaa_authorization", H_ALL, False),
])
def test_every_element_is_present(kind, elements, part2, language):
    text = text_of(build(document(kind, language), STAMP))
    blocks = wording()[language]
    for element in elements:
        block = wording()["elements"][element]
        wanted = re.sub(r"\s+", " ", blocks[block].split("{")[0].strip())
        assert wanted in text, (kind, language, element, wanted)
    assert "Nguyễn Thị Minh" in text and "Harbor County District Attorney" in text
    assert NOTICE in text      # §2.32 notice, verbatim, English (the HIPAA form's records
    #                            are the program's Part 2 records too)
    assert ("42 CFR Part" in text.split("Page")[0]) or not part2
    if kind == "part2_cj_referral":
        assert ("05/01/2027" if language == "en" else "1 de mayo de 2027") in text
        assert wording()[language]["refusal"][:30] not in text  # untrue for a diversion


def test_spanish_is_spanish_and_english_is_english():
    es = text_of(build(document("part2_general", "es"), STAMP))
    en = text_of(build(document("part2_general", "en"), STAMP))
    assert "Usted puede revocar" in es and "You may revoke" in en
    assert "You may revoke" not in es


def test_missing_required_elements_are_listed():
    with pytest.raises(MissingFields) as caught:
        build(document("part2_cj_referral", "en", purpose="", cj_revocable_after=None), STAMP)
    assert caught.value.missing == ["purpose", "revocable after"]


def test_every_element_has_wording_in_both_languages():
    for element in P2_ALL + H_ALL + ["CJ-06"]:
        block = wording()["elements"][element]
        for language in ("en", "es"):
            assert wording()[language][block].strip(), (language, element)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_program_that_chose_the_long_notice_prints_it_verbatim(language):
    """§2.32(a)(1), 2024 wording, in English whatever the form's language (never
    translated or paraphrased)."""
    from dataclasses import replace

    long = wording()["notice"]["long"]
    assert long.startswith("This record which has been disclosed to you is protected by "
                           "Federal confidentiality rules (42 CFR part 2).")
    assert long.endswith("(see 42 CFR 2.31).")
    text = text_of(build(document("part2_tpo", language), replace(STAMP, notice="long")))
    assert re.sub(r"\s+", " ", long) in text
    assert wording()["notice"]["short"] not in text
    short = text_of(build(document("part2_tpo", language), STAMP))
    assert wording()["notice"]["short"] in short and "Further use or disclosure" not in short


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", ["part2_tpo", "part2_general", "part2_cj_referral",
                                  "hipaa_authorization"])
def test_the_rules_own_words(kind, language):
    """The operative authorization (42 CFR 2.31(a)(2), 164.508(c)(1)(ii)-(iii)), "purpose of
    the disclosure", the consent's number and record id, and for §2.35 the reliance
    statement; the HIPAA form names the HIPAA Privacy Rule for redisclosure (H-09)."""
    text = text_of(build(document(kind, language, consent_number="CON-1A2B3C4D",
                                  record_id="0f6c2d0e-rec"), STAMP))
    t = wording()[language]
    operative = t["authorize"].format(person="Nguyễn Thị Minh",
                                      discloser="Harbor City LEAD case management")
    assert operative in text
    assert ("purpose of the disclosure" if language == "en" else
            "propósito de la divulgación") in text.lower()
    assert "CON-1A2B3C4D" in text and "0f6c2d0e-rec" in text
    assert (t["cj_reliance"] in text) is (kind == "part2_cj_referral")
    if kind == "hipaa_authorization":
        assert "HIPAA" in t["redisclosure_hipaa"] and t["redisclosure_hipaa"] in text
        assert t["redisclosure"] not in text
    assert "desviación" not in text


def test_free_text_on_a_spanish_form_is_flagged_for_translation():
    from lead_desktop.documents.choices import in_language

    assert in_language("Monitoring progress in the diversion program", "es") == \
        "Dar seguimiento al progreso en el programa de desvío"
    flagged = in_language("Weekly urine screens", "es")
    assert flagged.startswith("Weekly urine screens") and "pida una traducción" in flagged
    assert in_language("Weekly urine screens", "en") == "Weekly urine screens"
    assert "antes del la decisión" not in in_language(
        "the DA's decision on the held charge after I complete or leave the program", "es")


def test_a_revocable_after_event_reads_as_a_sentence_in_spanish():
    from lead_desktop.documents.choices import in_language

    event = in_language(
        "the DA's decision on the held charge after I complete or leave the program", "es")
    text = text_of(build(document("part2_cj_referral", "es", cj_revocable_after=event), STAMP))
    assert "antes de la decisión de la Fiscalía" in text and "antes del the" not in text
