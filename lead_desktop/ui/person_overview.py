"""The person window's Overview tab: the person at a glance (name, birth, language, what
is still to complete, aliases, the case and its program), the edit button and the case's
timeline, and the header's names, consent and deadline read off the UI thread. A mixin of
PersonWindow: its words keep the context "PersonWindow"."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lead_desktop.errors import LeadError
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.cases import glance
from lead_desktop.services.consent.standing import consent_standing
from lead_desktop.services.people.records import dob_text
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.ui.case_timeline import CaseTimeline
from lead_desktop.ui.forms.person_form import PersonForm
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.messages import error_words


class PersonOverview:
    """Expects PersonWindow's `_s`, `_actor`, `case`, `header`, `_glance` (a Channel) and
    `tr`."""

    def _overview(self, person) -> QWidget:
        page = QWidget()
        self._person_shown = person
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
        # an exit reads its reason from the code list, retired since or not
        exit_reason = shown_label("exit_type", (t.details or {}).get("exit_type"))
        return " — ".join(part for part in (exit_reason, code, t.reason_text or "") if part)

    def edit_person(self, run=None) -> None:
        """The person's record, opened with what is stored and its version (`run` lets
        tests drive the form instead of showing it modally)."""
        form = PersonForm(self._s.people, self._actor, self._person_id, parent=self)
        if (run or PersonForm.exec)(form):
            self.setWindowTitle(form.stored.display_name)
            self._person_shown = form.stored
            self.summary.setText(self._summary_text(form.stored))
            self.edit_button.setText(self._edit_label(form.stored))

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
            consent, standing = (None, None), None
            profile = s.cases.profile_of(case)
            today = s.cases.today(profile)
            if consents_shown:
                listed = consents if consents is not None else s.consents.list_for_person(
                    actor, person_id)
                consent = glance.consent_status(listed)
                standing = consent_standing(listed, today,
                                            profile.timers.consent_expiry_alert_days)
            return names, consent, standing, today
        self.header.show_loading()
        self._glance.submit(work)

    def _show_glance(self, result) -> None:
        names, (consent, expires), standing, today = result
        self._names = names
        self.header.show_case_manager(names.get(self.case.case_manager_id or ""))
        self.header.show_consent(consent, expires, standing)
        self.header.show_deadline(glance.next_deadline(
            self.case.state, self.case.intake_due, self.case.completion_due), today)
        self.header.show_state(self.case.state)
        if hasattr(self, "notes"):  # the author column and the open note
            self.notes.set_names(names)
        self._show_timeline()
        self.glance_loaded = True

    def _glance_failed(self, error: Exception) -> None:
        self.header.case_manager.setText(error_words(error))

    def _show_timeline(self) -> None:
        notes = self.notes_model._rows if hasattr(self, "notes_model") else []
        history = self.history_model._rows if self.history_model is not None else []
        self.timeline.show_entries(
            glance.timeline(self.case.referral_type, history, notes, self._names))
