"""The bundled fonts, embedded (subset) in every PDF, and the check that refuses a character
no bundled font can draw (never a "?" or an empty box on a court paper).

DejaVu Sans prints Latin (Nguyễn, Muñoz), Greek, Cyrillic and Hebrew; Noto Sans Arabic
prints Arabic script; a subset of Noto Sans CJK prints the Chinese, Japanese and Korean
characters names use (tools/make_fonts.py makes both from OFL wheels). The person record
calls `entry_problem` so a name that cannot print is refused where it is typed, never at
print time.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from lead_desktop.errors import InvalidInput
from lead_desktop.paths import resource_path
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message

REGULAR, BOLD = "LeadSans", "LeadSans-Bold"
ARABIC, ARABIC_BOLD = "LeadArabic", "LeadArabic-Bold"
CJK = "LeadCJK"  # one weight only: bold CJK text prints in the regular weight

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
          CJK: "NotoSansCJK-Regular-subset.ttf"}
# characters that never need a glyph: controls, format marks, line and paragraph separators
_INVISIBLE = ("Cc", "Cf", "Zl", "Zp")


class MissingGlyph(InvalidInput):
    """The text holds characters no bundled font can print."""


@dataclass(frozen=True)
class Face:
    regular: str
    bold: str


LATIN_FACE, ARABIC_FACE, CJK_FACE = Face(REGULAR, BOLD), Face(ARABIC, ARABIC_BOLD), Face(CJK, CJK)


@lru_cache(maxsize=1)
def register() -> None:
    _no_optional_ligatures()
    from lead_desktop.documents import shaped_text, text_layer
    text_layer.install()
    shaped_text.install()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD)


def _no_optional_ligatures() -> None:
    """reportlab shapes words with kern, liga and dlig on: DejaVu's discretionary "st"
    would print "Worcester" with a swash, and "ffi" in "office" would be one glyph that a
    search or a copy of the PDF's text reads as "ﬃ". Its default feature set is one shared
    dict, so turning both off there applies to every shaped word. (Arabic's required
    lam-alef ligature is "rlig", which stays on.)"""
    defaults = getattr(ttfonts, "shapeFragWord").__defaults__ or ()
    for value in defaults:
        if isinstance(value, dict) and "dlig" in value:
            value["dlig"] = value["liga"] = False


@lru_cache(maxsize=None)
def _covered(font_name: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def covers(face: Face, ch: str) -> bool:
    return ord(ch) in _covered(face.regular)


def _is_arabic(code: int) -> bool:
    return (0x0600 <= code <= 0x08FF) or (0xFB50 <= code <= 0xFDFF) or (0xFE70 <= code <= 0xFEFF)


def face_for(ch: str) -> Face | None:
    """The face that prints `ch`: Arabic script in Noto Sans Arabic (DejaVu has Arabic
    letters but not their joining forms), everything else in DejaVu, then CJK; None when
    no bundled font has it."""
    code = ord(ch)
    if _is_arabic(code) and code in _covered(ARABIC):
        return ARABIC_FACE
    if code in _covered(REGULAR):
        return LATIN_FACE
    if code in _covered(ARABIC):
        return ARABIC_FACE
    if code in _covered(CJK):
        return CJK_FACE
    return None


def invisible(ch: str) -> bool:
    return unicodedata.category(ch) in _INVISIBLE


def unprintable(text: str) -> list[str]:
    """The distinct characters of `text` no bundled font prints, in order of code point."""
    return list(_unprintable(text))


@lru_cache(maxsize=4096)
def _unprintable(text: str) -> tuple[str, ...]:
    # Remembered by text: a batch of summonses checks the same wording on every one.
    return tuple(sorted({ch for ch in text if not invisible(ch) and face_for(ch) is None}))


def _cannot_print(missing: list[str], field: str) -> Message:
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
    if field:
        return message("Documents", QT_TRANSLATE_NOOP(
            "Documents", "The documents cannot print in {field}: {characters}."),
            field=field, characters=shown)
    return message("Documents", QT_TRANSLATE_NOOP(
        "Documents", "The documents cannot print: {characters}."), characters=shown)


def entry_problem(text: str | None, field: str = "") -> str | None:
    """For the record's own checks at entry: why `text` could not print on a document,
    with what to do instead, or None when every character prints."""
    missing = unprintable(text or "")
    if not missing:
        return None
    return (str(_cannot_print(missing, field)) + " Leave out these characters or use another "
            "spelling (for example the Latin letters of an ID), so every document can print "
            "this record.")


def check(text: str, field: str = "") -> None:
    """Raise MissingGlyph naming the characters (and field) no bundled font can print."""
    missing = unprintable(text)
    if missing:
        raise MissingGlyph(message("Documents", QT_TRANSLATE_NOOP(
            "Documents", "{cannot_print} Nothing was printed; correct the record, or ask IT "
            "to add a font."), cannot_print=_cannot_print(missing, field)))
