"""Signing on screen: the signatures land on the form's lines, the signed form becomes the
consent's signed copy, and the consent is active with it."""

import io

import pypdfium2
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from lead_desktop.models import Consent
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.consent.consent_service import ConsentInput
from lead_desktop.services.records import ValidationFailed
from lead_desktop.services.signing import CASE_MANAGER, PARTICIPANT, WITNESS, Ink, SigningService
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


def ink_png(color=(0, 0, 0, 255)) -> bytes:
    """A drawn scrawl on a transparent background, as the pad gives it."""
    image = Image.new("RGBA", (600, 150), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 120), (150, 20), (260, 120), (400, 30), (580, 110)], fill=color, width=12)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _draft(program, cm, person_id):
    return program.consents.record(cm, ConsentInput(
        person_id=person_id, consent_type="part2_general", discloser="LEAD case management",
        recipients=({"class": "treatment provider"},),
        information_description="Attendance, treatment plan and discharge status",
        purpose="Treatment referral and coordination",
        expires_on=program.clock.now.date().replace(year=2027)))


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _ink_box(pdf: bytes, page_index: int, color) -> tuple[int, int, int, int] | None:
    """Where pixels of the ink's colour are on the rendered page (left, top, right, bottom)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page_index].render(scale=100 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    pixels = image.load()
    found = [(x, y) for y in range(0, image.height, 2) for x in range(0, image.width, 2)
             if all(abs(pixels[x, y][i] - color[i]) < 60 for i in range(3))]
    if not found:
        return None
    xs, ys = [p[0] for p in found], [p[1] for p in found]
    return min(xs), min(ys), max(xs), max(ys)


def test_a_consent_signed_on_screen_becomes_active_with_its_signed_copy(db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    draft = _draft(program, cm, person.id)
    signing = SigningService(db, program.clock)
    blue = (20, 60, 200)
    with pytest.raises(ValidationFailed):  # no participant, no ink
        signing.sign_consent(cm, draft.id, [Ink(WITNESS, "Sam Lee", b"")])
    signed = signing.sign_consent(cm, draft.id, [
        Ink(PARTICIPANT, "Ana Rivera", ink_png(blue + (255,))),
        Ink(WITNESS, "Sam Lee", ink_png((200, 30, 30, 255)))], expected_version=draft.row_version)
    assert signed.consent.status == "active" and signed.consent.valid_today
    with db.read() as session:
        stored = session.get(Consent, draft.id)
    assert stored.signature_method == "e_signature" and stored.signed_by == "Ana Rivera"
    assert stored.scanned_copy_sha256 == signed.copy.sha256
    assert signed.copy.kind == "signed_consent" and signed.copy.source == "e_signature"

    _, pdf = AttachmentService(db, program.clock).content(cm, signed.copy.id)
    text = _text(pdf)
    assert "Electronic signature captured" in text and "on test-ws" in text
    assert "Ana Rivera" in text and "Sam Lee" in text
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    # the participant's ink sits just above the line under "Signature of the person"
    label = label_page = None
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(pages - 1):
            textpage = document[index].get_textpage()
            search = textpage.search("Signature of the person", match_case=True)
            hit = search.get_next()
            if hit:
                label = textpage.get_charbox(hit[0])
                label_page = index
    finally:
        document.close()
    assert label is not None, "the consent's signature label is not on its pages"
    box = _ink_box(pdf, label_page, blue)
    assert box is not None, "the participant's signature is not on the form"
    label_top_px = (792 - label[3]) * 100 / 72
    assert box[1] > label_top_px and box[3] - box[1] > 15 and box[2] - box[0] > 100
    assert box[3] < label_top_px + 60 * 100 / 72  # on the line below the label, not far off
    # the witness has no line on this form: signs on the page added at the end
    assert _ink_box(pdf, pages - 1, (200, 30, 30)) is not None


def test_the_agreement_is_signed_by_the_participant_and_the_case_manager(db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    signing = SigningService(db, program.clock)
    copy = signing.sign_agreement(cm, case.id, [
        Ink(PARTICIPANT, "Ana Rivera", ink_png((20, 60, 200, 255))),
        Ink(CASE_MANAGER, "Case Manager", ink_png((20, 150, 40, 255)))])
    _, pdf = AttachmentService(db, program.clock).content(cm, copy.id)
    reader = PdfReader(io.BytesIO(pdf))
    assert copy.kind == "signed_agreement" and "Electronic signature captured" in _text(pdf)
    last = len(reader.pages) - 1
    assert _ink_box(pdf, last, (20, 60, 200)) and _ink_box(pdf, last, (20, 150, 40))
    assert "Electronic signatures" not in _text(pdf)  # both had their line


def test_a_revocation_signed_on_screen_is_kept_with_its_consent(db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    consent_id = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}],
                                      consent_type="part2_general")
    copy = SigningService(db, program.clock).sign_revocation(
        cm, consent_id, [Ink(PARTICIPANT, "Ana Rivera", ink_png())])
    assert copy.consent_id == consent_id and "revocation" in copy.title
    revoked = [c for c in program.consents.list_for_person(cm, person.id) if c.id == consent_id]
    assert revoked[0].status == "revoked"  # the signed form revokes it: disclosures stop


def test_a_cj_consent_is_not_revoked_on_screen_before_its_date(db, program, staff):
    from lead_desktop.errors import InvalidInput

    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    consent_id = steps.signed_consent(program, cm, person.id, [{"class": "treatment provider"}])
    with pytest.raises(InvalidInput, match="cannot be revoked before"):
        SigningService(db, program.clock).sign_revocation(
            cm, consent_id, [Ink(PARTICIPANT, "Ana Rivera", ink_png())])
    assert [c.status for c in program.consents.list_for_person(cm, person.id)] == ["active"]


RTL_NAMES = {"arabic": ("محمد", "العلي"), "hebrew": ("יוסף", "כהן")}


@pytest.mark.parametrize("script", sorted(RTL_NAMES))
def test_a_right_to_left_printed_name_reads_back_in_logical_order(db, program, staff, script):
    """An Arabic or Hebrew printed name is shaped and in visual order beside the ink, as on
    every other document: the text layer gives the name as typed, each word is found (not
    reversed), and the first word of the name is printed to the right of the second."""
    cm = staff[Role.CASE_MANAGER]
    first, last = RTL_NAMES[script]
    person = steps.person(program, cm, "Rivera", "Ana")
    draft = _draft(program, cm, person.id)
    signed = SigningService(db, program.clock).sign_consent(
        cm, draft.id, [Ink(PARTICIPANT, f"{first} {last}", ink_png())],
        expected_version=draft.row_version)
    _, pdf = AttachmentService(db, program.clock).content(cm, signed.copy.id)
    document = pypdfium2.PdfDocument(pdf)
    try:
        lefts = {}
        for index in range(len(document)):
            textpage = document[index].get_textpage()
            compact = "".join(textpage.get_text_range().split())
            for word in (first, last):
                if word[::-1] in compact:
                    raise AssertionError(f"{word} printed reversed")
                search = textpage.search(word, match_case=True)
                hit = search.get_next()
                if hit:
                    start, count = hit
                    lefts[word] = min(textpage.get_charbox(i)[0]
                                      for i in range(start, start + count))
    finally:
        document.close()
    assert set(lefts) == {first, last}, "the printed name is not in the text layer as typed"
    assert lefts[first] > lefts[last]  # right to left: the first word is the rightmost


def test_a_printed_name_no_font_prints_is_refused_where_it_is_typed(db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    draft = _draft(program, cm, person.id)
    with pytest.raises(ValidationFailed) as refused:
        SigningService(db, program.clock).sign_consent(
            cm, draft.id, [Ink(PARTICIPANT, "Ana \U00013000", ink_png())],
            expected_version=draft.row_version)
    assert "participant_name" in str(refused.value.problems)
