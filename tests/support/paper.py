"""Paper a test attaches: a small real PDF, pictures with and without a GPS location."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.pdfgen import canvas

from lead_desktop.security.actor import Actor
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService

# Somewhere in Seattle, as a phone camera writes it (degrees, minutes, seconds).
GPS = {1: "N", 2: (47.0, 36.0, 22.0), 3: "W", 4: (122.0, 19.0, 55.0)}


def tiny_pdf(text: str = "Signed consent", pages: int = 1) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number in range(pages):
        page.drawString(72, 720, f"{text} (page {number + 1})")
        page.showPage()
    page.save()
    return out.getvalue()


def picture(fmt: str = "JPEG", *, gps: bool = True, size=(320, 200)) -> bytes:
    """A picture whose EXIF carries a camera make and, if `gps`, a location."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    if gps:
        exif[0x8825] = GPS
    out = io.BytesIO()
    image.save(out, format=fmt, exif=exif.tobytes())
    return out.getvalue()


def attach_signed_copy(db, clock, actor: Actor, consent_id: str,
                       pdf: bytes | None = None) -> str:
    """The scan of the signed consent, attached to it; returns its hash (for activation)."""
    view = AttachmentService(db, clock).add(actor, "signed_consent", pdf or tiny_pdf(),
                                            Anchor(consent_id=consent_id),
                                            title="Signed consent (scan)", source="scan")
    return view.sha256


def attach_signed_agreement(db, clock, actor: Actor, case_id: str) -> str:
    """The scan of the signed participation agreement, kept on the case as the Attachments
    tab keeps it (which records the agreement as signed); returns the attachment id."""
    return AttachmentService(db, clock).add(actor, "signed_agreement",
                                            tiny_pdf("Signed participation agreement"),
                                            Anchor(case_id=case_id),
                                            title="Signed participation agreement (scan)",
                                            source="scan").id
