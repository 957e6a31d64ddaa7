"""The top of a person's page: who they are and where their case stands, at a glance.

Name, date of birth, a photo placeholder (initials), the case's state as a colored chip
with its name, the case manager, the consent status and the next deadline. The values that
need more look-ups (names, consents) arrive from the window's background load."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from lead_desktop.services.cases.glance import Deadline
from lead_desktop.services.consent.standing import ConsentStanding
from lead_desktop.services.program.vocabulary import CaseState
from lead_desktop.services.urgency import Urgency, of_due, of_state
from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.status_chip import StatusChip
from lead_desktop.ui.theme import NAME_SCALE, scaled

S = CaseState
# the chip's tone (a color in the theme, always with the state's name beside it)
TONES = {S.ACTIVE: "good", S.COMPLETED: "good", S.INTAKE_PENDING: "waiting",
         S.REFERRED: "waiting", S.ELIGIBILITY_REVIEW: "waiting", S.WAITLISTED: "waiting",
         S.LOST_CONTACT: "warning", S.COMPLIANCE_REVIEW: "warning"}
TONE_OF_URGENCY = {Urgency.OVERDUE: "overdue", Urgency.DUE_SOON: "warning"}


def initials(display_name: str) -> str:
    parts = [p for p in display_name.replace(",", " ").split() if p]
    if len(parts) >= 2:  # "Last, First" -> FL
        return (parts[1][0] + parts[0][0]).upper()
    return parts[0][0].upper() if parts else "?"


def _field(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PersonHeader(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personHeader")
        self.photo = QLabel()
        self.photo.setObjectName("photoPlaceholder")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFixedSize(64, 64)
        self.photo.setAccessibleName(self.tr("No photo"))
        self.name = _field("headerName")
        scaled(self.name, NAME_SCALE)
        self.birth = _field("headerBirth")
        self.chip = QLabel()
        self.chip.setObjectName("stateChip")
        self.case_manager = _field("headerCaseManager")
        self.consent = _field("headerConsent")
        self.deadline = _field("headerDeadline")
        self.hold_chip = StatusChip()          # "On hold" beside a waiting case's state
        self.hold_chip.setObjectName("holdChip")
        self.deadline_chip = StatusChip()      # "Overdue" / "Due soon" beside the deadline
        self.deadline_chip.setObjectName("deadlineChip")
        self.consent_chip = StatusChip()       # "Consent signed" / "No consent" / ...
        self.consent_chip.setObjectName("consentChip")
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.birth)
        facts = QGridLayout()
        for row, (title, value, chip) in enumerate((
                (self.tr("Case"), self.chip, self.hold_chip),
                (self.tr("Case manager"), self.case_manager, None),
                (self.tr("Consent"), self.consent, self.consent_chip),
                (self.tr("Next deadline"), self.deadline, self.deadline_chip))):
            caption = QLabel(title)
            caption.setProperty("role", "caption")
            facts.addWidget(caption, row, 0)
            if chip is None:
                facts.addWidget(value, row, 1, Qt.AlignmentFlag.AlignLeft)
                continue
            pair = QHBoxLayout()
            pair.addWidget(value)
            pair.addWidget(chip)
            pair.addStretch(1)
            facts.addLayout(pair, row, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.photo)
        layout.addLayout(who, 1)
        layout.addLayout(facts, 1)

    def show_person(self, display_name: str, birth_text: str) -> None:
        self.photo.setText(initials(display_name))
        self.name.setText(display_name)
        self.birth.setText(QCoreApplication.translate("PersonWindow", "Born %1")
                           .replace("%1", birth_text))

    def show_state(self, state: CaseState | None) -> None:
        if state is None:
            self.chip.setText(self.tr("No case"))
            tone = "neutral"
        else:
            self.chip.setText(shown_label("state", state))
            tone = TONES.get(state, "closed" if state.terminal else "neutral")
        self.hold_chip.set_urgency(of_state(state))
        self.chip.setProperty("tone", tone)
        self.chip.style().unpolish(self.chip)   # the theme colors the new tone
        self.chip.style().polish(self.chip)

    def show_loading(self) -> None:
        for label in (self.case_manager, self.consent, self.deadline):
            label.setText(self.tr("…"))

    def show_case_manager(self, name: str | None) -> None:
        self.case_manager.setText(name or self.tr("Not assigned yet"))

    def show_consent(self, status: str | None, expires: date | None,
                     standing: ConsentStanding | None = None) -> None:
        """The consent in words, and its chip (where it stands: services/consent/standing.py;
        none for a role that does not see consents)."""
        if status is None:
            text = self.tr("Not shown to your role")
        elif status == "valid":
            text = (self.tr("Signed, valid until %1").replace("%1", expires.isoformat())
                    if expires else self.tr("Signed, valid"))
        elif status == "draft":
            text = self.tr("Draft, not signed yet")
        else:
            text = self.tr("No valid consent")
        self.consent.setText(text)
        self.consent.setProperty("tone", "good" if status == "valid" else "warning")
        self.consent_chip.set_consent(standing if status is not None else None)

    def show_deadline(self, deadline: Deadline | None, today: date) -> None:
        if deadline is None:
            self.deadline.setText(self.tr("None"))
            self.deadline.setProperty("tone", "neutral")
            self.deadline_chip.set_urgency(None)
            return
        what = (self.tr("Intake by %1") if deadline.kind == "intake"
                else self.tr("Program completion by %1")).replace("%1", deadline.due.isoformat())
        urgency = of_due(deadline.due, today)
        if urgency is Urgency.OVERDUE:  # the chip says "Overdue"; the text says by how much
            what += " " + self.tr("(overdue by %n day(s))", "", (today - deadline.due).days)
        self.deadline.setText(what)
        self.deadline.setProperty("tone", TONE_OF_URGENCY.get(urgency, "neutral"))
        self.deadline_chip.set_urgency(urgency)
