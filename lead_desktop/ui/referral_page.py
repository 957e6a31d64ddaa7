"""The person window's "Referral and eligibility" tab: the referral as entered and the
prosecutor's eligibility decision, from a ReferralView read with the rest of the window.
Its words keep the context "PersonWindow" they had before the tab moved here, so their
translations still apply."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from lead_desktop.ui.labels import shown_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonWindow", text)


def referral_page(view) -> QWidget:
    decision = (_tr("%1 on %2").replace("%1", shown_label("decision", view.da_decision))
                .replace("%2", f"{view.da_decided_at:%Y-%m-%d}")
                if view.da_decision and view.da_decided_at else _tr("not decided yet"))
    rows = [(_tr("Referred"), f"{view.referred_at:%Y-%m-%d %H:%M} "
                              f"({shown_label('referral_type', view.referral_type)})"),
            (_tr("Officer"), view.officer), (_tr("Agency"), view.agency),
            (_tr("Incident number"), view.incident_number),
            (_tr("Location"), view.location),
            (_tr("Offenses"), "; ".join(view.offences)),
            (_tr("Substance"), view.substance),
            (_tr("Agreed to the program"), _tr("yes") if view.person_agreed else _tr("no")),
            (_tr("Needs at referral"), view.needs_now),
            (_tr("Second responder at the scene"), view.second_responder),
            (_tr("Eligibility decision"), decision),
            (_tr("Reason"), view.da_reason)]
    page = QWidget()
    form = QFormLayout(page)
    for label, value in rows:
        shown = QLabel(escape(value or "—"))
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, shown)
    return page
