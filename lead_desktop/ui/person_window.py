"""One person and their case: overview, history of the case, notes, and the workflow steps
this user may take. Only the tabs the role may see are built at all."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import ConflictError, LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services.attachments.attachment_service import AttachmentService
from lead_desktop.services.attachments.kinds import KINDS
from lead_desktop.services.care.intake_service import IntakeService
from lead_desktop.services.care.note_service import NoteService
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.services.cases import glance
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.cases.work_queue import WorkQueue
from lead_desktop.services.consent.consent_service import ConsentService
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import dob_text
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.providers.provider_service import ProviderService
from lead_desktop.services.providers.referral_service import ProviderReferralService
from lead_desktop.ui.attachments.panel import AttachmentsPanel
from lead_desktop.ui.case_assignment import AssignButton
from lead_desktop.ui.case_timeline import CaseTimeline
from lead_desktop.ui.consents_tab import ConsentsTab
from lead_desktop.ui.documents_tab import DocumentsTab
from lead_desktop.ui.forms.justice_tab import JusticeTab
from lead_desktop.ui.forms.person_form import PersonForm
from lead_desktop.ui.forms.plan_outcomes import PlanAndOutcomes
from lead_desktop.ui.forms.proposals_box import ProposalsBox
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.forms.step_dialog import StepDialog, needs_details
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.notes_tab import NotesTab
from lead_desktop.ui.person_header import PersonHeader
from lead_desktop.ui.role_names import role_name
from lead_desktop.ui.table_model import RowsModel
from lead_desktop.ui.workers import Channel


@dataclass
class CaseServices:
    people: PersonService
    cases: CaseService
    notes: NoteService
    consents: ConsentService | None = None
    intake: IntakeService | None = None
    providers: ProviderService | None = None
    provider_referrals: ProviderReferralService | None = None
    outcomes: OutcomeService | None = None
    documents: DocumentService | None = None
    work_queue: WorkQueue | None = None  # the case managers a supervisor assigns to
    proposals: ProposalService | None = None
    attachments: AttachmentService | None = None


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)  # the free text (note, reason) gets the room
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return table


class PersonWindow(QDialog):
    def __init__(self, services: CaseServices, actor: Actor, person_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personWindow")
        self._s, self._actor = services, actor
        person = services.people.get(actor, person_id)  # audited view
        self.setWindowTitle(person.display_name)
        self.cases = services.cases.cases_for_person(actor, person_id)
        self.case = self.cases[0] if self.cases else None
        # A case manager works on their own caseload only (security.md); a case not handed
        # off yet shows its status, and the hand-off, until it is theirs.
        self.in_caseload = self.case is None or actor.role is not Role.CASE_MANAGER or \
            self.case.case_manager_id == actor.user_id

        self.header = PersonHeader()
        self.header.show_person(person.display_name,
                                dob_text(person.dob, person.dob_estimated))
        self.header.show_state(self.case.state if self.case else None)
        self._names: dict[str, str] = {}
        # names and the consent status come from a background load (ui/workers.py)
        self._glance = Channel(self._show_glance, self._glance_failed, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        self.tabs.setUsesScrollButtons(False)  # every tab title stays in sight (Spanish too)
        self.tabs.addTab(self._overview(person), self.tr("Overview"))
        self.documents_tab = self.proposals = None
        self.history_model = None
        if self.case is not None and allowed(actor, Data.CASE_STATUS, Access.READ):
            self.history_model = RowsModel([
                (self.tr("When"), lambda t: t.at),
                (self.tr("From"), lambda t: shown_label("state", t.from_state)),
                (self.tr("To"), lambda t: shown_label("state", t.to_state)),
                (self.tr("By"), lambda t: shown_label("role", t.role) if t.role
                 else shown_label("proposer", t.proposer)),
                (self.tr("Reason"), self._reason_shown),
            ], self)
            self.tabs.addTab(_table(self.history_model, "historyTable"), self.tr("History"))
        if self.case is not None and allowed(actor, Data.ELIGIBILITY, Access.READ):
            self.tabs.addTab(self._referral_tab(), self.tr("Referral and eligibility"))
        if self.case is not None and self.in_caseload and \
                allowed(actor, Data.INTAKE_PLAN_NOTES, Access.READ):
            self.tabs.addTab(self._notes_tab(), self.tr("Notes"))
        if services.consents is not None and allowed(actor, Data.CONSENTS, Access.READ):
            self.tabs.addTab(self._consents_tab(person.id), self.tr("Consents and intake"))
        if self.case is not None and services.provider_referrals is not None and \
                allowed(actor, Data.PROVIDER_REFERRALS, Access.WRITE):
            self.followup = ProviderFollowUp(services.providers, services.provider_referrals,
                                             actor, self.case.id)
            self.tabs.addTab(self.followup, self.tr("Provider follow-up"))
        if self.case is not None and services.outcomes is not None and self.in_caseload and \
                allowed(actor, Data.INTAKE_PLAN_NOTES, Access.WRITE):
            self.plan = PlanAndOutcomes(services.intake, services.outcomes, actor, self.case.id)
            self.tabs.addTab(self.plan, self.tr("Plan and outcomes"))
        self.justice = None
        if services.outcomes is not None and allowed(actor, Data.SNAPSHOTS_EVENTS, Access.WRITE):
            self.justice = JusticeTab(services.outcomes, actor, person.id,
                                      self.case.id if self.case else None)
            self.tabs.addTab(self.justice, self.tr("Outcomes and justice events"))
        if services.documents is not None and services.consents is not None and \
                allowed(actor, Data.CONSENTS, Access.READ):
            consents = services.consents.list_for_person(actor, person.id)
            agreement_case = self.case.id if self.case is not None and self.in_caseload and \
                allowed(actor, Data.INTAKE_PLAN_NOTES, Access.READ) else None
            self.documents_tab = DocumentsTab(
                services.documents, actor, consents,
                services.documents.summons_ids(actor, person.id),
                agreement_case_id=agreement_case,
                summary_case_id=self.case.id if self.case else None,
                letter_case=(self.case.id, self.case.state.value) if self.case else None)
            self.documents_tab.changed.connect(self.refresh)
            self.tabs.addTab(self.documents_tab, self.tr("Documents"))
        self.attachments = None
        if services.attachments is not None and any(
                allowed(actor, kind.data, Access.READ) for kind in KINDS.values()):
            self.attachments = AttachmentsPanel(services.attachments, actor, person.id,
                                                self.case.id if self.case else None)
            self.attachments.added.connect(self.refresh)
            self.tabs.addTab(self.attachments, self.tr("Attachments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.step = None
        if self.history_model is not None:  # roles that only see a status take no steps here
            if services.proposals is not None:  # a case manager proposes, a supervisor decides
                self.proposals = ProposalsBox(services.proposals, actor, self.case.id, self)
                self.proposals.changed.connect(self.refresh)
                layout.addWidget(self.proposals)
            layout.addLayout(self._actions())
        self.refresh()
        self.resize(900, 600)

    # --- tabs ---

    def _overview(self, person) -> QWidget:
        page = QWidget()
        self.summary = QLabel(self._summary_text(person))
        self.summary.setObjectName("overviewSummary")
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        self.timeline = CaseTimeline()
        self.edit_button = None
        if allowed(self._actor, Data.IDENTITY, Access.WRITE):
            edit = self.edit_button = QPushButton(self._edit_label(person))
            edit.setObjectName("editPerson")
            edit.clicked.connect(lambda: self.edit_person())
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addStretch(1)
            column.addLayout(row)
        if self.case is not None and allowed(self._actor, Data.CASE_STATUS, Access.READ):
            title = QLabel(self.tr("Timeline"))
            title.setProperty("role", "section")
            column.addWidget(title)
            column.addWidget(self.timeline, 1)
        else:
            column.addStretch(1)
        self._person_id = person.id
        return page

    def _edit_label(self, person) -> str:
        # a person recorded with one name only or without a birth date is completed here too
        return (self.tr("&Complete or edit person…") if person.to_complete
                else self.tr("&Edit person…"))

    def _summary_text(self, person) -> str:
        lines = [f"<b>{escape(person.display_name)}</b>",
                 self.tr("Born %1").replace("%1", dob_text(person.dob, person.dob_estimated)),
                 self.tr("Language: %1").replace(
                     "%1", shown_label("language", person.preferred_language))]
        if person.to_complete:
            names = {"last_name": self.tr("last name"), "first_name": self.tr("first name"),
                     "dob": self.tr("date of birth")}
            lines.append("<b>" + self.tr("To complete: %1").replace(
                "%1", ", ".join(names[f] for f in person.to_complete)) + "</b>")
        if person.aliases:
            lines.append(self.tr("Also known as: %1").replace(
                "%1", escape(", ".join(a.last_name for a in person.aliases))))
        if self.case is not None:
            lines.append(self.tr("Case: <b>%1</b> (%2)")
                         .replace("%1", shown_label("state", self.case.state))
                         .replace("%2", escape(self._program_name())))
            if self.case.intake_due and self.case.state is CaseState.INTAKE_PENDING:
                lines.append(self.tr("Intake due %1").replace(
                    "%1", self.case.intake_due.isoformat()))
        return "<br>".join(lines)

    def _program_name(self) -> str:
        """The program's name (the profile's), not its key `seattle-lead@1`."""
        try:
            return self._s.cases.profile_of(self.case).name
        except LeadError:  # a profile not installed here: its key is all there is
            return self.case.profile_key

    def _reason_shown(self, t) -> str:
        kind = "compliance_trigger" if t.to_state == CaseState.COMPLIANCE_REVIEW.value \
            else "eligibility_reason"
        code = shown_label(kind, t.reason_code) if t.reason_code else ""
        return " — ".join(part for part in (code, t.reason_text or "") if part)

    def edit_person(self, run=None) -> None:
        """The person's record, opened with what is stored and its version (`run` lets
        tests drive the form instead of showing it modally)."""
        form = PersonForm(self._s.people, self._actor, self._person_id, parent=self)
        if (run or PersonForm.exec)(form):
            self.setWindowTitle(form.stored.display_name)
            self.summary.setText(self._summary_text(form.stored))
            self.edit_button.setText(self._edit_label(form.stored))

    def _referral_tab(self) -> QWidget:
        """The referral as entered, and the prosecutor's eligibility decision."""
        view = self._s.cases.referral(self._actor, self.case.id)
        decision = (self.tr("%1 on %2").replace("%1", shown_label("decision", view.da_decision))
                    .replace("%2", f"{view.da_decided_at:%Y-%m-%d}")
                    if view.da_decision and view.da_decided_at else self.tr("not decided yet"))
        rows = [(self.tr("Referred"), f"{view.referred_at:%Y-%m-%d %H:%M} "
                                      f"({shown_label('referral_type', view.referral_type)})"),
                (self.tr("Officer"), view.officer), (self.tr("Agency"), view.agency),
                (self.tr("Incident number"), view.incident_number),
                (self.tr("Location"), view.location),
                (self.tr("Offenses"), "; ".join(view.offences)),
                (self.tr("Substance"), view.substance),
                (self.tr("Agreed to the program"), self.tr("yes") if view.person_agreed
                 else self.tr("no")),
                (self.tr("Needs at referral"), view.needs_now),
                (self.tr("Second responder at the scene"), view.second_responder),
                (self.tr("Eligibility decision"), decision),
                (self.tr("Reason"), view.da_reason)]
        page = QWidget()
        form = QFormLayout(page)
        for label, value in rows:
            shown = QLabel(escape(value or "—"))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        return page

    def _notes_tab(self) -> QWidget:
        self.notes = NotesTab(self._s.notes, self._actor, self.case.id)
        self.notes.changed.connect(self.refresh)
        # the names tests and the rest of the window use
        self.notes_model, self.notes_table = self.notes.model, self.notes.table
        self.note_detail, self.edit_note = self.notes.detail, self.notes.edit_note
        return self.notes

    def selected_note(self):
        return self.notes.selected_note()

    def _consents_tab(self, person_id: str) -> QWidget:
        can_intake = self.case is not None and self._s.intake is not None and \
            self.in_caseload and allowed(self._actor, Data.INTAKE_PLAN_NOTES, Access.WRITE)
        self.consents = ConsentsTab(self._s.consents, self._s.intake, self._actor, person_id,
                                    self.case.id if self.case else None, can_intake)
        self.consents.changed.connect(self.refresh)
        self.consents_model, self.consents_table = self.consents.model, self.consents.table
        self.open_draft = self.consents.open_draft
        self._person_id = person_id
        return self.consents

    def open_consent_draft(self, run=None) -> None:
        self.consents.open_consent_draft(run)

    def _actions(self) -> QHBoxLayout:
        self.step = QComboBox()
        self.step.setObjectName("nextStep")
        self.reason = QLineEdit()
        self.reason.setObjectName("stepReason")
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.apply = QPushButton(self.tr("Move case"))
        self.apply.setObjectName("applyStep")
        self.apply.clicked.connect(lambda: self.take_step())
        self.action_message = QLabel()
        self.action_message.setObjectName("stepMessage")
        self.action_message.setWordWrap(True)
        self.no_step = QLabel()
        self.no_step.setObjectName("noStepReason")
        self.no_step.setWordWrap(True)
        self.no_step.setProperty("role", "hint")
        self.assign = AssignButton(self._s.cases, self._s.work_queue, self._actor, self.case,
                                   self.action_message.setText, self)
        self.assign.assigned.connect(self._assigned)
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Next step:")), self.step, self.reason, self.apply,
                       self.assign):
            row.addWidget(widget)
        row.addWidget(self.no_step, 1)
        row.addWidget(self.action_message, 1)
        return row

    def _why_no_step(self) -> str:
        """Why the drop-down is empty: whose step it is, or what the step waits for."""
        state = self.case.state
        if state.terminal:
            return self.tr("The case is closed (%1): no further step.").replace(
                "%1", shown_label("state", state))
        roles = glance.roles_who_move(state)
        if self._actor.role in roles:
            return self.tr("No step is possible yet: the next step waits for what the "
                           "program requires first (see the work queue).")
        return self.tr("The next step from %1 is taken by: %2.").replace(
            "%1", shown_label("state", state)).replace(
            "%2", ", ".join(role_name(r) for r in roles) or self.tr("the program's timers"))

    # --- the header, loaded off the UI thread ---

    def _load_glance(self) -> None:
        s, actor, case, person_id = self._s, self._actor, self.case, self._person_id
        consents_shown = s.consents is not None and allowed(actor, Data.CONSENTS, Access.READ)
        notes = list(self.notes_model._rows) if hasattr(self, "notes_model") else []
        history = list(self.history_model._rows) if self.history_model is not None else []
        # the consents tab's list when there is one (no second audited read)
        consents = list(self.consents_model._rows) if hasattr(self, "consents_model") else None

        def work():
            ids = [case.case_manager_id] + [n.author_id for n in notes] + \
                [t.user_id for t in history]
            names = glance.staff_names(s.cases.db, actor, ids)
            consent = (None, None)
            if consents_shown:
                consent = glance.consent_status(
                    consents if consents is not None else s.consents.list_for_person(
                        actor, person_id))
            return names, consent, s.cases.today(s.cases.profile_of(case))
        self.header.show_loading()
        self._glance.submit(work)

    def _show_glance(self, result) -> None:
        names, (consent, expires), today = result
        self._names = names
        self.header.show_case_manager(names.get(self.case.case_manager_id or ""))
        self.header.show_consent(consent, expires)
        self.header.show_deadline(glance.next_deadline(
            self.case.state, self.case.intake_due, self.case.completion_due), today)
        self.header.show_state(self.case.state)
        if hasattr(self, "notes"):  # the author column and the open note
            self.notes.set_names(names)
        self._show_timeline()
        self.glance_loaded = True

    def _glance_failed(self, error: Exception) -> None:
        self.header.case_manager.setText(str(error))

    def _show_timeline(self) -> None:
        notes = self.notes_model._rows if hasattr(self, "notes_model") else []
        history = self.history_model._rows if self.history_model is not None else []
        self.timeline.show_entries(
            glance.timeline(self.case.referral_type, history, notes, self._names))

    # --- behaviour ---

    def refresh(self) -> None:
        if self.case is None:
            if hasattr(self, "consents"):
                self.consents.set_consents(
                    self._s.consents.list_for_person(self._actor, self._person_id))
            return
        self.case = self._s.cases.get(self._actor, self.case.id)
        if hasattr(self, "consents"):
            self.consents.set_consents(
                self._s.consents.list_for_person(self._actor, self._person_id))
        if hasattr(self, "notes"):
            self.notes.set_notes(self._s.notes.list_for_case(self._actor, self.case.id))
        if self.history_model is None:
            self._load_glance()
            return
        self.history_model.set_rows(self._s.cases.history(self._actor, self.case.id))
        if self.proposals is not None:
            self.proposals.refresh(self.case.state)
        if self.documents_tab is not None:
            self.documents_tab.offer_letter((self.case.id, self.case.state.value))
        self.step.clear()
        for state in self._s.cases.offered_steps(self._actor, self.case.id):
            self.step.addItem(shown_label("state", state), state)
        self.apply.setEnabled(self.step.count() > 0)
        self.step.setEnabled(self.step.count() > 0)
        self.no_step.setVisible(self.step.count() == 0)
        self.no_step.setText(self._why_no_step())
        self._load_glance()

    def take_step(self, details_dialog=None) -> None:
        """Move the case; a step that needs more than a reason asks for it first
        (`details_dialog` lets tests fill that dialog without showing it modally)."""
        target = CaseState(self.step.currentData())  # Qt hands str-enums back as str
        code, reason, details = None, self.reason.text(), {}
        if needs_details(target, self.case.state):
            dialog = details_dialog or StepDialog(self.case.state, target, parent=self)
            dialog.reason.setText(dialog.reason.text() or reason)
            if details_dialog is None and not dialog.exec():
                return
            code, reason, details = dialog.values()
        try:
            self._s.cases.transition(self._actor, self.case.id, target, reason_code=code,
                                     reason_text=reason, details=details,
                                     expected_version=self.case.row_version)
        except ConflictError as exc:  # the case changed since it was shown: show it now
            self.refresh()
            self.action_message.setText(exc.message)
            return
        except LeadError as exc:
            self.action_message.setText(exc.message)
            return
        self.action_message.setText(self.tr("Done."))
        self.reason.clear()
        self.refresh()

    def _assigned(self, case) -> None:
        self.case = case
        self.refresh()

    def edit_draft(self, run=None) -> None:
        self.notes.edit_draft(run)
