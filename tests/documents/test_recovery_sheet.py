"""The recovery-key sheet and the shared page, read back from the real PDF."""

import io
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from lead_desktop.db import keys
from lead_desktop.documents.fonts import MissingGlyph
from lead_desktop.documents.page import Stamp
from lead_desktop.documents.recovery_sheet import RecoverySheet, build

WHEN = datetime(2026, 11, 23, 15, 4, tzinfo=timezone.utc)


def stamp(**kw):
    base = dict(program="Harbor City LEAD", document_id="RK-0001", template="recovery-key-sheet v1",
                generated_by="Ada Admin", generated_at=WHEN)
    base.update(kw)
    return Stamp(**base)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_sheet_carries_every_element_of_documents_md_10():
    key = keys.format_recovery_key(keys.new_key())
    pdf = build(RecoverySheet("Harbor City LEAD", r"\\county-fs\lead\lead.db", "0a7f4838b3f230a1",
                              key, WHEN, "Ada Ødegård"), stamp())
    text = text_of(pdf)
    assert pdf.startswith(b"%PDF")
    for part in ("Database Recovery Key – KEEP LOCKED", "Harbor City LEAD", "0a7f4838b3f230a1",
                 "Ada Ødegård", "locked safe", "Unlock", "rekey", "Witnessed by",
                 "Created by", "Page 1 of 1", "template recovery-key-sheet v1"):
        assert part in text, part
    for group in key.split("-"):
        assert group in text
    reader = PdfReader(io.BytesIO(pdf))
    fonts = [font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()]
    assert fonts and all(f["/Subtype"] == "/TrueType" and "DejaVuSans" in f["/BaseFont"]
                         and "/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts)


def test_a_character_the_font_lacks_fails_loudly():
    with pytest.raises(MissingGlyph, match="created by"):
        build(RecoverySheet("X", "Y", "0" * 16, keys.format_recovery_key(keys.new_key()), WHEN,
                            "\U00013000 scribe"), stamp())   # no bundled font has hieroglyphs
