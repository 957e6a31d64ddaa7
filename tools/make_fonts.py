"""Make the bundled fonts for right-to-left and CJK names (run when a font changes).

    python tools/make_fonts.py WHEEL_DIR

WHEEL_DIR holds the OFL font wheels from PyPI: fontpkg-noto-sans-arabic (variable TTF) and
cvttf-notosanscjk-regular (Noto Sans CJK, CFF outlines). Needs fontTools (a tool only; the
app does not use it). reportlab embeds only TrueType outlines and subsets at embedding, so:

- Noto Sans Arabic: static Regular (400) and Bold (700) instances of the variable font;
- Noto Sans CJK: the characters names use in Chinese (GB 2312, Big5 level 1), Japanese (JIS X 0208)
  and Korean (KS X 1001), kana and CJK punctuation, converted from cubic (CFF) to quadratic
  (glyf) outlines. Characters outside it are refused at entry (documents/fonts.py says which).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"
CJK_CODECS = ("gb2312", "shift_jis", "euc_kr")
BIG5_LEVEL_1 = (b"\xa4\x40", b"\xc6\x7e")  # the 5,401 frequent traditional characters
CJK_RANGES = ((0x3000, 0x303F), (0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF),
              (0x1100, 0x11FF), (0x3130, 0x318F))


def _member(wheel: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(suffix) and "/files/" in n
                    or n.endswith(suffix) and n.count("/") == 1)
        return archive.read(name)


def arabic(wheel_dir: Path) -> None:
    wheel = next(wheel_dir.glob("fontpkg_noto_sans_arabic-*.whl"))
    source = OUT / "_arabic_variable.ttf"
    source.write_bytes(_member(wheel, "].ttf"))
    for weight, name in ((400, "NotoSansArabic-Regular.ttf"), (700, "NotoSansArabic-Bold.ttf")):
        font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight, "wdth": 100})
        font.save(OUT / name)
    source.unlink()
    with zipfile.ZipFile(wheel) as archive:
        license_name = next(n for n in archive.namelist() if n.endswith("/LICENSE"))
        (OUT / "LICENSE-NotoSansArabic.txt").write_bytes(archive.read(license_name))


def cjk_characters() -> list[int]:
    wanted = set()
    for code in range(0x2E80, 0xFFF0):
        ch = chr(code)
        for codec in CJK_CODECS:
            try:
                ch.encode(codec)
            except UnicodeEncodeError:
                continue
            wanted.add(code)
            break
        try:
            encoded = ch.encode("big5")
        except UnicodeEncodeError:
            continue
        if BIG5_LEVEL_1[0] <= encoded <= BIG5_LEVEL_1[1]:
            wanted.add(code)
    for start, end in CJK_RANGES:
        wanted.update(range(start, end + 1))
    return sorted(wanted)


def _to_quadratic(font: TTFont) -> None:
    """CFF (cubic) outlines to glyf (quadratic), as fontTools' otf2ttf snippet does."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"], font["glyf"] = newTable("loca"), glyf
    del font["CFF "]
    for table in ("VORG",):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attribute in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                      "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, attribute, 1 if attribute == "maxZones" else 0)
    maxp.maxComponentElements = 0
    maxp.compile(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}
    font.sfntVersion = "\000\001\000\000"


def cjk(wheel_dir: Path) -> None:
    wheel = next(wheel_dir.glob("cvttf_NotoSansCJK_Regular-*.whl"))
    source = OUT / "_cjk.otf"
    source.write_bytes(_member(wheel, ".otf"))
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = ["locl", "ccmp", "kern", "palt"]
    options.name_IDs, options.notdef_outline, options.hinting = ["*"], True, False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=cjk_characters())
    subsetter.subset(font)
    _to_quadratic(font)
    font.save(OUT / "NotoSansCJK-Regular-subset.ttf")
    source.unlink()


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    arabic(folder)
    cjk(folder)
