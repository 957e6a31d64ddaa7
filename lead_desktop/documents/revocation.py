"""The revocation form (documents.md §6), in English or Spanish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.consent import notice_heading
from lead_desktop.documents.consent import wording as consent_wording
from lead_desktop.documents.page import BLANK, Stamp, para, render, styles
from lead_desktop.documents.required import require
from lead_desktop.documents.wording import load

TEMPLATE = "revocation v1"


def wording() -> dict:
    return load("revocation_text.toml")


@dataclass(frozen=True)
class Revocation:
    person_name: str
    dob: date | None
    consent_number: str
    consent_signed_on: date | None
    recipients: tuple[str, ...]
    effective_on: date
    language: str = "en"
    cj_revocable_from: date | None = None
    received: str = ""   # "C. Morales, 2026-11-23, letter, logged by C. Morales"
    dob_estimated: bool = False


def build(form: Revocation, stamp: Stamp, today: date) -> bytes:
    require("revocation form", {"name": form.person_name,
                                "consent": form.consent_number, "effective date":
                                form.effective_on})
    t, s = wording()[form.language], styles()
    # a §2.35 consent cannot be revoked before its revocable-from date: the revocation
    # takes effect on that date at the earliest, never before it
    effective = form.effective_on
    if form.cj_revocable_from is not None and form.cj_revocable_from > effective:
        effective = form.cj_revocable_from
    signed = dates.day(form.consent_signed_on, form.language, BLANK)
    story = [
        para(t["title"], s["title"]),
        notice_heading(stamp),
        para(t["person"], s["heading"]),
        para(f"{form.person_name}, {dates.birth_day(form.dob, form.dob_estimated, form.language)}", s["body"], "name"),
        para(t["consent"], s["heading"]),
        para(f"{form.consent_number} · {signed} · {'; '.join(form.recipients)}", s["body"],
             "consent"),
        para(t["effective"], s["heading"]),
        para(dates.day(effective, form.language), s["body"]),
        para(t["reliance"], s["body"]),
    ]
    if form.cj_revocable_from is not None:
        story += [para(t["cj_from"], s["heading"]),
                  para(dates.day(form.cj_revocable_from, form.language), s["body"])]
        if form.cj_revocable_from > today:
            story.append(para(t["cj_warning"], s["heading"]))
    signatures = Table([[para(t["signature"], s["small"]), para(t["date"], s["small"])],
                        ["", ""]], colWidths=[4.6 * 72, 2.4 * 72], rowHeights=[None, 32])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                                    ("LINEBELOW", (0, 1), (-1, 1), 0.75, "black")]))
    story += [Spacer(1, 16), signatures, Spacer(1, 12), para(t["received"], s["heading"]),
              para(form.received, s["body"], "received")]
    confidential = consent_wording()[form.language]["confidential"]
    page_stamp = Stamp(**{**stamp.__dict__, "person": form.person_name,
                          "language": form.language, "confidential": confidential})
    return render(story, page_stamp, t["title"])
