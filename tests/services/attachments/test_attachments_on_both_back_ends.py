"""Attachments on both back ends (`@pytest.mark.postgres`): in PostgreSQL mode the bytes are
rows of the server's database as they are pages of the encrypted file, read back
identical, voided and purged under the retention rule alike."""

import hashlib

import pytest
from sqlalchemy import func, select

from lead_desktop.models import AttachmentChunk
from lead_desktop.security.roles import Role
from lead_desktop.services.attachments import retention
from lead_desktop.services.attachments.attachment_service import (
    CHUNK,
    Anchor,
    AttachmentService,
)
from tests.support import steps
from tests.support.paper import tiny_pdf

pytestmark = pytest.mark.postgres


def test_bytes_in_the_database_read_back_and_purged(db, program, staff):
    cm, sup, admin = (staff[Role.CASE_MANAGER], staff[Role.SUPERVISOR],
                      staff[Role.ADMINISTRATOR])
    case = steps.active_case(program, staff, "seattle-lead@1")
    files = AttachmentService(db, program.clock)
    pdf = tiny_pdf("Discharge summary", pages=2) + b"%" + b"y" * (CHUNK + 7) + b"\n"
    view = files.add(cm, "treatment_record", pdf, Anchor(case_id=case.id),
                     title="Discharge summary", source="scan")
    with db.read() as session:
        stored = session.scalars(select(AttachmentChunk.data).where(
            AttachmentChunk.attachment_id == view.id).order_by(AttachmentChunk.seq)).all()
    assert len(stored) == 2 and b"".join(stored) == pdf
    _, data = files.content(cm, view.id)
    assert hashlib.sha256(data).hexdigest() == view.sha256 and data == pdf

    files.void(cm, view.id, "belongs to another referral", expected_version=view.row_version)
    retention.set_retention_days(db, admin, 30)
    program.clock.advance(days=31)
    assert retention.purge(db, sup, program.clock.now).purged == [view.id]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentChunk).where(
            AttachmentChunk.attachment_id == view.id)) == 0
