"""Running a service action from a form: a refusal is shown in the form's message line
(nothing else changes); success says so and refreshes what the form shows. A conflict
(someone saved first) also refreshes, so the user sees what is stored now; what they typed
stays in its fields."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from lead_desktop.errors import ConflictError, LeadError
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.problem_words import in_one_line
from lead_desktop.ui.messages import error_words


def message_label(object_name: str) -> QLabel:
    """The line under a form where refusals and confirmations are shown."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def run_action(action: Callable[[], object], message: QLabel, done: str,
               refresh: Callable[[], None]) -> bool:
    try:
        action()
    except ConflictError as exc:
        refresh()
        message.setText(error_words(exc))
        return False
    except ValidationFailed as exc:  # in the user's language, without the fields' codes
        message.setText(QCoreApplication.translate("Actions", "Please correct: %1")
                        .replace("%1", in_one_line(exc.problems)))
        return False
    except LeadError as exc:
        message.setText(error_words(exc))
        return False
    message.setText(done)
    refresh()
    return True
