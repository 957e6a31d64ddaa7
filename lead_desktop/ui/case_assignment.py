"""Who holds a case: a case manager records the hand-off of a case nobody holds yet; a
supervisor assigns or reassigns one. The service refuses anything else (audited)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QPushButton

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.case_service import CaseloadFull, CaseService, CaseView
from lead_desktop.services.cases.work_queue import WorkQueue
from lead_desktop.ui.messages import error_words


class AssignButton(QPushButton):
    #: The case as it is now held.
    assigned = Signal(object)

    def __init__(self, cases: CaseService, work_queue: WorkQueue | None, actor: Actor,
                 case: CaseView, tell: Callable[[str], None], parent=None) -> None:
        supervisor = actor.role is Role.SUPERVISOR
        super().__init__(self.tr("Assign case &manager…") if supervisor
                         else self.tr("Record &hand-off to me"), parent)
        self.setObjectName("assignCaseManager")
        self._cases, self._queue, self._actor, self._case = cases, work_queue, actor, case
        self._tell = tell
        self.setVisible(supervisor or (actor.role is Role.CASE_MANAGER
                                       and case.case_manager_id is None))
        self.clicked.connect(self._ask)

    def _ask(self) -> None:
        if self._actor.role is not Role.SUPERVISOR:
            self.assign_to(self._actor.user_id)
            return
        managers = self._queue.case_managers(self._actor) if self._queue else []
        if not managers:
            self._tell(self.tr("There is no active case manager to choose."))
            return
        names = [name for _, name in managers]
        name, ok = QInputDialog.getItem(self, self.tr("Assign case manager"),
                                        self.tr("Case manager"), names, 0, False)
        if ok:
            self.assign_to(managers[names.index(name)][0])

    def _ask_reason(self, why: str) -> tuple[str, bool]:
        return QInputDialog.getText(self, self.tr("Over the caseload maximum"), why)

    def assign_to(self, case_manager_id: str, override_reason: str | None = None,
                  ask_reason=None) -> None:
        """Record the hand-off (or, for a supervisor, the reassignment). Past the caseload
        maximum a supervisor is asked for the reason (`ask_reason` lets tests answer)."""
        try:
            self._case = self._cases.record_handoff(self._actor, self._case.id, case_manager_id,
                                                    override_reason=override_reason or "")
        except CaseloadFull as exc:
            if self._actor.role is Role.SUPERVISOR and override_reason is None:
                reason, ok = (ask_reason or self._ask_reason)(error_words(exc))
                if ok and reason.strip():
                    self.assign_to(case_manager_id, reason)
                    return
            self._tell(error_words(exc))
            return
        except LeadError as exc:
            self._tell(error_words(exc))
            return
        self.setVisible(self._actor.role is Role.SUPERVISOR)
        self._tell(self.tr("Case manager recorded. Close and reopen the person to see the "
                           "case's notes."))
        self.assigned.emit(self._case)
