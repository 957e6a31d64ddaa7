"""Refusing to print a document whose legally required fields are empty."""

from __future__ import annotations

from lead_desktop.errors import InvalidInput


class MissingFields(InvalidInput):
    """Legally required fields are empty; nothing was generated."""

    def __init__(self, document: str, missing: list[str]) -> None:
        super().__init__(f"Cannot print the {document}; these are missing: " + ", ".join(missing))
        self.missing = missing


def is_blank(value: object) -> bool:
    """Empty, or only spaces: a name of " " prints as nothing at all."""
    return not value or (isinstance(value, str) and not value.strip())


def require(document: str, values: dict[str, object]) -> None:
    gaps = [name for name, value in values.items() if is_blank(value)]
    if gaps:
        raise MissingFields(document, gaps)
