"""Showing the rules layer's messages (services/messages.py) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import Amount, Listed, Message


def shown(message: Message) -> str:
    text = QCoreApplication.translate(message.context, message.text)
    values = {name: _shown_value(value) for name, value in message.values}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a {placeholder}
        return str(message)


def error_words(error: BaseException) -> str:
    """What went wrong, in the user's language: a service error that carries its message
    (`LeadError.said`) is translated; any other shows its text as written."""
    said = getattr(error, "said", None)
    if isinstance(said, Message):
        return shown(said)
    return getattr(error, "message", None) or str(error)


def next_step_words(error: BaseException) -> str:
    """What the person can do next (`LeadError.next_step`), in the user's language."""
    said = getattr(error, "next_said", None)
    if isinstance(said, Message):
        return shown(said)
    return getattr(error, "next_step", "") or ""


def _shown_value(value: object) -> object:
    if isinstance(value, Listed):
        return value.separator.join(str(_shown_value(item)) for item in value.items)
    if isinstance(value, Amount):  # 1.4 g in English, 1,4 g in Spanish (the app's locale)
        from lead_desktop.ui.translations import number_text

        return number_text(float(value.value), value.decimals)
    if isinstance(value, Coded):
        # imported here: the sign-in window shows errors before the database layer (which
        # ui/labels reads the code lists with) may be imported (tests/ui/test_start_up_order)
        from lead_desktop.ui.labels import shown_label

        return shown_label(value.kind, value.code)
    return shown(value) if isinstance(value, Message) else value  # a message inside one
