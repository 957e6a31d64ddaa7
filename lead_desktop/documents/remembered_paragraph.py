"""A paragraph whose parsing and line breaking are remembered across documents.

A batch of summonses lays out the same wording (headings, instructions, the failure-to-
appear notice, the signature labels) on every page: reportlab parsed its markup and broke
it into lines again each time, most of a summons' CPU time. Here both are kept by the
markup, the style's attributes and the width, so the second summons of a batch reuses the
first one's work. What is kept is only read afterwards (reportlab draws and splits from it
without changing it), and the key holds everything the result depends on, so the PDF is
the same as without it.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_KEPT = 2048  # layouts remembered (each a few KB): several templates in two languages


class _Kept(OrderedDict):
    """A small least-recently-used table."""

    def get_fresh(self, key):  # noqa: ANN001, ANN201
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def keep(self, key, value) -> None:  # noqa: ANN001
        self[key] = value
        if len(self) > _KEPT:
            self.popitem(last=False)


_parsed = _Kept()
_broken = _Kept()


_style_keys: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _style_key(style: ParagraphStyle) -> str:
    """Everything of the style that parsing and breaking read (the attributes are flat:
    reportlab copies a parent's into each style). Kept per style object with the
    attributes it was made from, and made again if any of them changed since."""
    kept = _style_keys.get(style)
    if kept is not None and kept[0] == style.__dict__:
        return kept[1]
    key = repr(sorted((name, value) for name, value in style.__dict__.items()
                      if name not in ("name", "parent")))
    _style_keys[style] = (dict(style.__dict__), key)
    return key


class RememberedParagraph(Paragraph):
    def __init__(self, text, style=None, bulletText=None, frags=None,  # noqa: ANN001, N803
                 **kwargs) -> None:
        if frags is not None or bulletText is not None or kwargs or style is None:
            # the parts reportlab makes when it splits a paragraph: laid out as usual
            self._key = None
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        self._key = (text, _style_key(style))
        parsed = _parsed.get_fresh(self._key)
        if parsed is None:
            super().__init__(text, style)
            _parsed.keep(self._key, (self.text, self.frags, self.style, self.bulletText))
            return
        self.caseSensitive, self.encoding, self.debug = 1, "utf8", 0
        self.text, self.frags, self.style, self.bulletText = parsed

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        style = self.style
        if self._key is None or availWidth < 1e-8 or style.wordWrap or \
                getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off"):
            return super().wrap(availWidth, availHeight)
        key = (self._key, availWidth)
        broken = _broken.get_fresh(key)
        if broken is None:
            result = super().wrap(availWidth, availHeight)
            _broken.keep(key, self.blPara)
            return result
        # as Paragraph.wrap does, with the lines broken before
        first = availWidth - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        self.width, self._wrapWidths = availWidth, [first,
                                                    availWidth - style.leftIndent
                                                    - style.rightIndent]
        self.blPara = broken
        self.height = len(broken.lines) * style.leading
        return self.width, self.height
