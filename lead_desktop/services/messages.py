"""Messages the rules layer shows to people, kept translatable without Qt.

A message is English text with {named} values. `QT_TRANSLATE_NOOP` marks the text for
Qt's lupdate (tools/translations.py reads the modules that use it); the UI translates the
text when it shows it (ui/messages.py), then fills in the values."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    return text


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.text.format(**dict(self.values))


def message(context: str, text: str, **values: object) -> Message:
    return Message(context, text, tuple(values.items()))


def next_step(text: str) -> Message:
    """What the person can safely do next, under an error (LeadError.next_step): English
    for logs and lead-admin, the user's language on screen (ui/messages.next_step_words)."""
    return Message("NextSteps", text)


@dataclass(frozen=True)
class Listed:
    """Several values inside one message ("age, protective order"): each shown in the
    user's language (a message, a code), joined with commas."""

    items: tuple[object, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)


@dataclass(frozen=True)
class Amount:
    """A number inside a message (a drug quantity): plain digits in English text ("1.4",
    "50", never "5E+1"); the UI writes it the way the user's locale does ("1,4")."""

    value: Decimal

    @property
    def decimals(self) -> int:
        return max(0, -Decimal(self.value).normalize().as_tuple().exponent)

    def __str__(self) -> str:
        return format(Decimal(self.value).normalize(), "f")
