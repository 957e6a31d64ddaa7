"""A PDF text layer that reads back as the text that was printed.

A shaped Arabic word is drawn with glyphs that stand for no single character: Noto Sans
Arabic draws "ن" at the end of a word as a dotless body plus a dot, and the same "tooth"
glyph serves ب, ت, ن and ي in the middle of a word. reportlab maps each glyph to one
character for the whole file, so a copy, a search or a screen reader got "حسں" for "حسن".
Here each (glyph, text) pair that shaping produced gets its own private code whose
ToUnicode entry is the cluster's logical text (its first glyph carries the text, the others
none), so extraction returns the logical text while the page looks exactly as shaped.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import paragraph

_FIRST_CODE = 0xF0000            # supplementary private use area A: never typed text
_text_of: dict[int, str] = {}    # private code -> the text it stands for ("" for a mark)
_code_of: dict[tuple[str, int, str], int] = {}
_original_shape = ttfonts.shapeFragWord
_original_cmap = ttfonts.makeToUnicodeCMap


def _code(font, gid: int, text: str, width_of: int) -> int:
    key = (font.fontName, gid, text)
    code = _code_of.get(key)
    if code is None:
        code = _code_of[key] = _FIRST_CODE + len(_code_of)
        face = font.face
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = face.charWidths.get(width_of, 0)
        _text_of[code] = text
    return code


# Words that shaping leaves as they are (most Latin words: no kerning pair, no ligature),
# by their fonts, sizes and text: a batch of summonses shapes the same labels and wording
# hundreds of times, and HarfBuzz was a quarter of a summons's time.
_UNCHANGED_MAX = 200_000
_unchanged: set[tuple] = set()


def _word_key(word) -> tuple | None:
    parts = []
    for frag, text in word[1:]:
        if hasattr(frag, "cbDefn") or not hasattr(frag, "fontName"):
            return None  # a callback or an image in the word: never cached
        parts.append((frag.fontName, frag.fontSize, text))
    return tuple(parts)


def _shape(word, *args, **kwargs):
    key = None if args or kwargs else _word_key(word)
    if key is not None and key in _unchanged:
        return word
    shaped_word = _original_shape(word, *args, **kwargs)
    if shaped_word is word:
        if key is not None and len(_unchanged) < _UNCHANGED_MAX:
            _unchanged.add(key)
        return word
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    for index in range(1, len(shaped_word)):
        frag, shaped = shaped_word[index]
        if not isinstance(shaped, ShapedStr) or not hasattr(frag, "fontName"):
            continue
        font = pdfmetrics.getFont(frag.fontName)
        data = shaped.__shapeData__
        starts = sorted({d.cluster for d in data}) + [len(text)]
        end_of = {start: starts[i + 1] for i, start in enumerate(starts[:-1])}
        # the cluster's text goes on its widest glyph (the letter's body, not a dot above)
        carrier: dict[int, int] = {}
        for position, d in enumerate(data):
            best = carrier.get(d.cluster)
            if best is None or d.x_advance > data[best].x_advance:
                carrier[d.cluster] = position
        chars = []
        for position, (ch, d) in enumerate(zip(shaped, data)):
            piece = text[d.cluster:end_of[d.cluster]] if carrier[d.cluster] == position else ""
            if piece == ch:
                chars.append(ch)
            else:
                gid = font.face.charToGlyph[ord(ch)]
                chars.append(chr(_code(font, gid, piece, ord(ch))))
        shaped_word[index] = (frag, ShapedStr("".join(chars), shapeData=data))
    return shaped_word


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(fontname, subset):
    cmap = _original_cmap(fontname, subset)
    if not any(code in _text_of or code > 0xFFFF for code in subset):
        return cmap
    lines = cmap.split("\n")
    start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
    for i, code in enumerate(subset):
        text = _text_of.get(code, chr(code))
        lines[start + i] = f"<{i:02X}> <{_utf16(text)}>"
    return "\n".join(lines)


def install() -> None:
    """Idempotent: route reportlab's word shaping and ToUnicode maps through this module."""
    paragraph.shapeFragWord = _shape
    ttfonts.makeToUnicodeCMap = _to_unicode
