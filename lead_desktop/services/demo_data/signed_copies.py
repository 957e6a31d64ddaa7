"""The demo participants' consents come with a signed copy, as every active consent must
(issue 20): one synthetic one-page "scan", shared by all, kept as each consent's attachment."""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from lead_desktop.models import Attachment, AttachmentChunk


@lru_cache(maxsize=1)
def demo_scan() -> tuple[bytes, str]:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)  # the same bytes every run
    page.setFont("Helvetica", 14)
    page.drawString(72, 720, "DEMO - signed consent (synthetic, not a real person)")
    page.line(72, 600, 360, 600)
    page.showPage()
    page.save()
    data = out.getvalue()
    return data, hashlib.sha256(data).hexdigest()


def add_signed_copy(rows, new_id: str, consent_id: str, person_id: str, case_id: str,
                    created_at) -> str:
    """Rows of the consent's signed copy; returns the hash the consent records."""
    data, digest = demo_scan()
    attachment_id = new_id
    rows.add(Attachment, id=attachment_id, person_id=person_id, case_id=case_id,
             consent_id=consent_id, kind="signed_consent", title="Signed consent (demo scan)",
             media_type="application/pdf", size=len(data), sha256=digest, source="scan",
             location_removed=False, thumbnail=None, created_at=created_at, row_version=1)
    rows.add(AttachmentChunk, attachment_id=attachment_id, seq=0, data=data)
    return digest
