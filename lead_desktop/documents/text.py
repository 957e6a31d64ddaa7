"""User text to what reportlab draws: each run in the font that has its script, and
right-to-left runs (Arabic, Hebrew) in visual order.

reportlab lays words out left to right and shapes each word with HarfBuzz (uharfbuzz)
when the style asks for it, which joins Arabic letters and draws an RTL word's glyphs right
to left. What it cannot do without its optional bidi package is put the *words* of an RTL
run in visual order ("محمد علي" must show علي to the left of محمد). So each line is split
into runs by the Unicode bidirectional algorithm's resolved levels (python-bidi), and the
runs are reordered (rule L2) at word granularity; characters inside a word stay in logical
order for the shaper, so the PDF's text layer keeps the logical text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from bidi import algorithm as uba
from bidi.mirror import MIRRORED

from lead_desktop.documents import fonts

# explicit embeddings and boundary-neutral marks: the algorithm drops them (rule X9)
_DROPPED = {"LRE", "RLE", "LRO", "RLO", "PDF", "BN", "LRI", "RLI", "FSI", "PDI"}


def levels(line: str) -> list[int]:
    """The resolved embedding level of each character of one line, base direction LTR
    (documents are in English or Spanish; an RTL name sits inside an LTR sentence)."""
    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 0, "L"
    uba.get_embedding_levels(line, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return [entry["level"] for entry in storage["chars"]]


def _clean(line: str) -> str:
    return "".join(ch for ch in line if unicodedata.bidirectional(ch) not in _DROPPED
                   and unicodedata.category(ch) != "Cc")


_RTL, _LTR_OR_NUMBER = {"R", "AL"}, {"L", "EN", "AN"}
_SEPARATOR = " "  # ends a word for reportlab (a space shows): words mixing RTL and Latin


def _part_tokens(part: str, part_levels: list[int]) -> list[tuple[str, int]]:
    """One space-free part as runs of one level each. Where RTL letters meet Latin letters
    or digits inside a part, a separator ends the word (reportlab shapes a word in one
    direction; a thin gap shows between the pieces)."""
    kinds = [unicodedata.bidirectional(ch) for ch in part]
    if not any(kind in _RTL for kind in kinds):
        return [(part, part_levels[0])]
    mixed = any(kind in _LTR_OR_NUMBER for kind in kinds)
    found: list[tuple[str, int]] = []
    current, current_level = "", None
    for ch, level in zip(part, part_levels):
        if current and level != current_level:
            found.append((current, current_level))
            if mixed:
                found.append((_SEPARATOR, min(level, current_level)))
            current = ""
        current, current_level = current + ch, level
    return found + [(current, current_level)]


def _word(pieces: list[str]) -> str:
    """Visual pieces with no space between them, as one string for the shaper. A word
    with RTL letters is laid out right to left as a whole, so it is given in the order that
    layout reverses: pieces last to first, each punctuation piece reversed with its
    brackets swapped (the shaper mirrors them back), RTL pieces as they are."""
    if len(pieces) == 1 or not any(needs_bidi(piece) for piece in pieces):
        return "".join(pieces)
    out = []
    for piece in reversed(pieces):
        if needs_bidi(piece):
            out.append(piece)
        else:
            out.append("".join(MIRRORED.get(ch, ch) for ch in reversed(piece)))
    return "".join(out)


def mirrored(ch: str) -> bool:
    return bool(unicodedata.mirrored(ch))


def _tokens(line: str) -> list[tuple[str, int]]:
    """Words and spaces of a line in logical order, each with its bidi level."""
    level_of = levels(line)
    found: list[tuple[str, int]] = []
    position = 0
    for part in line.split(" "):
        if found or position:
            found.append((" ", level_of[position - 1]))
        if part:
            found += _part_tokens(part, level_of[position:position + len(part)])
        position += len(part) + 1  # the space
    return found


def visual_order(tokens: list[tuple[str, int]]) -> list[str]:
    """Rule L2: from the highest level down to the lowest odd level, reverse every maximal
    sequence of tokens at that level or higher."""
    if not tokens:
        return []
    order = list(tokens)
    highest = max(level for _, level in order)
    lowest_odd = min((level for _, level in order if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for index in range(len(order) + 1):
            inside = index < len(order) and order[index][1] >= level
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                order[start:index] = reversed(order[start:index])
                start = None
    return [text for text, _ in order]


def _word_face(word: str) -> list[tuple[str, fonts.Face]]:
    """The word in one face when one face has all its characters (reportlab shapes a word
    with the font of its first character), else split by face."""
    faces = [fonts.face_for(ch) or fonts.LATIN_FACE for ch in word]
    if len(set(faces)) == 1:
        return [(word, faces[0])]
    for face in (fonts.ARABIC_FACE, fonts.CJK_FACE):
        if face in faces and all(fonts.covers(face, ch) for ch in word):
            return [(word, face)]
    out, run, run_face = [], "", None
    for ch, face in zip(word, faces):
        if run and face != run_face:
            out.append((run, run_face))
            run = ""
        run, run_face = run + ch, face
    return out + [(run, run_face)]


def _font_markup(word: str, bold: bool) -> str:
    """One word in its font; the Latin face needs no tag (it is the style's font)."""
    if word in (" ", "", _SEPARATOR):
        return word
    return "".join(escape(text) if face == fonts.LATIN_FACE else
                    f'<font face="{face.bold if bold else face.regular}">{escape(text)}</font>'
                    for text, face in _word_face(word))


def _words(pieces: list[str]) -> list[str]:
    """Visual pieces joined into the words reportlab will shape, spaces kept between."""
    out: list[str] = []
    word: list[str] = []
    for piece in pieces + [" "]:
        if piece in (" ", _SEPARATOR):
            if word:
                out.append(_word(word))
                word = []
            out.append(piece)
        else:
            word.append(piece)
    return out[:-1]


LRM = "\u200e"  # LEFT-TO-RIGHT MARK


def after_rtl(text: str, follows: str) -> str:
    """`follows` (", 03/04/1988") after `text` (a name), kept after it on the page when
    the name is right-to-left: without a mark the digits join the Arabic run and the date
    shows left of the name, the comma on the wrong side."""
    return f"{text}{follows[:2]}{LRM}{follows[2:]}" if needs_bidi(text) and \
        follows.startswith(", ") else text + follows


@lru_cache(maxsize=8192)
def needs_bidi(text: str) -> bool:
    # Remembered by text: every paragraph of a summons asks, most of them fixed wording.
    return not text.isascii() and any(unicodedata.bidirectional(ch) in ("R", "AL")
                                      for ch in text)


@lru_cache(maxsize=4096)
def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup of plain `text` (escaped), lines joined by <br/>. Remembered by
    text: a document's fixed wording is the same on every copy of a batch."""
    lines = []
    for line in text.split("\n"):
        line = _clean(line)
        if needs_bidi(line):
            pieces = _words(visual_order(_tokens(line)))
        else:
            pieces = [piece for part in line.split(" ") for piece in (part, " ")][:-1]
        # a left-to-right mark steers the order (after_rtl) but is never drawn
        lines.append("".join(_font_markup(piece.replace(LRM, ""), bold) for piece in pieces
                             if piece.replace(LRM, "") or not piece))
    return "<br/>".join(lines)
