"""Inline validation: a service's `ValidationFailed.problems` shown beside each field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from lead_desktop.ui.forms.problem_words import all_in_user_language
from lead_desktop.ui.labels import field_words


class FieldErrors:
    """One red message label under each registered field of a form layout."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, field_name: str, widget: QWidget,
                required: bool = False) -> None:
        form.addRow(f"{label} *" if required else label, widget)
        if not widget.accessibleName():  # screen readers announce the field's label
            widget.setAccessibleName(label)
        message = QLabel()
        message.setObjectName(f"error_{field_name}")
        message.setStyleSheet("color: #b00020;")
        message.setWordWrap(True)
        message.hide()
        form.addRow("", message)
        self._labels[field_name] = message

    def show(self, problems: dict[str, str]) -> None:
        self.clear()
        for field_name, text in all_in_user_language(problems).items():
            label = self._labels.get(field_name)
            if label is not None:
                label.setText(text)
                label.show()

    def summary(self, problems: dict[str, str]) -> str:
        """The form's message line for `problems` shown beside their fields: no field code,
        in the user's language; a problem with no field here is named by its field's words."""
        words = all_in_user_language(problems)
        loose = "; ".join(f"{field_words(name)}: {text}" for name, text in words.items()
                          if name not in self._labels)
        parts = []
        if any(name in self._labels for name in words):
            parts.append(QCoreApplication.translate("FieldErrors",
                                                    "Please correct the marked fields."))
        if loose:
            parts.append(QCoreApplication.translate("Actions", "Please correct: %1")
                         .replace("%1", loose))
        return " ".join(parts)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field_name: str) -> str:
        return self._labels[field_name].text()
