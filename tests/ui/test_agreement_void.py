"""Voiding the scan of the signed participation agreement: when it was the last evidence of
the signature, the case's "agreement signed" is cleared (audited, in words) and the person
voiding is told; another signed copy still on file keeps it."""

from sqlalchemy import select

from lead_desktop.models import AuditEntry, Case
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.labels import has_label
from lead_desktop.ui.attachments.panel import AttachmentsPanel
from tests.support import steps
from tests.support.paper import attach_signed_agreement

WORCESTER = "worcester-buyer-diversion@1"  # compliance-based: the agreement is required


def signed_at(db, case_id):
    with db.read() as session:
        return session.get(Case, case_id).participation_agreement_signed_at


def test_voiding_the_last_signed_agreement_clears_the_flag_and_says_so(qtbot, db, program,
                                                                     staff):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, WORCESTER)
    assert signed_at(db, case.id) is not None
    panel = AttachmentsPanel(AttachmentService(db, program.clock), cm, case.person_id,
                             case.id, ask_reason=lambda: "wrong person's paper")
    qtbot.addWidget(panel)
    agreements = [i for i, v in enumerate(panel.views) if v.kind == "signed_agreement"]
    assert len(agreements) == 1
    panel.list.setCurrentRow(agreements[0])
    panel.void_selected()
    assert signed_at(db, case.id) is None
    assert "no longer counts the agreement as signed" in panel.message.text()
    with db.read() as session:
        cleared = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "case.participation_agreement_cleared")).one()
    assert cleared.record_id == case.id
    assert has_label("audit_event", "case.participation_agreement_cleared")


def test_another_signed_copy_on_file_keeps_the_agreement(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, WORCESTER)
    second = attach_signed_agreement(db, program.clock, cm, case.id)
    first = next(v for v in AttachmentService(db, program.clock).list_for_person(
        cm, case.person_id) if v.kind == "signed_agreement" and v.id != second)
    voided = AttachmentService(db, program.clock).void(cm, first.id, "blurred scan")
    assert not voided.agreement_cleared and signed_at(db, case.id) is not None
