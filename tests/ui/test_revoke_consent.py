"""Revoke… on the Consents and intake tab: the participant's written revocation recorded
(the day, how it came, the signed form kept with the consent); the case summary for the
prosecutor is refused from then on, in the same window."""

from sqlalchemy import select

from lead_desktop.models import Attachment, Consent
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.ui.forms.revoke_dialog import RevokeDialog
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.stories.app import choose_text, tab, while_open
from tests.support import steps
from tests.support.paper import tiny_pdf


def test_a_written_revocation_is_recorded_and_the_prosecutor_summary_is_refused(
        qtbot, db, program, staff, tmp_path):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    consent_id = steps.signed_consent(
        program, cm, case.person_id, [{"name": "King County Prosecuting Attorney", "address": "516 Third Ave"}],
        consent_type="part2_cj_referral", case_id=case.id)
    with db.write() as session:  # its revocable-from date has passed (as months later)
        session.get(Consent, consent_id).cj_revocable_after = program.clock.now.date()
    window = PersonWindow(CaseServices(
        program.people, program.cases, program.notes, consents=program.consents,
        intake=program.intake, documents=DocumentService(db, program.clock),
        attachments=AttachmentService(db, program.clock)), cm, case.person_id)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)  # read off the UI thread
    qtbot.addWidget(window)
    documents = tab(window, "Documents")
    choose_text(documents.choice, "Case summary for the prosecutor")
    assert documents.generate() is not None, documents.message.text()

    consents = tab(window, "Consents and intake")
    rows = [consents.model.row(i) for i in range(consents.model.rowCount())]
    consents.table.selectRow([r.id for r in rows].index(consent_id))
    assert consents.revoke.isEnabled()
    scan = tmp_path / "revocation.pdf"
    scan.write_bytes(tiny_pdf("I revoke my consent"))

    def fill(dialog: RevokeDialog):
        dialog.how.setCurrentIndex(0)
        dialog.form_path.setText(str(scan))
        dialog.revoke_button.click()
    while_open(qtbot, RevokeDialog, fill, consents.revoke.click)

    with db.read() as session:
        stored = session.get(Consent, consent_id)
        assert stored.status == "revoked" and stored.revocation_logged_by == cm.user_id
        assert stored.revocation_received_how == "in writing: the signed revocation form"
        assert session.scalar(select(Attachment).where(
            Attachment.consent_id == consent_id,
            Attachment.title == "Signed revocation (scan)")) is not None
    shown = [consents.model.row(i) for i in range(consents.model.rowCount())]
    assert [c.status for c in shown if c.id == consent_id] == ["revoked"]
    assert not consents.revoke.isEnabled()

    documents = tab(window, "Documents")
    choose_text(documents.choice, "Case summary for the prosecutor")
    assert documents.generate() is None
    assert "No criminal-justice referral consent" in documents.message.text()
