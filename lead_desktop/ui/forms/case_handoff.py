"""The hand-off (workflow.md §2): the case manager met the person and takes the case, or a
supervisor assigns it. Past the profile's caseload maximum a supervisor gives a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseService, CaseView
from lead_desktop.ui.forms.actions import message_label, run_action


class HandoffRow(QWidget):
    changed = Signal()

    def __init__(self, cases: CaseService, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffRow")
        self._cases, self._actor = cases, actor
        self.case: CaseView | None = None
        self.current = QLabel()
        self.current.setObjectName("caseManagerShown")
        self.to_me = QPushButton(self.tr("I met them: hand-off to me"))
        self.to_me.setObjectName("handoffToMe")
        self.to_me.clicked.connect(lambda: self.hand_off(actor.user_id))
        self.manager = QComboBox()
        self.manager.setObjectName("assignCaseManager")
        self.manager.setAccessibleName(self.tr("Case manager"))
        self.override = QLineEdit()
        self.override.setObjectName("caseloadOverride")
        self.override.setPlaceholderText(self.tr("reason, if over the caseload maximum"))
        self.assign = QPushButton(self.tr("Assign"))
        self.assign.setObjectName("assignCase")
        self.assign.clicked.connect(lambda: self.hand_off(self.manager.currentData()))
        self.message = message_label("handoffMessage")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.current)
        supervisor = actor.role is Role.SUPERVISOR
        for widget, shown in ((self.to_me, actor.role is Role.CASE_MANAGER),
                              (self.manager, supervisor), (self.override, supervisor),
                              (self.assign, supervisor)):
            widget.setVisible(shown)
            row.addWidget(widget)
        row.addWidget(self.message, 1)

    def show_case(self, case: CaseView, manager_name: str | None) -> None:
        self.case = case
        self.current.setText(self.tr("Case manager: %1").replace("%1", manager_name)
                             if manager_name else self.tr("No hand-off yet."))
        self.to_me.setEnabled(case.state.open and case.case_manager_id != self._actor.user_id)
        if self._actor.role is Role.SUPERVISOR and self.manager.count() == 0:
            for load in self._cases.case_managers():
                self.manager.addItem(self.tr("%1 (%2 open)").replace("%1", load.name)
                                     .replace("%2", str(load.open_cases)), load.user_id)

    def hand_off(self, manager_id: str | None) -> bool:
        if self.case is None or not manager_id:
            return False
        return run_action(lambda: self._cases.record_handoff(
            self._actor, self.case.id, manager_id, override_reason=self.override.text()),
            self.message, self.tr("Hand-off recorded."), self.changed.emit)
