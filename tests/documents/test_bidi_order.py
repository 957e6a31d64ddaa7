"""Right-to-left runs in visual word order for reportlab, each word in logical order for the
shaper (which lays it out right to left and mirrors its brackets)."""

import re

import pytest

from lead_desktop.documents.text import markup


def shown(text: str) -> str:
    return re.sub(r"</?font[^>]*>", "", markup(text))


@pytest.mark.parametrize("logical, visual", [
    ("Ana Rivera", "Ana Rivera"),
    ("محمد علي", "علي محمد"),
    ("Name: محمد علي Hassan", "Name: علي محمد Hassan"),
    ("יוסף כהן", "כהן יוסף"),
    # the comma belongs to the English sentence: it goes on the RTL word's right, which
    # the shaper does when it comes first in the word it lays out right to left
    ("I, יוסף כהן, authorize", "I, כהן ,יוסף authorize"),
    ("الرقم 123 في الشارع", "الشارع في 123 الرقم"),
    ("(محمد)", "(محمد)"),
    ("محمد-Smith", "محمد -Smith"),
    ("Nguyễn Thị Minh", "Nguyễn Thị Minh"),
    ("王小明 김민준", "王小明 김민준"),
    # left-to-right scripts in two fonts stay one word: no space between the runs
    # (a tester read "김 , Sandra" on a summons)
    ("김, Sandra", "김, Sandra"),
    ("x李-Smith", "x李-Smith"),
])
def test_visual_word_order(logical, visual):
    assert shown(logical) == visual


def test_each_script_in_its_font():
    assert markup("Ana محمد 王") == ('Ana <font face="LeadArabic">محمد</font> '
                                     '<font face="LeadCJK">王</font>')
    assert markup("<b>&", bold=True) == "&lt;b&gt;&amp;"


def test_a_long_right_to_left_text_reads_line_by_line():
    """A wrapped Arabic address: its first words are on the first line (at the right),
    not its last words, which they would be if the paragraph were reordered whole."""
    from datetime import datetime, timezone

    import pypdfium2

    from lead_desktop.documents.page import Stamp, para, render, styles

    words = ["محمد"] + ["شارع"] * 58 + ["حسن"]
    stamp = Stamp(program="P", document_id="D", template="t", generated_by="A",
                  generated_at=datetime(2026, 3, 3, tzinfo=timezone.utc))
    pdf = render([para(" ".join(words), styles()["body"])], stamp, "t")
    textpage = pypdfium2.PdfDocument(pdf)[0].get_textpage()

    def top_of(word):
        start, count = textpage.search(word).get_next()
        return textpage.get_charbox(start)[3]
    assert top_of("محمد") > top_of("حسن")      # the first word is on a higher line
