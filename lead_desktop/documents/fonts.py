"""The bundled DejaVu Sans family, embedded in every PDF, and the check that refuses to
print a character the font cannot draw (never a "?" or an empty box on a court paper)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lead_desktop.errors import InvalidInput
from lead_desktop.paths import resource_path

REGULAR, BOLD = "LeadSans", "LeadSans-Bold"


class MissingGlyph(InvalidInput):
    """The document holds characters the bundled font cannot print."""


@lru_cache(maxsize=1)
def register() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph)


def check(text: str, field: str = "") -> None:
    """Raise MissingGlyph naming the characters (and field) the font cannot print."""
    covered = _covered()
    missing = sorted({ch for ch in text if ord(ch) not in covered
                      and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")})
    if missing:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
        where = f" in {field}" if field else ""
        raise MissingGlyph(f"The document font cannot print{where}: {shown}. Nothing was "
                           "printed; enter the name in another spelling, or ask IT to add a font.")
