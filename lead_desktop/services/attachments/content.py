"""What a file really is (by its first bytes, never its name), its location taken out, a
thumbnail, and a PDF of it for the one print path. No Qt: Pillow and PDFium only.

The location is removed without re-encoding the picture where the format allows it
(JPEG segments and PNG chunks are rewritten around the pixels); a TIFF that carries a
location is saved again with the same compression."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import ExifTags, Image, UnidentifiedImageError

from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

PDF, JPEG, PNG, TIFF = "application/pdf", "image/jpeg", "image/png", "image/tiff"
MEDIA_TYPES = (PDF, JPEG, PNG, TIFF)
THUMBNAIL_PIXELS = 160
_GPS = ExifTags.IFD.GPSInfo
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"

# A decompression bomb (a tiny file that unpacks to gigapixels) is refused, not rendered.
Image.MAX_IMAGE_PIXELS = 120_000_000


class NotAllowedType(InvalidInput):
    """The content is none of the kinds kept (PDF, JPEG, PNG, TIFF), whatever the name."""


def media_type(data: bytes) -> str:
    """The kind of file by its content. Raises NotAllowedType for anything else."""
    if data[:1024].find(b"%PDF-") != -1:
        found = PDF
    elif data.startswith(b"\xff\xd8\xff"):
        found = JPEG
    elif data.startswith(_PNG_SIGNATURE):
        found = PNG
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        found = TIFF
    else:
        raise NotAllowedType(message("Attachments", QT_TRANSLATE_NOOP(
            "Attachments", "This file is not a PDF, JPEG, PNG or TIFF (judged by its content, "
            "not its name): it was not attached. Scan or save it as one of these.")))
    if not _opens(data, found):
        raise NotAllowedType(message("Attachments", QT_TRANSLATE_NOOP(
            "Attachments", "This file starts like a PDF or picture but cannot be read: it may "
            "be damaged. Scan or save it again.")))
    return found


def _opens(data: bytes, found: str) -> bool:
    if found == PDF:
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return False
        try:
            return len(document) > 0
        finally:
            document.close()
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        return True
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        return False


@dataclass(frozen=True)
class Cleaned:
    data: bytes
    location_removed: bool


def remove_location(data: bytes, found: str) -> Cleaned:
    """The file without its EXIF GPS block (and an XMP packet that names a place)."""
    if found == JPEG:
        return _jpeg_without_location(data)
    if found == PNG:
        return _png_without_location(data)
    if found == TIFF:
        return _tiff_without_location(data)
    return Cleaned(data, False)


def _exif_without_gps(payload: bytes) -> bytes | None:
    """The EXIF block minus its GPS directory, or None when it has none."""
    exif = Image.Exif()
    exif.load(payload)
    if _GPS not in exif:
        return None
    del exif[_GPS]
    return exif.tobytes()


def _jpeg_without_location(data: bytes) -> Cleaned:
    out, pos, removed = bytearray(data[:2]), 2, False
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the pixels and the rest, untouched
            break
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        segment, payload = data[pos:pos + 2 + length], data[pos + 4:pos + 2 + length]
        pos += 2 + length
        if marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            cleaned = _exif_without_gps(payload)
            if cleaned is not None:
                removed = True
                segment = b"\xff\xe1" + struct.pack(">H", len(cleaned) + 2) + cleaned
        elif marker == 0xE1 and payload.startswith(_XMP_JPEG) and b"GPS" in payload:
            removed = True
            continue
        out += segment
    out += data[pos:]
    return Cleaned(bytes(out), removed)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + \
        struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _png_without_location(data: bytes) -> Cleaned:
    out, pos, removed = bytearray(_PNG_SIGNATURE), len(_PNG_SIGNATURE), False
    while pos + 8 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        chunk = data[pos:pos + 12 + length]
        pos += 12 + length
        if kind == b"eXIf":
            cleaned = _exif_without_gps(body)
            if cleaned is not None:
                removed = True
                chunk = _png_chunk(kind, cleaned[len(b"Exif\x00\x00"):])
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and body.startswith(b"XML:com.adobe.xmp") \
                and b"GPS" in body:
            removed = True
            continue
        out += chunk
    return Cleaned(bytes(out), removed)


def _tiff_without_location(data: bytes) -> Cleaned:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if _GPS not in exif:
            return Cleaned(data, False)
        del exif[_GPS]  # the rest (camera, date, orientation) is kept
        exif._ifds.pop(_GPS, None)  # noqa: SLF001 - else Pillow writes the cached block back
        frames, out = [], io.BytesIO()
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frames.append(image.copy())
        compression = image.info.get("compression", "raw")
        dpi = image.info.get("dpi")
    extra = {"dpi": dpi} if dpi else {}
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:],
                   compression=compression if compression != "raw" else None, exif=exif,
                   **extra)
    return Cleaned(out.getvalue(), True)


def page_count(data: bytes, found: str) -> int:
    if found == PDF:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()
    with Image.open(io.BytesIO(data)) as image:
        return getattr(image, "n_frames", 1)


def thumbnail(data: bytes, found: str) -> bytes:
    """A small PNG of the first page, for lists."""
    if found == PDF:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            scale = THUMBNAIL_PIXELS / max(page.get_width(), page.get_height())
            image = page.render(scale=scale).to_pil()
        finally:
            document.close()
    else:
        with Image.open(io.BytesIO(data)) as opened:
            opened.seek(0)
            image = _displayable(opened)
    image.thumbnail((THUMBNAIL_PIXELS - 2, THUMBNAIL_PIXELS - 2))
    from PIL import ImageOps

    image = ImageOps.expand(image, border=1, fill="#8a8a8a")  # a white page shows its edge
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _displayable(image: Image.Image) -> Image.Image:
    """A copy in RGB (or L), oriented as the camera meant it."""
    from PIL import ImageOps

    copy = ImageOps.exif_transpose(image.copy()) or image.copy()
    return copy if copy.mode in ("RGB", "L") else copy.convert("RGB")


def printable_pdf(data: bytes, found: str) -> bytes:
    """The attachment as a PDF (a picture, each TIFF page, on its own page), so it prints
    through the same path as the documents."""
    if found == PDF:
        return data
    pages = []
    with Image.open(io.BytesIO(data)) as image:
        dpi = image.info.get("dpi", (150, 150))[0] or 150
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            pages.append(_displayable(image))
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:],
                  resolution=float(max(72, min(600, dpi))))
    return out.getvalue()
