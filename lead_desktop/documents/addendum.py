"""Long text is never cut (documents.md, layout rules): a field longer than its room prints
"See Addendum, item N" and the full text goes on addendum pages at the end, which the
page numbering counts."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from lead_desktop.documents.page import para, styles

REFERENCE = {"en": "See Addendum, item {n}", "es": "Ver el anexo, punto {n}"}
TITLE = {"en": "Addendum", "es": "Anexo"}
ITEM = {"en": "Item {n}. {label}", "es": "Punto {n}. {label}"}


class Addendum:
    def __init__(self, language: str = "en") -> None:
        self.language = language if language in REFERENCE else "en"
        self.items: list[tuple[str, str]] = []

    def fit(self, text: str | None, room: int, label: str) -> str:
        """`text` itself if it fits in `room` characters, else the reference to its item."""
        value = (text or "").strip()
        if len(value) <= room:
            return value
        self.items.append((label, value))
        return REFERENCE[self.language].format(n=len(self.items))

    def story(self) -> list:
        """The addendum pages (nothing when no field overflowed)."""
        if not self.items:
            return []
        s = styles()
        story = [PageBreak(), para(TITLE[self.language], s["title"])]
        for number, (label, text) in enumerate(self.items, start=1):
            story += [para(ITEM[self.language].format(n=number, label=label), s["heading"]),
                      para(text, s["body"], label)]
        return story
