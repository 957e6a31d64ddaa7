"""From intake pending to active through the forms: consent, signed copy, intake, step."""

from datetime import datetime, timezone

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from lead_desktop.models import Attachment, AuditEntry, Consent, IntakeAssessment
from lead_desktop.security.roles import Role
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.consent_form import ConsentForm, file_sha256
from lead_desktop.ui.forms.intake_form import IntakeForm
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps
from tests.support.paper import tiny_pdf


def test_intake_pending_to_active_through_the_forms(qtbot, program, staff, db, tmp_path):
    officer, cm, da = staff[Role.OFFICER], staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    person = steps.person(program, officer, "Rivera", "Ana")
    case = steps.arrest_referral(program, officer, person.id, "seattle-lead@1")
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    program.eligibility.decide(da, case.id, "eligible")
    program.clock.now = datetime.now(timezone.utc)  # the forms date things "today"

    services = CaseServices(program.people, program.cases, program.notes, program.consents,
                            program.intake)
    window = PersonWindow(services, cm, person.id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    assert "Consents and intake" in [window.tabs.tabText(i) for i in range(window.tabs.count())]

    deleted = []
    consent = ConsentForm(program.consents, cm, person.id, case.id,
                          delete_source=lambda path: deleted.append(path) or True)
    qtbot.addWidget(consent)
    consent.consent_type.setCurrentIndex(consent.consent_type.findData("part2_general"))
    qtbot.keyClicks(consent.recipient_class, "treatment provider")
    qtbot.keyClicks(consent.information, "records")                  # too vague
    qtbot.keyClicks(consent.purpose, "Treatment referral and coordination")
    consent.save()
    assert consent.consent_id is None
    assert "specifically" in consent.errors.text("information_description")
    consent.information.setPlainText("Attendance, treatment plan and discharge status")
    consent.save()
    assert consent.consent_id is not None
    scan = tmp_path / "signed-consent.pdf"
    scan.write_bytes(tiny_pdf("signed consent"))
    scanned = file_sha256(scan)
    qtbot.keyClicks(consent.signed_by, "Ana Rivera")
    consent.activate(scan)
    assert "active" in consent.message.text()
    with db.read() as session:
        stored = session.get(Consent, consent.consent_id)
        copy = session.scalars(select(Attachment)).one()
    assert stored.status == "active" and stored.scanned_copy_sha256 == scanned == copy.sha256
    assert copy.consent_id == stored.id and deleted == [scan] and not scan.exists()

    intake = IntakeForm(program.intake, cm, case.id, program.consents.list_for_person(cm, person.id))
    qtbot.addWidget(intake)
    intake.started.setDate(QDate.currentDate())
    qtbot.keyClicks(intake.domains["housing"], "unsheltered; shelter bed tonight")
    intake.sign_off()
    assert "signed off" in intake.message.text(), intake.message.text()
    with db.read() as session:
        row = session.scalars(select(IntakeAssessment)).one()
        events = session.scalars(select(AuditEntry.event)).all()
    assert row.domains["housing"]["status"].startswith("unsheltered")
    assert {"consent.create", "consent.activate", "intake.save", "intake.sign_off"} <= set(events)

    window.refresh()
    offered = [CaseState(window.step.itemData(i)) for i in range(window.step.count())]
    window.step.setCurrentIndex(offered.index(CaseState.ACTIVE))
    window.apply.setFocus()
    qtbot.keyClick(window.apply, Qt.Key.Key_Space)
    assert program.cases.get(cm, case.id).state is CaseState.ACTIVE


def test_consent_wording_in_both_languages(qtbot, program, staff):
    """A choice fills the field with wording that prints in Spanish; free text on a Spanish
    form is flagged for translation."""
    from tests.support import steps

    cm = staff[Role.CASE_MANAGER]
    person = steps.person(program, cm, "Rivera", "Ana", preferred_language="es")
    form = ConsentForm(program.consents, cm, person.id, None)
    qtbot.addWidget(form)
    form.language.setCurrentIndex(form.language.findData("es"))
    form.purpose.setText("to help")
    assert not form.translation_flag.isHidden() and "purpose" in form.translation_flag.text()
    choice = form.findChild(type(form.language), "purposeChoice")
    choice.activated.emit(1)
    assert form.purpose.text() == choice.itemData(1)
    form.findChild(type(form.language), "informationChoice").activated.emit(1)
    assert form.translation_flag.isHidden()
