"""A supervisor merges two records of the same person (services/people/merge_service.py):
both records side by side, field by field; the kept record's value stays unless "take
the other's" is ticked. Every record of the other person moves to the kept one, which
stays findable by the other's name (an alias); the merge is audited and can be undone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.people.merge_service import MergeService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import SCALAR_FIELDS
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.labels import field_words, value_words
from lead_desktop.ui.messages import error_words


class MergeDialog(QDialog):
    def __init__(self, merges: MergeService, people: PersonService, actor: Actor,
                 first_id: str, second_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records of the same person"))
        self._merges, self._actor = merges, actor
        # both views are audited reads, as opening either person would be
        self._people = [people.get(actor, first_id), people.get(actor, second_id)]
        self.merge_id: str | None = None
        self.grid = QGridLayout()
        self.take: dict[str, QCheckBox] = {}
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        swap = QPushButton(self.tr("Keep the other record"))
        swap.setObjectName("mergeSwap")
        swap.clicked.connect(self.swap)
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setAccessibleName(self.tr("Reason for the merge"))
        self.reason.setPlaceholderText(self.tr("Why these are the same person (required)"))
        self.message = message_label("mergeMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeConfirm")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The kept record stays; the other one's referrals, "
                                        "cases, consents and justice events move to it. Tick "
                                        "a field to take the other record's value.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(swap)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill()
        self.resize(720, 560)

    @property
    def kept(self):
        return self._people[0]

    @property
    def other(self):
        return self._people[1]

    def swap(self) -> None:
        self._people.reverse()
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.take = {}
        for column, text in enumerate((self.tr("Field"), self.tr("Kept record"),
                                       self.tr("Other record"), self.tr("Take the other's"))):
            header = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(header, 0, column)
        row = 1
        for name in SCALAR_FIELDS:
            mine, theirs = getattr(self.kept, name), getattr(self.other, name)
            self.grid.addWidget(QLabel(field_words(name)), row, 0)
            self.grid.addWidget(QLabel(value_words(name, mine, "person")), row, 1)
            self.grid.addWidget(QLabel(value_words(name, theirs, "person")), row, 2)
            box = QCheckBox()
            box.setObjectName(f"take_{name}")
            box.setAccessibleName(self.tr("Take the other record's %1")
                                  .replace("%1", field_words(name)))
            box.setEnabled(mine != theirs)
            self.grid.addWidget(box, row, 3)
            self.take[name] = box
            row += 1

    def merge(self) -> bool:
        chosen = tuple(name for name, box in self.take.items() if box.isChecked())
        try:
            self.merge_id = self._merges.merge(self._actor, self.kept.id, self.other.id,
                                               self.reason.text(), take_from_merged=chosen)
        except LeadError as exc:  # two open cases: said in the user's language
            self.message.setText(error_words(exc))
            return False
        self.accept()
        return True
