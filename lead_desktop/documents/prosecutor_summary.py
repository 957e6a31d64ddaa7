"""The case summary for the prosecutor (documents.md §9): minimum necessary only. Never
diagnoses, substance-use detail, note text, provider names, housing or health data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.documents import dates
from lead_desktop.documents.consent import notice_heading
from lead_desktop.documents.page import Stamp, para, render, styles
from lead_desktop.documents.required import require

TEMPLATE = "prosecutor-summary v1"


@dataclass(frozen=True)
class CaseSummary:
    person_name: str
    dob: date | None
    case_id: str
    referral_date: date
    referral_type: str
    incident_number: str
    offenses: tuple[str, ...]
    status: str
    status_since: date
    intake_date: date | None = None
    intake_on_time: bool | None = None
    #: (kept, missed) — only when a §2.35 consent covers attendance; otherwise None.
    appointments: tuple[int, int] | None = None
    outcome: str = ""
    exit_date: date | None = None
    exit_type: str = ""
    consent_scope: str = ""
    dob_estimated: bool = False
    office: str = "District Attorney"  # what the program calls the prosecutor's office


def build(summary: CaseSummary, stamp: Stamp) -> bytes:
    require("prosecutor summary", {"name": summary.person_name, "case": summary.case_id})
    s = styles()
    yes_no = {True: "yes", False: "no", None: "—"}
    lines = [
        ("Name", summary.person_name), ("Date of birth", dates.birth_day(summary.dob, summary.dob_estimated)),
        ("Case", summary.case_id),
        ("Referral", f"{dates.day(summary.referral_date)} "
                     f"({summary.referral_type.replace('_', ' ')})"),
        ("Incident number", summary.incident_number),
        ("Offenses held", "; ".join(summary.offenses)),
        ("Status", f"{summary.status.replace('_', ' ')} since {dates.day(summary.status_since)}"),
        ("Intake", dates.day(summary.intake_date, blank='—')
         + f" (on time: {yes_no[summary.intake_on_time]})"),
    ]
    if summary.appointments is not None:
        kept, missed = summary.appointments
        lines.append(("Appointments (under the §2.35 consent)", f"{kept} kept, {missed} missed"))
    if summary.outcome:
        lines.append(("Outcome", summary.outcome))
    if summary.exit_date:
        lines.append(("Exit", f"{dates.day(summary.exit_date)} "
                              f"({summary.exit_type.replace('_', ' ')})"))
    story = [para(f"Case summary for the {summary.office}", s["title"]),
             notice_heading(stamp)]
    for label, value in lines:
        story.append(para(f"{label}: {value}", s["body"], label.lower()))
    if summary.consent_scope:
        story.append(para(f"Disclosed under consent: {summary.consent_scope}", s["small"]))
    return render(story, Stamp(**{**stamp.__dict__, "person": summary.person_name,
                                  "confidential": "CONFIDENTIAL – 42 CFR Part 2"}),
                  "Case summary")
