"""The participation agreement (documents.md §8), in English or Spanish: who, what is
offered, that taking part is voluntary, the rules, the first appointments, the consequences
the program profile sets, what the prosecutor will be told, rights, and signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.addendum import Addendum
from lead_desktop.documents.consent import redisclosure_notice
from lead_desktop.documents.consent import wording as consent_wording
from lead_desktop.documents.page import Stamp, para, render, signature_block, styles
from lead_desktop.documents.required import require
from lead_desktop.documents.text import after_rtl
from lead_desktop.documents.wording import load

TEMPLATE = "participation agreement v1"
LANGUAGES = ("en", "es")
TABLE_CELL_ROOM = 160  # characters a table cell holds before the text goes to the addendum


def wording() -> dict:
    return load("agreement_text.toml")


@dataclass(frozen=True)
class FirstAppointment:
    when: datetime          # local time of the program
    place: str
    with_whom: str


@dataclass(frozen=True)
class Consequences:
    """What the program profile says happens; see services/program/profile.py."""

    compliance_based: bool
    intake_deadline_days: int
    deadline_from: str            # "referral" or "da_approval"
    missed_appointment_limit: int | None
    noncompliance_outcome: str    # "summons", "disqualify" or "none"
    summons_document: str         # "generic", "ma_complaint" or "agency_template"


@dataclass(frozen=True)
class Agreement:
    program_name: str
    person_name: str
    dob: date | None
    case_manager: str
    phone_24h: str
    consequences: Consequences
    appointments: tuple[FirstAppointment, ...] = ()
    da_consent_scope: str = ""    # the §2.35 consent's scope, when one is signed
    language: str = "en"
    dob_estimated: bool = False


def office(program_name: str, language: str) -> str:
    """Where an appointment with the case manager takes place."""
    return (f"Oficina de {program_name}" if language == "es" else f"{program_name} office")


def consequence_lines(c: Consequences, t: dict) -> list[str]:
    if not c.compliance_based:
        lines = [t["harm_reduction"]]
    else:
        start = t["start_da_approval"] if c.deadline_from == "da_approval" else t["start_referral"]
        lines = [t["compliance_intake"].format(days=c.intake_deadline_days, start=start)]
        if c.missed_appointment_limit is not None:
            lines.append(t["compliance_missed"].format(limit=c.missed_appointment_limit))
        lines.append(t["compliance_violence"])
    if c.noncompliance_outcome == "summons":
        lines.append(t["outcome_ma_complaint"] if c.summons_document == "ma_complaint"
                     else t["outcome_summons"])
    elif c.noncompliance_outcome == "disqualify":
        lines.append(t["outcome_disqualify"])
    return lines


def _appointments_table(form: Agreement, t: dict, addendum: Addendum) -> Table:
    s = styles()
    rows = [[para(column, s["small"]) for column in t["appointment_columns"]]]
    for item in form.appointments:
        rows.append([para(dates.moment(item.when, form.language), s["body"]),
                     para(addendum.fit(item.place, TABLE_CELL_ROOM, t["appointment_columns"][1]),
                          s["body"], "place"),
                     para(addendum.fit(item.with_whom, TABLE_CELL_ROOM,
                                       t["appointment_columns"][2]), s["body"], "with")])
    table = Table(rows, colWidths=[1.6 * 72, 3.2 * 72, 2.2 * 72], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build(form: Agreement, stamp: Stamp) -> bytes:
    require("participation agreement", {"program": form.program_name,
                                        "participant's name": form.person_name,
                                        "case manager": form.case_manager})
    language = form.language if form.language in LANGUAGES else "en"
    t, s = wording()[language], styles()
    addendum = Addendum(language)
    born = dates.birth_day(form.dob, form.dob_estimated, language)
    story = [
        para(t["title"], s["title"]),
        para(t["parties"], s["heading"]),
        para(f"{t['program']} {form.program_name}", s["body"], "program"),
        para(f"{t['participant']} " + (after_rtl(form.person_name, f", {born}") if born
                                       else form.person_name), s["body"], "name"),
        para(f"{t['case_manager']} {form.case_manager}", s["body"], "case manager"),
        para(f"{t['phone']} {form.phone_24h or '________'}", s["body"], "24-hour number"),
        para(t["offered_heading"], s["heading"]), para(t["offered"], s["body"]),
        para(t["voluntary_heading"], s["heading"]), para(t["voluntary"], s["body"]),
        para(t["rules_heading"], s["heading"]), para(t["rules"], s["body"]),
        para(t["appointments_heading"], s["heading"]),
    ]
    if form.appointments:
        story += [_appointments_table(form, t, addendum), Spacer(1, 4)]
    else:
        story.append(para(t["no_appointments"], s["body"]))
    story += [para(t["updates"], s["small"]), para(t["consequences_heading"], s["heading"])]
    story += [para("• " + line, s["body"]) for line in consequence_lines(form.consequences, t)]
    story.append(para(t["da_heading"], s["heading"]))
    story.append(para(t["da_consented"].format(scope=form.da_consent_scope)
                      if form.da_consent_scope else t["da_not_consented"], s["body"], "scope"))
    # the rights and both signatures stay on one page: a signature alone on a page
    # signs nothing the signer can see
    story.append(KeepTogether([
        para(t["rights_heading"], s["heading"]), para(t["rights"], s["body"]), Spacer(1, 14),
        signature_block([t["signature_participant"], t["signature_case_manager"]],
                        t["date"], s["small"]),
        Spacer(1, 6), para(redisclosure_notice(stamp.notice), s["small"])]))
    story += addendum.story()
    confidential = consent_wording()[language]["confidential"]
    page_stamp = Stamp(**{**stamp.__dict__, "person": form.person_name, "language": language,
                          "confidential": confidential})
    return render(story, page_stamp, t["title"])
