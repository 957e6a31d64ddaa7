"""The code lists as the forms read them: which codes a form dated on a day offers, in the
user's language, and the words of any code a record carries, retired ones too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.services.program.code_lists import CodeView


def _built_in_order() -> dict[tuple[str, str], int]:
    from lead_desktop.services.program.code_seed import built_in_codes

    return {(r["list_name"], r["code"]): i for i, r in enumerate(built_in_codes())}


@dataclass(frozen=True)
class CodeBook:
    lists: dict[str, tuple[CodeView, ...]]

    @classmethod
    def of(cls, views: list[CodeView]) -> "CodeBook":
        # built-in codes in the order the program always showed them, then the site's own
        # in the order of their English words (offense codes: by code)
        order = _built_in_order()
        lists: dict[str, list[CodeView]] = {}
        for view in views:
            lists.setdefault(view.list_name, []).append(view)
        return cls({name: tuple(sorted(items, key=lambda v: (
            order.get((v.list_name, v.code), len(order)),
            v.code if name == "offense" else v.label_en.casefold())))
            for name, items in lists.items()})

    def offered(self, list_name: str, on: date, keep: str | None = None) -> list[CodeView]:
        """The codes in use on `on`; `keep` (the code a record already carries) is listed
        even if retired, so editing the record does not change it silently."""
        return [v for v in self.lists.get(list_name, ())
                if v.in_use_on(on) or (keep is not None and v.code == keep)]

    def find(self, list_name: str, code: str | None) -> CodeView | None:
        return next((v for v in self.lists.get(list_name, ()) if v.code == code), None)

    def label(self, list_name: str, code: str | None, language: str = "en") -> str | None:
        """The code's words in `language`; None when the list does not hold the code."""
        view = self.find(list_name, code)
        return view.label(language) if view else None
