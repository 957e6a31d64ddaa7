"""Proposals (workflow.md §2): a case manager proposes removal, exit or completion, with the
step's own details; a supervisor sees the open proposals of the case and approves or
declines each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.forms.actions import message_label, run_action
from lead_desktop.ui.forms.step_dialog import StepDialog, needs_details
from lead_desktop.ui.labels import shown_label


class ProposalsBox(QWidget):
    changed = Signal()

    def __init__(self, proposals: ProposalService, actor: Actor, case_id: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsBox")
        self._svc, self._actor, self._case_id = proposals, actor, case_id
        self.state: CaseState | None = None
        self.shown = QLabel()
        self.shown.setObjectName("openProposals")
        self.shown.setWordWrap(True)
        self.step = QComboBox()
        self.step.setObjectName("proposeStep")
        # filled after the window shows: as wide as the steps' words when they come
        # ("Salió del programa" was cut to "Expulsac")
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason = QLineEdit()
        self.reason.setObjectName("proposalReason")
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.propose_button = QPushButton(self.tr("Propose to the supervisor…"))
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.clicked.connect(lambda: self.propose())
        self.approve_button = QPushButton(self.tr("Approve proposal"))
        self.approve_button.setObjectName("approveProposal")
        self.approve_button.clicked.connect(self.approve)
        self.decline_button = QPushButton(self.tr("Decline proposal"))
        self.decline_button.setObjectName("declineProposal")
        self.decline_button.clicked.connect(self.decline)
        self.message = message_label("proposalMessage")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        manager = actor.role is Role.CASE_MANAGER
        supervisor = actor.role is Role.SUPERVISOR
        row.addWidget(self.shown, 1)
        for widget, shown in ((self.step, manager), (self.propose_button, manager),
                              (self.reason, manager or supervisor),
                              (self.approve_button, supervisor),
                              (self.decline_button, supervisor)):
            widget.setVisible(shown)
            row.addWidget(widget)
        row.addWidget(self.message, 1)
        self.open: list = []

    def refresh(self, state: CaseState, open_now: list | None = None) -> None:
        """`open_now`: the open proposals when the window read them already."""
        self.state = state
        self.open = open_now if open_now is not None else \
            self._svc.open_for_case(self._actor, self._case_id)
        self.shown.setText("; ".join(
            self.tr("%1 proposes: %2 (%3)").replace("%1", p.proposed_by)
            .replace("%2", shown_label("state", p.to_state)).replace("%3", p.reason_text)
            for p in self.open))
        self.approve_button.setEnabled(bool(self.open))
        self.decline_button.setEnabled(bool(self.open))
        self.step.clear()  # only what may be proposed from this state, in words
        if self._actor.role is Role.CASE_MANAGER:
            for target in self._svc.proposable(self._actor, self._case_id):
                self.step.addItem(shown_label("state", target.value), target.value)
        self.propose_button.setEnabled(state.open and self.step.count() > 0)

    def propose(self, details_dialog=None) -> bool:
        """The step's own form first (the incident of a removal, the exit type)."""
        target = CaseState(self.step.currentData())
        reason, details = self.reason.text(), {}
        if needs_details(target, self.state):
            dialog = details_dialog or StepDialog(self.state, target, parent=self)
            dialog.reason.setText(dialog.reason.text() or reason)
            if details_dialog is None and not dialog.exec():
                return False
            _, reason, details = dialog.values()
        ok = run_action(lambda: self._svc.propose(self._actor, self._case_id, target, reason,
                                                  details),
                        self.message, self.tr("Proposed: a supervisor decides."),
                        self.changed.emit)
        if ok:
            self.reason.clear()
        return ok

    def approve(self) -> bool:
        if not self.open:
            return False
        return run_action(lambda: self._svc.approve(self._actor, self.open[0].id,
                                                    self.reason.text()),
                          self.message, self.tr("Approved."), self.changed.emit)

    def decline(self) -> bool:
        if not self.open:
            return False
        return run_action(lambda: self._svc.decline(self._actor, self.open[0].id,
                                                    self.reason.text()),
                          self.message, self.tr("Declined."), self.changed.emit)
