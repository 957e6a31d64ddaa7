"""Bilingual wording for a consent: a picker beside each free-text field fills it with a
choice that prints in English and in Spanish, and a line warns when text typed freely would
print untranslated on a Spanish form."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from lead_desktop.documents.choices import choices, is_choice


def picker(kind: str, target: QLineEdit | QPlainTextEdit, object_name: str, prompt: str,
           accessible_name: str) -> QComboBox:
    """A list of the choices of `kind`; picking one writes its English text into `target`
    (the record keeps English; the Spanish form prints the Spanish side)."""
    box = QComboBox()
    box.setObjectName(object_name)
    box.setAccessibleName(accessible_name)
    box.addItem(prompt, "")
    for entry in choices(kind):
        box.addItem(f"{entry['en']} / {entry['es']}", entry["en"])

    def chosen(index: int) -> None:
        text = box.itemData(index)
        if not text:
            return
        if isinstance(target, QPlainTextEdit):
            target.setPlainText(text)
        else:
            target.setText(text)
    box.activated.connect(chosen)
    return box


class TranslationFlag(QLabel):
    """Shown when the form is in Spanish and a field holds free text (not a choice)."""

    def __init__(self, fields: dict[str, QLineEdit | QPlainTextEdit], language: QComboBox
                 ) -> None:
        super().__init__()
        self.setObjectName("translationFlag")
        self.setWordWrap(True)
        self._fields, self._language = fields, language
        for widget in fields.values():
            widget.textChanged.connect(self.refresh)
        language.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def free_text(self) -> list[str]:
        found = []
        for label, widget in self._fields.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if text.strip() and not is_choice(text):
                found.append(label)
        return found

    def refresh(self) -> None:
        free = self.free_text() if self._language.currentData() == "es" else []
        self.setVisible(bool(free))
        self.setText(self.tr("Typed freely, so printed in English on the Spanish form and "
                             "marked for translation: %s. Choose a wording in both languages "
                             "where one fits.") % ", ".join(free) if free else "")
