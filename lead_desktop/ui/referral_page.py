"""The person window's "Referral" tab: the referral as entered and the
prosecutor's eligibility decision, from a ReferralView read with the rest of the window.
Its words keep the context "PersonWindow" they had before the tab moved here, so their
translations still apply; each call is written out in full so the translation tool finds
it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from lead_desktop.ui.labels import shown_label
from lead_desktop.ui.shown_time import moment


def _words() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "on": translate("PersonWindow", "%1 on %2"),
        "undecided": translate("PersonWindow", "not decided yet"),
        "referred": translate("PersonWindow", "Referred"),
        "officer": translate("PersonWindow", "Officer"),
        "agency": translate("PersonWindow", "Agency"),
        "incident": translate("PersonWindow", "Incident number"),
        "location": translate("PersonWindow", "Location"),
        "offenses": translate("PersonWindow", "Offenses"),
        "substance": translate("PersonWindow", "Substance"),
        "agreed": translate("PersonWindow", "Agreed to the program"),
        "yes": translate("PersonWindow", "yes"),
        "no": translate("PersonWindow", "no"),
        "needs": translate("PersonWindow", "Needs at referral"),
        "responder": translate("PersonWindow", "Second responder at the scene"),
        "decision": translate("PersonWindow", "Eligibility decision"),
        "reason": translate("PersonWindow", "Reason"),
    }


def referral_page(view) -> QWidget:
    w = _words()
    decision = (w["on"].replace("%1", shown_label("decision", view.da_decision))
                .replace("%2", moment(view.da_decided_at, "%Y-%m-%d"))
                if view.da_decision and view.da_decided_at else w["undecided"])
    rows = [(w["referred"], f"{moment(view.referred_at)} "
                            f"({shown_label('referral_type', view.referral_type)})"),
            (w["officer"], view.officer), (w["agency"], view.agency),
            (w["incident"], view.incident_number),
            (w["location"], view.location),
            (w["offenses"], "; ".join(view.offences)),
            (w["substance"], view.substance),
            (w["agreed"], w["yes"] if view.person_agreed else w["no"]),
            (w["needs"], view.needs_now),
            (w["responder"], view.second_responder),
            (w["decision"], decision),
            (w["reason"], view.da_reason)]
    page = QWidget()
    form = QFormLayout(page)
    for label, value in rows:
        shown = QLabel(escape(value or "—"))
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, shown)
    return page
