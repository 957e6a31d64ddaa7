"""One person and their case: overview, history of the case, notes, and the workflow steps
this user may take. Only the tabs the role may see are built at all."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.attachments.attachment_service import AttachmentService
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
from lead_desktop.ui.consents_tab import ConsentsTab
from lead_desktop.ui.documents_tab import DocumentsTab
from lead_desktop.ui.forms.justice_tab import JusticeTab
from lead_desktop.ui.forms.plan_outcomes import PlanAndOutcomes
from lead_desktop.ui.forms.proposals_box import ProposalsBox
from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
from lead_desktop.ui.forms.step_dialog import StepDialog, needs_details
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.lazy_tabs import LazyTabs
from lead_desktop.ui.messages import error_words
from lead_desktop.ui.notes_tab import NotesTab
from lead_desktop.ui.person_header import PersonHeader
from lead_desktop.ui.person_loading import read_case, read_first
from lead_desktop.ui.person_overview import PersonOverview
from lead_desktop.ui.referral_page import referral_page
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
    header.setResizeContentsPrecision(0)  # columns fit the rows in sight (long histories)
    header.setStretchLastSection(True)  # the free text (note, reason) gets the room
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return table


class PersonWindow(PersonOverview, QDialog):
    """Shown at once with the person's name to come; what it shows is read off the UI
    thread (ui/person_loading.py) and the tabs are built when it arrives (`loaded`). The
    tabs that read the database themselves are made when first opened (ui/lazy_tabs.py)."""

    def __init__(self, services: CaseServices, actor: Actor, person_id: str, parent=None,
                 open_tab: str | None = None, open_record: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personWindow")
        self._s, self._actor, self._person_id = services, actor, person_id
        self._open_tab, self._open_record = open_tab, open_record
        self.loaded = False
        self.case = None
        self.cases: list = []
        self.step = self.history_model = None
        self._names: dict[str, str] = {}
        self.header = PersonHeader()
        self.header.show_loading()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        # the titles are short enough to show side by side at 1366 (Spanish too); on a narrower
        # screen the bar scrolls rather than widen the window off the screen
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self._lazy = LazyTabs(self.tabs)
        self.wait = QLabel(self.tr("Loading…"))
        self.wait.setObjectName("personLoading")
        self.wait.setProperty("role", "hint")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.wait)
        self._layout.addWidget(self.tabs, 1)
        # names and the consent status come from a background load (ui/workers.py)
        self._glance = Channel(self._show_glance, self._glance_failed, self)
        self._first = Channel(self._build, self._load_failed, self)
        self._first.submit(lambda: read_first(services, actor, person_id))
        self.resize(900, 600)

    # the tabs made when first opened; None when this window has no such tab
    followup = property(lambda self: self._lazy.page("followup"))
    plan = property(lambda self: self._lazy.page("plan"))
    justice = property(lambda self: self._lazy.page("justice"))
    documents_tab = property(lambda self: self._lazy.page("documents_tab"))
    attachments = property(lambda self: self._lazy.page("attachments"))

    def _load_failed(self, error: Exception) -> None:
        self.wait.setText(error_words(error) if isinstance(error, LeadError) else str(error))

    def _build(self, first) -> None:
        """The window's parts from what `read_first` read, on the UI thread, a part per turn
        of the event loop: the window is laid out and painted, and keys and clicks are
        handled, in between (issue 16: no turn holds the UI thread long)."""
        parts = self._build_parts(first)

        def next_part() -> None:
            if next(parts, None) is not None:
                QTimer.singleShot(0, self, next_part)
        next_part()

    def _build_parts(self, first):
        services, actor, person = self._s, self._actor, first.person
        self.setWindowTitle(person.display_name)
        self.cases, self.parts = first.cases, first.parts
        self.case = self.cases[0] if self.cases else None
        self.in_caseload = first.parts.in_caseload
        self.header.show_person(person.display_name,
                                dob_text(person.dob, person.dob_estimated))
        self.header.show_state(self.case.state if self.case else None)
        parts, case_id = first.parts, self.case.id if self.case else None
        self.tabs.addTab(self._overview(person), self.tr("Overview"))
        yield "overview"
        if parts.history:
            self.history_model = RowsModel([
                (self.tr("When"), lambda t: t.at),
                (self.tr("From"), lambda t: shown_label("state", t.from_state)),
                (self.tr("To"), lambda t: shown_label("state", t.to_state)),
                (self.tr("By"), lambda t: shown_label("role", t.role) if t.role
                 else shown_label("proposer", t.proposer)),
                (self.tr("Reason"), self._reason_shown),
            ], self)
            self.tabs.addTab(_table(self.history_model, "historyTable"), self.tr("History"))
            yield "history"
        if parts.referral:
            self.tabs.addTab(referral_page(first.referral), self.tr("Referral"))
            yield "referral"
        if parts.notes:
            self.tabs.addTab(self._notes_tab(), self.tr("Notes"))
            yield "notes"
        if parts.consents:
            self.tabs.addTab(self._consents_tab(person.id), self.tr("Consents and intake"))
            yield "consents"
        if parts.followup:
            self._lazy.add("followup", self.tr("Provider follow-up"), lambda: ProviderFollowUp(
                services.providers, services.provider_referrals, actor, self.case.id,
                attachments=services.attachments))
        if parts.plan:
            self._lazy.add("plan", self.tr("Plan and outcomes"), lambda: PlanAndOutcomes(
                services.intake, services.outcomes, actor, self.case.id))
        if parts.justice:
            self._lazy.add("justice", self.tr("Justice events"),
                           lambda: JusticeTab(services.outcomes, actor, person.id, case_id))
        if parts.documents:
            self._lazy.add("documents_tab", self.tr("Documents"), self._documents_tab)
        if parts.attachments:
            self._lazy.add("attachments", self.tr("Attachments"),
                           lambda: self._attachments_tab(case_id))
        self.proposals = None
        if self.history_model is not None:  # roles that only see a status take no steps here
            if parts.proposals:  # a case manager proposes, a supervisor decides
                self.proposals = ProposalsBox(services.proposals, actor, self.case.id, self)
                self.proposals.changed.connect(self.refresh)
                self._layout.addWidget(self.proposals)
            self._layout.addLayout(self._actions())
        self.wait.hide()
        yield "actions"
        self._show_case(first.reading)
        # laid out now, not on a later turn: what `loaded` promises is what the user sees
        # (the next step's drop-down had its width of before the steps came)
        self.layout().activate()
        self.loaded = True
        shown = getattr(self, self._open_tab, None) if self._open_tab else None
        if shown is not None:  # e.g. a look-up due: straight to the outcomes tab
            self.tabs.setCurrentWidget(shown)
            if shown is getattr(self, "notes", None):  # Home's unsigned notes: one to sign
                self.notes.select_first_unsigned()
            elif self._open_record and shown is self.followup:  # attendance to record
                shown.select_appointment(self._open_record)

    def _documents_tab(self) -> QWidget:
        s, actor, case = self._s, self._actor, self.case
        # a closed case (removed for a threat, exited, ...) has no agreement to sign
        agreement_case = case.id if case is not None and self.in_caseload and \
            case.state.open and allowed(actor, Data.INTAKE_PLAN_NOTES, Access.READ) else None
        tab = DocumentsTab(
            s.documents, actor, s.consents.list_for_person(actor, self._person_id),
            s.documents.summons_ids(actor, self._person_id),
            agreement_case_id=agreement_case,
            summary_case_id=case.id if case else None,
            letter_case=(case.id, case.state.value) if case else None)
        tab.changed.connect(self.refresh)  # a signed agreement or revocation moves the case
        return tab

    def _attachments_tab(self, case_id: str | None) -> QWidget:
        panel = AttachmentsPanel(self._s.attachments, self._actor, self._person_id, case_id)
        panel.added.connect(self.refresh)  # a signed agreement kept moves the case on
        return panel

    # --- tabs ---

    def _notes_tab(self) -> QWidget:
        self.notes = NotesTab(self._s.notes, self._actor, self.case.id)
        self.notes.changed.connect(self.refresh)
        self.notes.paged.connect(self._older_notes)
        # the names tests and the rest of the window use
        self.notes_model, self.notes_table = self.notes.model, self.notes.table
        self.note_detail, self.edit_note = self.notes.detail, self.notes.edit_note
        return self.notes

    def _older_notes(self) -> None:
        """An older page of notes: their authors' names and the timeline, read again."""
        if any(n.author_id not in self._names for n in self.notes_model._rows):
            self._load_glance()
        else:
            self._show_timeline()

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
        # wide enough for the longest step's words, and nothing chosen until the user picks
        self.step.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.step.setPlaceholderText(self.tr("Choose a step"))
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

    # --- behaviour ---

    def refresh(self) -> None:
        """Read the case again after a step or a save (on the UI thread: the user waits for
        what they just did)."""
        if not self.loaded:
            return
        self._show_case(read_case(self._s, self._actor, self._person_id,
                                  self.case.id if self.case else None, self.parts))

    def _show_case(self, reading) -> None:
        if reading.consents is not None and hasattr(self, "consents"):
            self.consents.set_consents(reading.consents)
            documents = self._lazy.made("documents_tab")
            if documents is not None:  # a consent made or signed here is offered at once
                documents.offer_consents(reading.consents)
        if reading.case is None:
            return
        self.case = reading.case
        # the case's state after a step shows at once in the header and the overview
        self.header.show_state(self.case.state)
        self.summary.setText(self._summary_text(self._person_shown))
        if reading.notes is not None and hasattr(self, "notes"):
            self.notes.set_page(reading.notes)
        if self.history_model is None:
            self._load_glance()
            return
        self.history_model.set_rows(reading.history)
        if self.proposals is not None:
            self.proposals.refresh(self.case.state, reading.proposals)
        documents = self._lazy.made("documents_tab")
        if documents is not None:
            documents.offer_letter((self.case.id, self.case.state.value))
        self.step.clear()
        for state in reading.steps:
            self.step.addItem(shown_label("state", state), state)
        self.step.setCurrentIndex(-1)
        self.apply.setEnabled(self.step.count() > 0)
        self.step.setEnabled(self.step.count() > 0)
        self.no_step.setVisible(self.step.count() == 0)
        self.no_step.setText(self._why_no_step())
        self._load_glance()

    def take_step(self, details_dialog=None) -> None:
        """Move the case; a step that needs more than a reason asks for it first
        (`details_dialog` lets tests fill that dialog without showing it modally)."""
        if self.step.currentIndex() < 0:
            self.action_message.setText(self.tr("Choose the next step first."))
            return
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
            self.action_message.setText(error_words(exc))
            return
        except LeadError as exc:
            self.action_message.setText(error_words(exc))
            return
        self.action_message.setText(self.tr("Done."))
        self.reason.clear()
        self.refresh()

    def _assigned(self, case) -> None:
        self.case = case
        self.refresh()

    def edit_draft(self, run=None) -> None:
        self.notes.edit_draft(run)
