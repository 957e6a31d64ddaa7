"""Shaped words are written into the PDF by documents/shaped_text.py with less Python per
glyph: the PDF must be byte for byte what reportlab's own writing makes, in every script
the documents print (kerned Latin, Cyrillic, Vietnamese's stacked marks, joined Arabic)."""

from dataclasses import replace

import pytest
from reportlab import rl_config
from reportlab.pdfgen import textobject

from lead_desktop.documents import fonts, shaped_text
from lead_desktop.documents.summons import build

from .test_summons import DATA, STAMP

NAMES = {"kerned Latin": ("AVATAR-Tawy", "Wolfgang Yvette"),
         "Cyrillic": ("Иванова", "Мария"),
         "Vietnamese": ("Nguyễn", "Thị Hồng Nhung"),
         "Arabic": ("الحسن", "محمد")}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("script", list(NAMES))
def test_a_summons_is_the_same_bytes_as_reportlabs_own_writing(script, language, monkeypatch):
    fonts.register()  # installs shaped_text
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the PDF
    last, first = NAMES[script]
    data = replace(DATA, language=language, last_name=last, first_name=first,
                   aliases=(f"{first} {last}",), address=f"{last} Street, {first} Place")
    assert textobject.PDFTextObject._formatText is shaped_text._format_text
    ours = build(data, STAMP)
    monkeypatch.setattr(textobject.PDFTextObject, "_formatText", shaped_text._original)
    assert build(data, STAMP) == ours


def test_a_kerned_word_goes_through_the_shorter_path(monkeypatch):
    """The shorter path is taken (not only reportlab's, which the test above would also
    pass with), and writes a kerning adjustment where reportlab does."""
    fonts.register()
    written = []
    real = shaped_text._operator
    monkeypatch.setattr(shaped_text, "_operator",
                        lambda *args: written.append(real(*args)) or written[-1])
    build(replace(DATA, last_name="AVATAR", first_name="Tawy"), STAMP)
    assert written and any(operator.endswith(" TJ") for operator in written)
