"""Administration → Program → Change the rules: the parts a site changes most (catchment
agencies and areas, the intake deadline, capacity and caseload numbers, the
missed-appointment limit). Saving makes a new profile version; nothing is edited in place."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from lead_desktop.errors import LeadError
from lead_desktop.security.actor import Actor
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.ui.forms.actions import message_label
from lead_desktop.ui.messages import error_words


def _spin(name: str, low: int, high: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    if special:  # the lowest value means "off" (no limit)
        box.setSpecialValueText(special)
    return box


class ProgramChangeForm(QGroupBox):
    #: A new version was saved (its key).
    saved = Signal(str)

    def __init__(self, store: ProfileStore, actor: Actor, moves=None, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Change the rules (saved as a new version)"))
        self.setObjectName("changeForm")
        self._store, self._actor, self._profile = store, actor, None
        self._moves = moves  # ProfileMoves: open cases to the new version, where allowed
        self.catchment = QPlainTextEdit()
        self.catchment.setObjectName("catchmentAreas")
        self.catchment.setFixedHeight(90)
        self.catchment.setPlaceholderText(self.tr("One agency or area per line"))
        self.catchment_required = QCheckBox(self.tr("A referral must come from one of these"))
        self.catchment_required.setObjectName("catchmentRequired")
        self.intake_days = _spin("intakeDeadlineDays", 1, 365)
        self.capacity = _spin("capacityConcurrent", 0, 100000, self.tr("no limit"))
        self.caseload_target = _spin("caseloadTarget", 1, 500)
        self.caseload_max = _spin("caseloadMax", 1, 500)
        self.missed_limit = _spin("missedAppointmentLimit", 0, 50, self.tr("none"))
        self.note = QLineEdit()
        self.note.setObjectName("changeNote")
        self.note.setPlaceholderText(self.tr("Why (kept in the history)"))
        self.apply_to_open = QCheckBox(self.tr("Also move open cases of earlier versions to "
                                               "it, where the rules allow"))
        self.apply_to_open.setObjectName("applyToOpenCases")
        self.apply_to_open.setVisible(moves is not None)
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setObjectName("saveVersion")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("changeMessage")
        form = QFormLayout(self)
        form.addRow(self.tr("Catchment agencies and areas"), self.catchment)
        form.addRow("", self.catchment_required)
        form.addRow(self.tr("Intake deadline (days)"), self.intake_days)
        form.addRow(self.tr("Participants at once"), self.capacity)
        form.addRow(self.tr("Caseload target"), self.caseload_target)
        form.addRow(self.tr("Caseload maximum"), self.caseload_max)
        form.addRow(self.tr("Missed appointments before review"), self.missed_limit)
        form.addRow(self.tr("Reason for the change"), self.note)
        form.addRow("", self.apply_to_open)
        form.addRow(self.save_button)
        form.addRow(self.message)

    def show_profile(self, profile: Profile) -> None:
        """Fill the form with the version in force (what a change starts from)."""
        self._profile = profile
        self.catchment.setPlainText("\n".join(profile.exclusions.catchment_areas))
        self.catchment_required.setChecked(profile.exclusions.catchment_required)
        self.intake_days.setValue(profile.intake_deadline_days)
        self.capacity.setValue(profile.capacity_concurrent or 0)
        self.caseload_target.setValue(profile.caseload_target)
        self.caseload_max.setValue(profile.caseload_max)
        self.missed_limit.setValue(profile.missed_appointment_limit or 0)

    def changed_profile(self) -> Profile:
        p = self._profile
        areas = [line.strip() for line in self.catchment.toPlainText().splitlines()
                 if line.strip()]
        exclusions = replace(p.exclusions, catchment_areas=areas,
                             catchment_required=self.catchment_required.isChecked())
        return replace(p, exclusions=exclusions,
                       intake_deadline_days=self.intake_days.value(),
                       capacity_concurrent=self.capacity.value() or None,
                       caseload_target=self.caseload_target.value(),
                       caseload_max=self.caseload_max.value(),
                       missed_appointment_limit=self.missed_limit.value() or None)

    def save(self) -> bool:
        if self._profile is None:
            return False
        changed = self.changed_profile()
        if changed == self._profile:
            self.message.setText(self.tr("Nothing was changed: no new version."))
            return False
        try:
            added = self._store.add_version(self._actor, changed, self.note.text())
        except LeadError as exc:  # every problem named; nothing was written
            self.message.setText(error_words(exc))
            return False
        self.note.clear()
        self.message.setText(self.tr("Saved as version %1: new referrals follow it; cases "
                                     "already open keep their version.")
                             .replace("%1", str(added.version)))
        if self._moves is not None and self.apply_to_open.isChecked():
            self.apply_to_open.setChecked(False)
            try:
                report = self._moves.move_open_cases(self._actor, added.key)
            except LeadError as exc:
                self.message.setText(error_words(exc))
            else:
                self.message.setText(
                    self.tr("Saved as version %1. Open cases moved to it: %2; keeping their "
                            "version: %3.").replace("%1", str(added.version))
                    .replace("%2", str(len(report.moved))).replace("%3", str(len(report.kept)))
                    + "".join(f"\n  {case_id[:8]}: {why}" for case_id, why in report.kept))
        self.saved.emit(added.key)
        return True
