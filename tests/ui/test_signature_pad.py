"""A consent signed on the pad: a pen's strokes (synthesized tablet events, with pressure)
and a witness's mouse strokes end up on the PDF kept as the signed copy, rendered and
checked; the consent is active with that copy."""

import io

import pypdfium2
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from lead_desktop.models import Attachment, Consent
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.consent.consent_service import ConsentInput
from lead_desktop.ui.attachments.signature_pad import INK, SignatureDialog, SignaturePad
from lead_desktop.ui.forms.consent_form import ConsentForm
from tests.support import steps

PEN = QPointingDevice("test pen", 7, QInputDevice.DeviceType.Stylus,
                      QPointingDevice.PointerType.Pen,
                      QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)


def pen_stroke(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """What a Wacom pen sends: press, moves with growing pressure, release."""
    def send(kind, x, y, pressure):
        QApplication.sendEvent(pad, QTabletEvent(
            kind, PEN, QPointF(x, y), QPointF(pad.mapToGlobal(QPoint(x, y))), pressure,
            0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton))

    send(QEvent.Type.TabletPress, *points[0], 0.2)
    for number, (x, y) in enumerate(points[1:]):
        send(QEvent.Type.TabletMove, x, y, min(1.0, 0.2 + number / len(points)))
    send(QEvent.Type.TabletRelease, *points[-1], 0.0)


def mouse_stroke(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


ZIGZAG = [(30 + i * 12, 110 - (i % 6) * 14) for i in range(32)]


def _ink_pixels(pdf: bytes, page: int) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=100 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    pixels, target = image.load(), (INK.red(), INK.green(), INK.blue())
    return [(x, y) for y in range(0, image.height, 2) for x in range(0, image.width, 2)
            if all(abs(pixels[x, y][i] - target[i]) < 50 for i in range(3))]


def test_a_pen_signature_is_placed_in_the_consent_pdf(qtbot, db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana")
    draft = program.consents.record(cm, ConsentInput(
        person_id=person.id, consent_type="part2_general", discloser="LEAD case management",
        recipients=({"class": "treatment provider"},),
        information_description="Attendance, treatment plan and discharge status",
        purpose="Treatment referral and coordination",
        expires_on=program.clock.now.date().replace(year=2027), witness="Sam Lee"))
    form = ConsentForm(program.consents, cm, person.id, None, consent_id=draft.id)
    qtbot.addWidget(form)
    form.signed_by.setText("Ana Rivera")

    def sign(dialog: SignatureDialog) -> None:
        dialog.show()
        assert dialog.witness.isChecked()  # the consent names a witness
        dialog.accept()
        assert dialog.isVisible() and "Each signer" in dialog.message.text()  # no ink yet
        pen_stroke(dialog.pads["participant"], ZIGZAG)
        assert [len(s) for s in dialog.pads["participant"].strokes] == [len(ZIGZAG)]
        widths = {round(p, 2) for _, p in dialog.pads["participant"].strokes[0]}
        assert len(widths) > 5  # the pen's pressure was kept
        mouse_stroke(dialog.pads["witness"], ZIGZAG[::3])
        dialog.names["witness"].setText("Sam Lee")
        dialog.grab().save(str(qtbot_tmp / "signature-dialog.png"))
        dialog.accept()

    qtbot_tmp = db.path.parent
    form.sign_on_screen(run=sign)
    assert "active" in form.message.text(), form.message.text()
    with db.read() as session:
        consent = session.get(Consent, draft.id)
        copy = session.scalars(select(Attachment).where(Attachment.consent_id == draft.id)).one()
    assert consent.status == "active" and consent.signature_method == "e_signature"
    assert consent.scanned_copy_sha256 == copy.sha256 and copy.source == "e_signature"
    _, pdf = AttachmentService(db, program.clock).content(cm, copy.id)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "\n".join(page.extract_text() for page in pages)
    assert "Electronic signature captured" in text and f"on {cm.workstation}" in text
    assert "Ana Rivera" in text and "Sam Lee" in text
    participant = _ink_pixels(pdf, 0)
    assert len(participant) > 40  # the pen's zigzag, on the consent's own page
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        hit = textpage.search("Signature of the person", match_case=True).get_next()
        label = textpage.get_charbox(hit[0])
    finally:
        document.close()
    label_y = (792 - label[3]) * 100 / 72
    assert all(label_y < y < label_y + 70 for _, y in participant)  # on its line
    assert _ink_pixels(pdf, len(pages) - 1)  # the witness, on the page added for them


def test_the_documents_tab_shows_the_signed_copy_and_signs_the_agreement(qtbot, db, program,
                                                                         staff):
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.ui.documents_tab import DocumentsTab

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    documents = DocumentService(db, program.clock)
    tab = DocumentsTab(documents, cm, program.consents.list_for_person(cm, case.person_id),
                       [], agreement_case_id=case.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.choice.setCurrentIndex(0)  # the consent: its signed copy beside it
    assert tab.signed_copy.isVisible() and tab.signed_copy.copy is not None
    assert "scanned" in tab.signed_copy.text.text()
    assert not tab.buttons["signDocument"].isVisible()
    viewer = tab.signed_copy.viewer()
    assert viewer is not None and len(viewer.pages) == 1
    viewer.deleteLater()

    tab.choice.setCurrentIndex(tab.choice.findText("Participation agreement"))
    assert not tab.signed_copy.isVisible() and tab.buttons["signDocument"].isVisible()

    def sign(dialog: SignatureDialog) -> None:
        dialog.show()
        pen_stroke(dialog.pads["participant"], ZIGZAG)
        dialog.names["participant"].setText("Ana Rivera")
        mouse_stroke(dialog.pads["case_manager"], ZIGZAG[::2])
        dialog.accept()

    tab.sign_on_screen(run=sign)
    assert "Signed on screen" in tab.message.text(), tab.message.text()
    with db.read() as session:
        copy = session.scalars(select(Attachment).where(Attachment.kind == "signed_agreement")).one()
    _, pdf = AttachmentService(db, program.clock).content(cm, copy.id)
    last = len(PdfReader(io.BytesIO(pdf)).pages) - 1
    assert len(_ink_pixels(pdf, last)) > 40  # both signatures on the agreement's last page


def test_a_finger_signs_on_a_touch_screen(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 160)
    pad.show()
    qtbot.waitExposed(pad)
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(40, 100), pad).commit()
    for x, y in ZIGZAG[1:12]:
        QTest.touchEvent(pad, screen).move(0, QPoint(x, y), pad).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(*ZIGZAG[11]), pad).commit()
    qtbot.waitUntil(lambda: not pad._drawing and not pad.is_empty())
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) >= 10
    assert pad.png().startswith(b"\x89PNG")
