"""Names in every script the record accepts print correctly on every document, in English
and Spanish: read back from the PDF's text layer (the logical letters of each word) and
from where the rendered glyphs sit on the page (right-to-left words right to left)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pypdfium2
import pytest

from lead_desktop.documents import (
    consent,
    ma_packet,
    participation_agreement,
    prosecutor_summary,
    revocation,
    summons,
)
from lead_desktop.documents.fonts import MissingGlyph, entry_problem, unprintable
from lead_desktop.documents.page import Stamp

STAMP = Stamp(program="Harbor City LEAD", document_id="DOC-0001", template="t v1",
              generated_by="Casey Morales", generated_at=datetime(2026, 3, 3, 2, 30,
                                                                  tzinfo=timezone.utc),
              zone="America/New_York")

# (first, last): each word must read back in logical order
NAMES = {
    "arabic": ("محمد", "حسن"),
    "hebrew": ("יוסף", "כהן"),
    "mixed arabic-latin": ("Ahmed محمد", "Al-Farsi"),
    "cyrillic": ("Владимир", "Иванов"),
    "vietnamese": ("Thị Minh", "Nguyễn"),
    "chinese": ("小明", "王"),
    "japanese": ("太郎", "山田"),
    "korean": ("민준", "김"),
}
RTL = {"arabic", "hebrew"}
LAST_FIRST = {"summons", "ma packet", "prosecutor summary"}   # "last, first" on these


def _summons(first, last, language):
    return summons.build(summons.SummonsData(
        tracking_number="LD26-7QX4M2KD", agency_name="Worcester Police Department",
        agency_address="9-11 Lincoln Square", incident_number="WPD-1", last_name=last,
        first_name=first, dob=date(1990, 1, 2), aliases=(f"{first} {last}",),
        charges=(summons.Charge("94C-34", "Possession of a Class A substance"),),
        offense_at=datetime(2026, 3, 2, 21, 30, tzinfo=ZoneInfo("America/New_York")),
        offense_place="Main St", court_name="Worcester District Court",
        court_address="225 Main St", officer_name="Dana Reyes", officer_badge="4471",
        language=language), STAMP)


def _consent(first, last, language):
    return consent.build(consent.ConsentDocument(
        consent_type=consent.CJ, person_name=f"{first} {last}", discloser="Harbor City LEAD",
        information="Intake date, attendance and completion status",
        recipients=("Harbor County District Attorney",), purpose="Monitoring progress",
        expires="11/23/2027", language=language, cj_revocable_after=date(2027, 5, 1)), STAMP)


def _revocation(first, last, language):
    return revocation.build(revocation.Revocation(
        f"{first} {last}", date(1990, 1, 2), "CON-1", date(2026, 3, 2), ("DA",),
        date(2026, 3, 3), language), STAMP, date(2026, 3, 3))


def _agreement(first, last, language):
    return participation_agreement.build(participation_agreement.Agreement(
        program_name="Harbor City LEAD", person_name=f"{first} {last}", dob=date(1990, 1, 2),
        case_manager="Casey Morales", phone_24h="555-0100",
        consequences=participation_agreement.Consequences(True, 30, "referral", 3, "summons",
                                                          "generic"),
        language=language), STAMP)


def _ma_packet(first, last, language):
    return ma_packet.build(ma_packet.MaPacket(
        tracking_number="LD26-MA", court="Worcester District Court", division="Worcester",
        accused=ma_packet.Accused(last, first, date(1990, 1, 2)), offense_date=date(2026, 3, 2),
        offense_place="Main St", substance="heroin",
        counts=(ma_packet.Count("G.L. c.94C §34", "Possession"),), complainant="Dana Reyes",
        department="Worcester PD", incident_number="WPD-1",
        non_completion=ma_packet.NonCompletion("Worcester Buyer Diversion", date(2026, 3, 2),
                                               "withdrew")), STAMP)


def _summary(first, last, language):
    return prosecutor_summary.build(prosecutor_summary.CaseSummary(
        person_name=f"{last}, {first}", dob=date(1990, 1, 2), case_id="abcd1234",
        referral_date=date(2026, 3, 2), referral_type="social_contact", incident_number="",
        offenses=(), status="active", status_since=date(2026, 3, 3)), STAMP)


DOCUMENTS = {"summons": (_summons, ("en", "es")), "consent": (_consent, ("en", "es")),
             "revocation": (_revocation, ("en", "es")), "agreement": (_agreement, ("en", "es")),
             "ma packet": (_ma_packet, ("en",)), "prosecutor summary": (_summary, ("en",))}
CASES = [(doc, language, script) for doc, (_, languages) in DOCUMENTS.items()
         for language in languages for script in NAMES]


def _page_words(pdf: bytes):
    """The first page's text without spaces, and a function giving a word's left edge."""
    document = pypdfium2.PdfDocument(pdf)
    textpage = document[0].get_textpage()
    text = textpage.get_text_range()

    def left_of(word: str) -> float:
        searcher = textpage.search(word)
        found = searcher.get_next()
        assert found is not None, word
        start, count = found
        return min(textpage.get_charbox(i)[0] for i in range(start, start + count))
    return "".join(text.split()), left_of


@pytest.mark.parametrize("document, language, script", CASES)
def test_names_read_back_in_logical_order(document, language, script):
    first, last = NAMES[script]
    pdf = DOCUMENTS[document][0](first, last, language)
    compact, left_of = _page_words(pdf)
    for word in f"{first} {last}".split():
        assert word in compact, (word, compact[:300])
        assert word[::-1] not in compact or word == word[::-1]
    if script in RTL:
        # right-to-left words read right to left: the word printed first is the rightmost
        before, after = (last, first) if document in LAST_FIRST else (first, last)
        assert left_of(before) > left_of(after)


def test_rendered_arabic_runs_right_to_left():
    """The glyphs of "محمد" sit right to left on the rendered page: the first letter's box
    is the rightmost, so the word is not printed reversed ("دمحم")."""
    pdf = _consent("محمد", "Smith", "en")
    textpage = pypdfium2.PdfDocument(pdf)[0].get_textpage()
    start, count = textpage.search("محمد").get_next()
    lefts = [textpage.get_charbox(i)[0] for i in range(start, start + count)]
    assert lefts == sorted(lefts, reverse=True) and lefts[0] > lefts[-1]


def test_the_record_and_the_documents_agree_on_what_prints():
    for first, last in NAMES.values():
        assert entry_problem(f"{first} {last}") is None
    problem = entry_problem("Ana \U00013000", "last name")
    assert problem and "U+13000" in problem and "another spelling" in problem
    assert unprintable("Nguyễn 王 محمد יוסף Иван") == []
    with pytest.raises(MissingGlyph):
        _summons("\U00013000", "Rivera", "en")


def test_dates_are_the_programs_local_dates_in_the_documents_language():
    en = "".join(pypdfium2.PdfDocument(_summons("Ana", "Rivera", "en"))[0]
                 .get_textpage().get_text_range().split())
    es = " ".join(pypdfium2.PdfDocument(_summons("Ana", "Rivera", "es"))[0]
                  .get_textpage().get_text_range().split())
    # 02:30 UTC on March 3 is 9:30 PM on March 2 in Worcester
    assert "Generated03/02/20269:30PMEST" in en and "03/03/2026" not in en
    assert "Generado el 2 de marzo de 2026, 21:30 EST" in es


def test_a_long_name_in_every_script_stays_on_the_page():
    for first, last in NAMES.values():
        long_last = (last + " ") * 40
        pdf = _summons(first, long_last[:160].strip(), "en")
        page = pypdfium2.PdfDocument(pdf)[0]
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            left, _, right, _ = textpage.get_charbox(index)
            assert 0 <= left and right <= page.get_width()


@pytest.mark.parametrize("script", ["arabic", "chinese"])
def test_spanish_summons_keeps_the_name(script):
    first, last = NAMES[script]
    pdf = _summons(first, last, "es")
    compact, _ = _page_words(pdf)
    assert "CITACIÓN" in compact and all(word in compact for word in (first + " " + last).split())


@pytest.mark.parametrize("language", ["en", "es"])
def test_an_arabic_name_on_the_agreement_keeps_its_date_to_its_right(language):
    """"Participant: أحمد العبدالله, 03/04/1988": the date prints right of the name, after
    the comma (without a mark the digits joined the Arabic run and printed left of it)."""
    pdf = participation_agreement.build(participation_agreement.Agreement(
        program_name="Harbor City LEAD", person_name="أحمد العبدالله", dob=date(1988, 3, 4),
        case_manager="Casey Morales", phone_24h="555-0100",
        consequences=participation_agreement.Consequences(False, 30, "referral", None, "none",
                                                          "generic"),
        language=language), STAMP)
    compact, left_of = _page_words(pdf)
    born = "03/04/1988" if language == "en" else "4demarzode1988"
    name = compact.index("العبدالله")               # the first name prints left of it
    assert compact.index(f",{born}") > name and left_of("1988") > left_of("العبدالله")
    assert "\u200e" not in compact                  # the mark steers the order, unseen
