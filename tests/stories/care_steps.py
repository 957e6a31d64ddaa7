"""What a case manager does in the person window between eligibility and Active, through
its screens: a consent signed on the pad (Consents and intake → New consent…), the intake
signed off (Intake…), and the participation agreement signed on screen (Documents)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from lead_desktop.ui.attachments.signature_pad import SignatureDialog
from lead_desktop.ui.forms.consent_form import ConsentForm
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.person_window import PersonWindow
from tests.stories.app import choose, choose_text, tab, type_into, while_open
from tests.ui.test_signature_pad import ZIGZAG, mouse_stroke, pen_stroke


def sign_consent(qtbot, person: PersonWindow, participant: str,
                 consent_type: str = "part2_cj_referral",
                 recipient_class: str = "treatment provider", recipient_name: str = "") -> None:
    """New consent…, filled in, signed by the participant on the pad: active."""
    consents = tab(person, "Consents and intake")

    def fill(form: ConsentForm) -> None:
        choose(form.consent_type, consent_type)
        if recipient_name:
            type_into(qtbot, form.recipient_name, recipient_name)
        type_into(qtbot, form.recipient_class, recipient_class)
        form.information.setPlainText("Attendance, treatment plan progress and discharge status")
        type_into(qtbot, form.purpose, "Coordinate treatment and report compliance")
        type_into(qtbot, form.signed_by, participant)

        def pad(dialog: SignatureDialog) -> None:
            dialog.show()
            pen_stroke(dialog.pads["participant"], ZIGZAG)
            dialog.accept()
        form.sign_on_screen(run=pad)
        assert form.message.text() == "Signed on screen: the consent is active.", \
            form.message.text()
    while_open(qtbot, ConsentForm, fill, consents.findChild(QPushButton, "newConsent").click)


def sign_off_intake(qtbot, person: PersonWindow) -> None:
    consents = tab(person, "Consents and intake")

    def fill(form: IntakeForm) -> None:
        type_into(qtbot, form.domains["housing"], "unsheltered")
        type_into(qtbot, form.needs, "a bed tonight")
        form.sign_off()
        assert form.message.text() == "Intake signed off.", form.message.text()
    while_open(qtbot, IntakeForm, fill, consents.findChild(QPushButton, "openIntake").click)


def sign_agreement(person: PersonWindow, participant: str) -> str:
    """Documents → Participation agreement → Sign on screen (participant, case manager);
    returns what the tab says."""
    documents = tab(person, "Documents")
    choose_text(documents.choice, "Participation agreement")

    def pad(dialog: SignatureDialog) -> None:
        dialog.show()
        pen_stroke(dialog.pads["participant"], ZIGZAG)
        dialog.names["participant"].setText(participant)
        mouse_stroke(dialog.pads["case_manager"], ZIGZAG[::2])
        dialog.accept()
    documents.sign_on_screen(run=pad)
    return documents.message.text()
