"""The retention rule of removed attachments: the content of a void stays until the
administrator's period has passed, and goes only with a supervisor's approval (automatic
for the timers, or one purge now); the row and the audit keep what it was; a signed copy a
consent rests on is kept as evidence."""

import pytest
from sqlalchemy import func, select

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.models import AttachmentChunk, AuditEntry
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments import retention
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from tests.support import steps
from tests.support.paper import tiny_pdf


@pytest.fixture
def case(program, staff):
    return steps.active_case(program, staff, "seattle-lead@1")


def _chunks(db, attachment_id) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AttachmentChunk)
                              .where(AttachmentChunk.attachment_id == attachment_id))


def test_void_content_goes_only_after_the_period_and_a_supervisors_approval(
        db, program, staff, case):
    cm, sup, admin = (staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR],
                      staff[Role.ADMINISTRATOR])
    files = AttachmentService(db, program.clock)
    wrong = files.add(cm, "case_paper", tiny_pdf("Someone else's letter"),
                      Anchor(case_id=case.id), title="Housing letter (wrong person)")
    kept = files.add(cm, "case_paper", tiny_pdf("Benefits letter"), Anchor(case_id=case.id),
                     title="Benefits letter")
    files.void(cm, wrong.id, "filed under the wrong person")
    with db.read() as session:
        assert retention.retention_days(session) == retention.DEFAULT_DAYS
    with pytest.raises(PermissionDenied):  # the period is the administrator's
        retention.set_retention_days(db, cm, 30)
    with pytest.raises(InvalidInput):
        retention.set_retention_days(db, admin, 5)
    retention.set_retention_days(db, admin, 30)

    program.clock.advance(days=45)
    assert not retention.purge_if_approved(db, program.clock.now).ran  # nobody approved
    assert _chunks(db, wrong.id) > 0
    for not_a_supervisor in (cm, admin):
        with pytest.raises(PermissionDenied):
            retention.set_automatic(db, not_a_supervisor, True)
        with pytest.raises(PermissionDenied):
            retention.purge(db, not_a_supervisor)
    retention.set_automatic(db, sup, True, program.clock.now)

    run = retention.purge_if_approved(db, program.clock.now)
    assert run.ran and run.purged == [wrong.id]
    assert _chunks(db, wrong.id) == 0 and _chunks(db, kept.id) > 0
    shown = {v.id: v for v in files.list_for_person(cm, case.person_id)}
    assert shown[wrong.id].purged_at is not None and shown[wrong.id].thumbnail is None
    assert shown[wrong.id].void_reason == "filed under the wrong person"  # the row stays
    with pytest.raises(InvalidInput, match="retention rule"):
        files.content(cm, wrong.id)
    assert files.content(cm, kept.id)[1].startswith(b"%PDF")
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "attachment.purge")).one()
    assert entry.record_id == wrong.id and wrong.sha256 in entry.details \
        and sup.user_id in entry.details
    assert retention.purge_if_approved(db, program.clock.now).purged == []  # once

    retention.set_automatic(db, sup, False)
    files.void(cm, kept.id, "a newer letter came")
    program.clock.advance(days=31)
    assert not retention.purge_if_approved(db, program.clock.now).ran
    assert retention.purge(db, sup, program.clock.now).purged == [kept.id]  # one purge now


def test_a_void_within_the_period_and_consent_evidence_are_kept(db, program, staff,
                                                                        case):
    cm, sup, admin = (staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR],
                      staff[Role.ADMINISTRATOR])
    files = AttachmentService(db, program.clock)
    retention.set_retention_days(db, admin, 30)
    copy = next(v for v in files.list_for_person(cm, case.person_id)
                if v.kind == "signed_consent")
    consent = program.consents.list_for_person(cm, case.person_id)[0]
    program.clock.advance(days=200)  # a §2.35 consent is revocable after 180 days
    program.consents.revoke(cm, consent.id, received_how="in person")
    files.void(cm, copy.id, "superseded paper")
    recent = files.add(cm, "case_paper", tiny_pdf("x"), Anchor(case_id=case.id), title="x")
    program.clock.advance(days=40)
    files.void(cm, recent.id, "duplicate")
    run = retention.purge(db, sup, program.clock.now)
    assert run.purged == [] and run.kept_as_evidence == 1
    assert _chunks(db, copy.id) > 0 and _chunks(db, recent.id) > 0

