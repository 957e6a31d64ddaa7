"""A batch lays out each text once (documents/remembered_paragraph.py): the summonses of a
batch print the same, and a summons printed after others prints as the first one did."""

import dataclasses

from PIL import ImageChops

from lead_desktop.documents import remembered_paragraph
from lead_desktop.documents.summons import build

from ..support.pdf_tools import render_page
from .test_summons import DATA, STAMP


def test_every_summons_of_a_batch_prints_the_same():
    first, second, third = (build(DATA, STAMP) for _ in range(3))
    pictures = [render_page(pdf, dpi=100).convert("L") for pdf in (first, second, third)]
    assert ImageChops.difference(pictures[0], pictures[1]).getbbox() is None
    assert ImageChops.difference(pictures[0], pictures[2]).getbbox() is None
    assert remembered_paragraph._broken  # the fixed wording's lines were kept


def test_another_persons_summons_is_laid_out_for_its_own_text():
    build(DATA, STAMP)
    longer = dataclasses.replace(DATA, court_name="Worcester Juvenile and District Court "
                                 "Session, Second Floor, Room 214 (enter from Main Street)")
    picture = render_page(build(longer, STAMP), dpi=100).convert("L")
    alone = render_page(build(DATA, STAMP), dpi=100).convert("L")
    assert ImageChops.difference(picture, alone).getbbox() is not None
