"""Batch printing (documents.md, layout rules): one bundle per case, each starting on a new
sheet. On a two-sided printer a bundle with an odd number of pages is followed by a blank
page, so the next case never starts on the back of the last one's final sheet."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def bundle(pdfs: list[bytes], two_sided: bool) -> bytes:
    writer = PdfWriter()
    for pdf in pdfs:
        reader = PdfReader(io.BytesIO(pdf))
        writer.append(reader)
        if two_sided and len(reader.pages) % 2:
            last = reader.pages[-1].mediabox
            writer.add_blank_page(width=float(last.width), height=float(last.height))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
