"""The referral form (forms.md "Referral"): the person, the referral, then the duplicate
check before a new person is created (pick an existing record, or confirm a new one)."""

from __future__ import annotations

from datetime import timezone
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.attachments.attachment_service import Anchor, AttachmentService
from lead_desktop.services.attachments.kinds import IDENTITY
from lead_desktop.services.cases.case_service import CaseService, OpenCaseExists
from lead_desktop.services.cases.referral_form import Offense, ReferralInput
from lead_desktop.services.cases.referral_form import validate as validate_referral
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput, dob_text, filed_name, missing_fields
from lead_desktop.services.people.records import validate as validate_person
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import ReferralType
from lead_desktop.services.records import ValidationFailed
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.forms.birth_date_field import BirthDateField
from lead_desktop.ui.forms.field_errors import FieldErrors
from lead_desktop.ui.forms.offense_picker import OffensePicker, referral_day
from lead_desktop.ui.forms.unsaved import UnsavedChanges
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.match_reasons import reasons_words
from lead_desktop.ui.messages import error_words


class ReferralForm(QWidget):
    def __init__(self, people: PersonService, cases: CaseService, actor: Actor,
                 profile: Profile, officer_name: str = "", parent=None,
                 agency_names: tuple[str, ...] = (), open_person=None,
                 profile_source=None, attachments: AttachmentService | None = None) -> None:
        super().__init__(parent)
        self._attachments = attachments  # a photo of the person's ID, once the referral is saved
        #: The version in force now (an administrator may add one while the app is open).
        self._profile_source = profile_source
        self._open_person = open_person  # a person with an open case: link to it
        self.setObjectName("referralForm")
        self._people, self._cases, self._actor, self._profile = people, cases, actor, profile
        self.created_case_id: str | None = None

        # the person
        self.last_name, self.first_name = QLineEdit(), QLineEdit()
        self.last_name.setObjectName("lastName")
        self.first_name.setObjectName("firstName")
        self.first_name.setPlaceholderText(self.tr("Leave empty if not known yet"))
        # one name is enough (a mononym, or a surname not given yet): flagged for completion
        self.last_name.setPlaceholderText(self.tr("Leave empty if only a first name is known"))
        self.dob = BirthDateField()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in profile.languages:
            self.language.addItem(shown_label("language", code), code)
        # the referral
        self.referral_type = QComboBox()
        self.referral_type.setObjectName("referralType")
        for kind in profile.referral_types:
            self.referral_type.addItem(shown_label("referral_type", kind), kind.value)
        self.referred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.referred_at.setObjectName("referredAt")
        self.referred_at.setCalendarPopup(True)
        self.referred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.officer_name = QLineEdit(officer_name)
        self.officer_name.setObjectName("officerName")
        self.badge, self.agency, self.location = QLineEdit(), QLineEdit(), QLineEdit()
        self.badge.setObjectName("badge")
        self.agency.setObjectName("agency")
        if agency_names:  # the program's directory: pick, or type another
            completer = QCompleter(list(agency_names), self.agency)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.agency.setCompleter(completer)
        self.location.setObjectName("location")
        self.incident = QLineEdit()
        self.incident.setObjectName("incidentNumber")
        self.offense_code, self.offense_text = QLineEdit(), QLineEdit()
        self.offense_code.setObjectName("offenseCode")
        self.offense_text.setObjectName("offenseDescription")
        self.offense_code.setAccessibleName(self.tr("Offense code"))
        self.offense_text.setAccessibleName(self.tr("Offense description"))
        # the administrator's offense codes in use on the referral's day
        self.offenses = OffensePicker(self.offense_code, self.offense_text,
                                      lambda: referral_day(self.referred_at), self)
        self.referred_at.dateChanged.connect(lambda _: self.offenses.offer())
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.setRange(0, 100000)
        self.quantity.setDecimals(2)
        self.quantity_unit = QComboBox()
        self.quantity_unit.setObjectName("quantityUnit")
        self.quantity_unit.setAccessibleName(self.tr("Unit of the quantity"))
        self.quantity_unit.addItem("g", "g")
        self.quantity_unit.addItem(self.tr("dosage units"), "dosage_units")
        self.origin = QComboBox()
        self.origin.setObjectName("originArea")
        self.origin.setEditable(True)
        self.origin.addItems(profile.exclusions.catchment_areas)
        self.agreed = QCheckBox(self.tr("The person agreed to the program"))
        self.agreed.setObjectName("personAgreed")
        self.agreed.setChecked(True)
        self.declined_reason = QLineEdit()
        self.declined_reason.setObjectName("declinedReason")
        self.offense_kind = QComboBox()
        self.offense_kind.setObjectName("offenseKind")
        self.offense_kind.setAccessibleName(self.tr("The arrest is for"))
        for kind in profile.arrest_offense_kinds:
            self.offense_kind.addItem({"drug": self.tr("drugs"),
                                       "prostitution": self.tr("prostitution (no drugs)")}[kind],
                                      kind)
        self.second_responder = QLineEdit()
        self.second_responder.setObjectName("secondResponder")
        self.second_responder.setPlaceholderText(self.tr("name, organization"))
        self.open_existing = QPushButton(self.tr("Open their case"))
        self.open_existing.setObjectName("openExistingCase")
        self.open_existing.hide()
        self.open_existing.clicked.connect(self._open_existing)
        self.existing_person_id: str | None = None
        self.needs_now = QLineEdit()
        self.needs_now.setObjectName("needsNow")
        self.needs_now.setPlaceholderText(self.tr("What do you need right now?"))

        form = QFormLayout()
        self.errors = FieldErrors()
        e = self.errors.add_row
        form.addRow(QLabel(self.tr("<b>Person</b>")))
        e(form, self.tr("Last name"), "last_name", self.last_name)
        e(form, self.tr("First name"), "first_name", self.first_name)
        e(form, self.tr("Date of birth"), "dob", self.dob, required=True)
        e(form, self.tr("Preferred language"), "preferred_language", self.language, True)
        self.referral_heading = QLabel(self.tr("<b>Referral</b> (%s)") % profile.name)
        self.referral_heading.setObjectName("referralHeading")
        form.addRow(self.referral_heading)
        e(form, self.tr("Type"), "referral_type", self.referral_type, required=True)
        e(form, self.tr("Referred at"), "referred_at", self.referred_at, required=True)
        e(form, self.tr("Officer"), "officer_name", self.officer_name, required=True)
        e(form, self.tr("Badge"), "officer_badge", self.badge, required=True)
        e(form, self.tr("Agency"), "agency", self.agency, required=True)
        e(form, self.tr("Location"), "location", self.location, required=True)
        e(form, self.tr("Incident number"), "incident_number", self.incident)
        offense = QHBoxLayout()
        offense.setContentsMargins(0, 0, 0, 0)  # in line with the other rows
        offense.addWidget(self.offense_code)
        offense.addWidget(self.offense_text, 2)
        if len(profile.arrest_offense_kinds) > 1:
            offense.addWidget(self.offense_kind)
        holder = QWidget()
        holder.setLayout(offense)
        e(form, self.tr("Offense (code, description)"), "offenses", holder)
        form.addRow("", self.offenses.hint)
        quantity = QHBoxLayout()
        quantity.setContentsMargins(0, 0, 0, 0)
        quantity.addWidget(self.quantity)
        quantity.addWidget(self.quantity_unit)
        holder = QWidget()
        holder.setLayout(quantity)
        e(form, self.tr("Quantity"), "quantity", holder)
        if profile.exclusions.catchment_required:
            e(form, self.tr("Where it happened (area)"), "origin_area", self.origin, True)
        form.addRow("", self.agreed)
        e(form, self.tr("Why not"), "declined_reason", self.declined_reason)
        # "Why not" only when the person did not agree
        self.agreed.toggled.connect(
            lambda agreed: form.setRowVisible(self.declined_reason, not agreed))
        form.setRowVisible(self.declined_reason, not self.agreed.isChecked())
        e(form, self.tr("Needs now"), "needs_now", self.needs_now)
        e(form, self.tr("Second responder at the scene"), "second_responder",
          self.second_responder)

        self.candidates = QListWidget()
        self.candidates.setObjectName("duplicateCandidates")
        self.candidates.hide()
        self.use_existing = QPushButton(self.tr("Use the selected person"))
        self.use_existing.setObjectName("useExisting")
        self.use_existing.hide()
        self.use_existing.clicked.connect(lambda: self._save(existing=True))
        self.confirm_new = QPushButton(self.tr("None of these: a new person"))
        self.confirm_new.setObjectName("confirmNew")
        self.confirm_new.hide()
        self.confirm_new.clicked.connect(lambda: self._save(confirmed_new=True))
        self.submit = QPushButton(self.tr("&Save referral"))
        self.submit.setObjectName("saveReferral")
        self.submit.clicked.connect(lambda: self._save())
        self.message = message_label("referralMessage")
        self.attach_id = QPushButton(self.tr("Attach a photo of their &ID…"))
        self.attach_id.setObjectName("attachReferralId")
        self.attach_id.hide()
        self.attach_id.clicked.connect(lambda: self.open_attachments())

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        for widget in (self.candidates, self.use_existing, self.confirm_new, self.submit,
                       self.message, self.open_existing, self.attach_id):
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        # a page, not a dialog: the main window asks before closing over unsaved input
        self.unsaved = UnsavedChanges(self)

    # --- the version in force ---

    def showEvent(self, event) -> None:  # noqa: N802
        self.follow_profile()
        self.offenses.offer()
        super().showEvent(event)

    def follow_profile(self) -> None:
        """Take the version new referrals follow now (a new one since the form was built:
        its catchment list and name)."""
        current = self._profile_source() if self._profile_source else None
        if current is None or current.key == self._profile.key:
            return
        self._profile = current
        typed = self.origin.currentText()
        self.origin.clear()
        self.origin.addItems(current.exclusions.catchment_areas)
        self.origin.setCurrentText(typed)
        self.referral_heading.setText(self.tr("<b>Referral</b> (%s)") % current.name)

    # --- reading the widgets ---

    def person_input(self) -> PersonInput:
        dob, estimated = self.dob.value()
        return PersonInput(last_name=self.last_name.text(), first_name=self.first_name.text(),
                           dob=dob, dob_estimated=estimated,
                           preferred_language=self.language.currentData())

    def referral_input(self) -> ReferralInput:
        quantity = None
        if self.quantity.value() > 0:
            try:
                quantity = Decimal(str(round(self.quantity.value(), 2)))
            except InvalidOperation:
                quantity = None
        offenses = ()
        if self.offense_code.text().strip():
            offenses = (Offense(self.offense_code.text().strip(), self.offense_text.text().strip(),
                                self.offense_kind.currentData() or "drug"),)
        return ReferralInput(
            referral_type=ReferralType(self.referral_type.currentData()),
            referred_at=self.referred_at.dateTime().toPython().astimezone(timezone.utc),
            officer_name=self.officer_name.text(), officer_badge=self.badge.text(),
            agency=self.agency.text(), location=self.location.text(),
            incident_number=self.incident.text().strip() or None,
            origin_area=self.origin.currentText().strip() or None, offenses=offenses,
            quantity=quantity, quantity_unit=self.quantity_unit.currentData() if quantity else None,
            person_agreed=self.agreed.isChecked(),
            declined_reason=self.declined_reason.text().strip() or None,
            needs_now=self.needs_now.text().strip() or None,
            second_responder=self.second_responder.text().strip() or None)

    # --- saving, with the duplicate step first ---

    def _save(self, existing: bool = False, confirmed_new: bool = False) -> None:
        self.errors.clear()
        self.message.clear()
        self.open_existing.hide()
        self.attach_id.hide()
        self.follow_profile()
        try:
            self._check_all()
            person_id = self._person_id(existing, confirmed_new)
            if person_id is None:
                return  # candidates are shown; the user decides
            case = self._cases.refer(self._actor, person_id, self.referral_input(),
                                     self._profile.key)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self.message.setText(self.tr("Please correct the marked fields."))
            return
        except OpenCaseExists as exc:
            self.existing_person_id = exc.person_id
            self.message.setText(self.tr("This person already has an open case (%1): the "
                                         "referral belongs on it, not in a second case.")
                                 .replace("%1", shown_label("state", exc.state)))
            self.open_existing.setVisible(self._open_person is not None)
            return
        except LeadError as exc:
            self.message.setText(error_words(exc))
            return
        self.created_case_id = case.id
        self.attach_id.setVisible(self._attachments is not None and
                                  allowed(self._actor, Data.IDENTITY, Access.WRITE))
        self._saved_incomplete = bool(missing_fields(self.first_name.text(), self.dob.value()[0],
                                                     last_name=self.last_name.text()))
        self.candidates.hide()
        self.use_existing.hide()
        self.confirm_new.hide()
        # ready for the next referral; the officer, badge and agency stay
        for field in (self.last_name, self.first_name, self.incident, self.location,
                      self.offense_code, self.offense_text, self.declined_reason, self.needs_now,
                      self.dob, self.second_responder):
            field.clear()
        self.quantity.setValue(0)
        self.unsaved.mark_saved()
        self.message.setText(self.tr("Referral saved. Status: %1.")
                             .replace("%1", shown_label("state", case.state)))
        if self._saved_incomplete:
            self.message.setText(self.message.text() + " " + self.tr(
                "The person is flagged for completion (a name or the date of birth unknown)."))

    def open_attachments(self) -> bool:
        """The papers of the referral just saved: a photo of the person's ID (an officer
        attaches to their own referrals only)."""
        from lead_desktop.ui.attachments.dialog import open_attachments

        if self._attachments is None or self.created_case_id is None:
            return False
        open_attachments(self, self._attachments, self._actor,
                         Anchor(case_id=self.created_case_id), (IDENTITY,),
                         self.tr("Papers of the referral just saved"))
        return True

    def _open_existing(self) -> None:
        if self._open_person is not None and self.existing_person_id:
            self._open_person(self.existing_person_id)

    def _check_all(self) -> None:
        """Both halves of the form at once, so every marked field shows together."""
        problems: dict[str, str] = {}
        now = self._cases.now()  # the app's clock, as the service checks it
        for check in (lambda: validate_person(self.person_input(), now.date()),
                      lambda: validate_referral(self.referral_input(), self._profile, now)):
            try:
                check()
            except ValidationFailed as exc:
                problems.update(exc.problems)
        if self.dob.problem() and "dob" not in problems:
            problems["dob"] = self.dob.problem()
        if problems:
            raise ValidationFailed(problems)

    def _person_id(self, existing: bool, confirmed_new: bool) -> str | None:
        if existing:
            item = self.candidates.currentItem()
            if item is None:
                raise LeadError(self.tr("Select the person first."))
            return item.data(256)
        data = self.person_input()
        if not confirmed_new:
            found = self._people.find_candidates(self._actor, data)
            if found:
                self._offer(found)
                return None
        return self._people.create(self._actor, data, confirmed_new=True).id

    def _offer(self, found) -> None:
        self.candidates.clear()
        for candidate in found:
            born = dob_text(candidate.dob, candidate.dob_estimated)
            item = QListWidgetItem(
                self.tr("%1  (born %2) — score %3: %4")
                .replace("%1", filed_name(candidate.last_name, candidate.first_name))
                .replace("%2", born).replace("%3", str(candidate.score))
                .replace("%4", reasons_words(candidate.reasons)))
            item.setData(256, candidate.person_id)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        for widget in (self.candidates, self.use_existing, self.confirm_new):
            widget.show()
        self.message.setText(self.tr("This person may already be on file. Pick them, or "
                                     "confirm a new person."))
