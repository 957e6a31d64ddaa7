"""The program's grant report template (outcomes.md §6): funder, title and the measures it
prints. A supervisor's to change; saved in the program's settings (audited)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from lead_desktop.errors import LeadError
from lead_desktop.services.reports.grant import DEFAULT_TITLE, MEASURES, GrantTemplate
from lead_desktop.ui.messages import error_words


class GrantTemplateDialog(QDialog):
    def __init__(self, template: GrantTemplate, save: Callable[[GrantTemplate], None],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("grantTemplateDialog")
        self.setWindowTitle(self.tr("Grant report template"))
        self._save = save
        self.funder = QLineEdit(template.funder)
        self.funder.setObjectName("grantFunder")
        # the default title in the user's language; kept as the default if left as it is
        self._default_title = QCoreApplication.translate("GrantReport", DEFAULT_TITLE)
        self.title = QLineEdit(self._default_title if template.title == DEFAULT_TITLE
                               else template.title)
        self.title.setObjectName("grantTitle")
        form = QFormLayout()
        form.addRow(self.tr("Funder"), self.funder)
        form.addRow(self.tr("Title"), self.title)
        self.measures: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Measures the report prints:")))
        for key, label in MEASURES.items():
            box = QCheckBox(QCoreApplication.translate("GrantReport", label))
            box.setObjectName(f"grantMeasure_{key}")
            box.setChecked(key in template.measures)
            self.measures[key] = box
            layout.addWidget(box)
        self.problem = QLabel()
        self.problem.setObjectName("grantProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def template(self) -> GrantTemplate:
        title = self.title.text().strip()
        return GrantTemplate(self.funder.text().strip(),
                             DEFAULT_TITLE if title == self._default_title else title,
                             tuple(k for k, box in self.measures.items() if box.isChecked()))

    def accept(self) -> None:
        """Saved, or the reason shown and nothing lost (the dialog stays open)."""
        try:
            self._save(self.template())
        except LeadError as exc:
            self.problem.setText(error_words(exc))
            return
        super().accept()
