"""Two letters the workflow names (workflow.md §2): the decline letter when the DA finds a
person ineligible (to the person, in their language), and the DA completion notice when a
participant completes the program. Neither carries clinical, attendance or substance-use
detail: the DA hears only what the completion or decline itself says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts, names
from lead_desktop.documents.page import BLANK, Stamp, para, render, signature_block, styles
from lead_desktop.documents.reasons import wording as reason_wording
from lead_desktop.documents.required import require
from lead_desktop.documents.wording import load

DECLINE_TEMPLATE = "decline letter v1"
COMPLETION_TEMPLATE = "da completion notice v1"
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class CaseLetter:
    program_name: str
    last_name: str
    first_name: str
    dob: date | None
    referral_date: date | None
    incident_number: str
    reason_code: str = ""          # decline: the DA's reason code (documents/reasons.py)
    reason_text: str = ""
    decided_on: date | None = None  # decline: the DA's decision; completion: the day
    decided_by: str = ""
    phone: str = ""                 # the program's number for questions
    language: str = "en"
    office: str = "District Attorney"  # what the program calls the prosecutor's office


def _text(kind: str, language: str) -> dict:
    texts = load("letters_text.toml")[kind]
    return texts.get(language, texts["en"])


def _facts(letter: CaseLetter, s) -> Table:
    t = _text("facts", letter.language)
    rows = [[t["name"], para(names.last_first(letter.last_name, letter.first_name,
                                              letter.language), s["small"], "name")],
            [t["dob"], dates.birth_day(letter.dob, language=letter.language)],
            [t["referral"], _day(letter.referral_date, letter.language)],
            [t["incident"], letter.incident_number or BLANK],
            [t["program"], para(letter.program_name, s["small"], "program")]]
    table = Table(rows, colWidths=[1.9 * 72, 5.1 * 72])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def decline_letter(letter: CaseLetter, stamp: Stamp) -> bytes:
    require("decline letter", {"name": _filed(letter), "program": letter.program_name,
                               "decision date": letter.decided_on,
                               "reason": letter.reason_code or letter.reason_text})
    s, t = styles(), _text("decline", letter.language)
    name = names.first_last(letter.first_name, letter.last_name, letter.language)
    reason = reason_wording(letter.reason_code, letter.language)
    if letter.reason_text.strip():
        reason = f"{reason}. {letter.reason_text.strip()}" if reason else letter.reason_text
    story = [para(letter.program_name, s["heading"], "program"), para(t["title"], s["title"]),
             para(t["greeting"].format(name=name), s["body"], "name"),
             para(t["body"].format(program=letter.program_name, office=letter.office,
                                   referral_date=_day(letter.referral_date, letter.language),
                                   incident=letter.incident_number or BLANK,
                                   decision_date=_day(letter.decided_on, letter.language)),
                  s["body"], "body"),
             Spacer(1, 6), para(f"{t['reason']} {reason}", s["body"], "reason"), Spacer(1, 6),
             para(t["next"].format(phone=letter.phone or t["no_phone"]), s["body"], "next"),
             Spacer(1, 18), signature_block([t["signature"]], "Date", s["small"])]
    return render(story, Stamp(**{**stamp.__dict__, "person": _filed(letter)}),
                  t["title"])


def completion_notice(letter: CaseLetter, stamp: Stamp) -> bytes:
    require("completion notice", {"name": _filed(letter), "program": letter.program_name,
                                  "completion date": letter.decided_on})
    # the participant's copy too: in the language chosen (their preferred one by default)
    s, t = styles(), _text("completion", letter.language)
    name = names.first_last(letter.first_name, letter.last_name, letter.language)
    story = [para(letter.program_name, s["heading"], "program"), para(t["title"], s["title"]),
             para(t["to"].format(office=letter.office), s["body"]), _facts(letter, s),
             Spacer(1, 8),
             para(t["body"].format(name=name, program=letter.program_name,
                                   completed_on=_day(letter.decided_on, letter.language)),
                  s["body"], "body"),
             para(t["held"], s["body"]), Spacer(1, 18),
             signature_block([t["signature"]], "Date", s["small"])]
    return render(story, Stamp(**{**stamp.__dict__, "person": _filed(letter)}),
                  t["title"])


def _filed(letter: CaseLetter) -> str:
    return names.last_first(letter.last_name, letter.first_name, letter.language)


def _day(value: date | None, language: str) -> str:
    return dates.day(value, language, BLANK)
