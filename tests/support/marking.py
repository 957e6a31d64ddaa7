"""A translator that says each text of the given contexts as «…»: a test sees which words
went through the translator (in the user's language on a real desk), and any English left
outside the marks. It stands in for Spanish words not filled in yet."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QTranslator


class Marking(QTranslator):
    def __init__(self, contexts: Iterable[str]) -> None:
        super().__init__()
        self.contexts = frozenset(contexts)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"«{source}»" if context in self.contexts else None  # None: not translated

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


@contextmanager
def marked(contexts: Iterable[str]) -> Iterator[Marking]:
    """The marking translator installed for the block (after any installed before it, so
    it is asked first)."""
    translator = Marking(contexts)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def unmarked(text: str) -> str:
    """What is left of a text once every marked (translated) part is taken out."""
    while (shorter := re.sub(r"«[^«»]*»", "", text)) != text:
        text = shorter
    return text
