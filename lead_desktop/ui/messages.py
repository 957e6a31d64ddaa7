"""Showing the rules layer's messages (services/messages.py) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lead_desktop.services.messages import Message


def shown(message: Message) -> str:
    text = QCoreApplication.translate(message.context, message.text)
    try:
        return text.format(**dict(message.values))
    except (KeyError, IndexError, ValueError):  # a translation that broke a {placeholder}
        return str(message)
