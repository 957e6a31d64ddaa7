"""Consent documents (documents.md §3–5): Part 2 (§2.31), the criminal-justice referral
consent (§2.35) and the HIPAA authorization, in English or Spanish. The fixed wording lives
in resources/documents/consent_text.toml, each block tagged with the checklist elements it
carries; every Part 2 document carries the §2.32 notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.page import Stamp, para, render, styles
from lead_desktop.documents.required import require
from lead_desktop.documents.wording import load

TEMPLATE = "consent v1"
CJ, HIPAA, TPO = "part2_cj_referral", "hipaa_authorization", "part2_tpo"
LANGUAGES = ("en", "es")


def wording() -> dict:
    return load("consent_text.toml")


def redisclosure_notice(form: str = "short") -> str:
    """The §2.32 notice, verbatim: the short form, or the long one when the program chose it."""
    return wording()["notice"]["long" if form == "long" else "short"]


def notice_heading(stamp: Stamp) -> Paragraph:
    """The notice at the top of a page: the one-line short form stands out as a heading;
    the long form, a paragraph of law, reads as body text."""
    s = styles()
    return para(redisclosure_notice(stamp.notice),
                s["body"] if stamp.notice == "long" else s["heading"])


@dataclass(frozen=True)
class ConsentDocument:
    consent_type: str
    person_name: str
    discloser: str
    information: str
    recipients: tuple[str, ...]
    purpose: str
    expires: str                  # a date or an event, as written on the record
    language: str = "en"
    cj_revocable_after: date | str | None = None
    consent_number: str = ""
    record_id: str = ""           # the consent record's id, printed so a copy finds it


def build(doc: ConsentDocument, stamp: Stamp) -> bytes:
    require("consent", {"person's name": doc.person_name, "discloser": doc.discloser,
                        "information": doc.information, "recipients": doc.recipients,
                        "purpose": doc.purpose, "expiry": doc.expires,
                        **({"revocable after": doc.cj_revocable_after}
                           if doc.consent_type == CJ else {})})
    if doc.language not in LANGUAGES:
        raise ValueError(f"no consent wording in {doc.language!r}")
    t, s = wording()[doc.language], styles()
    part2 = doc.consent_type != HIPAA
    title = {CJ: t["title_cj"], HIPAA: t["title_hipaa"]}.get(doc.consent_type, t["title_part2"])
    key = s["body"].clone("key", fontSize=11, leading=15)  # key terms at 11 pt or more
    story = [para(title, s["title"])]
    if doc.consent_number:
        story.append(para(t["number"].format(number=doc.consent_number,
                                             record=doc.record_id or "—"), s["small"]))
    if part2:
        story.append(notice_heading(stamp))
    # the operative sentence: who authorizes whom to disclose what, to whom, and why
    story.append(para(t["authorize"].format(person=doc.person_name, discloser=doc.discloser),
                      key, "discloser"))
    for label, value, field in ((t["patient"], doc.person_name, "name"),
                                (t["discloser"], doc.discloser, "discloser"),
                                (t["information"], doc.information, "information"),
                                (t["recipients"], "\n".join(doc.recipients), "recipients"),
                                (t["purpose"], doc.purpose, "purpose"),
                                (t["expires"], doc.expires, "expiry")):
        story += [para(label, s["heading"]), para(value, key, field)]
    story.append(Spacer(1, 8))
    if doc.consent_type == CJ:
        when = doc.cj_revocable_after
        shown = dates.day(when, doc.language) if isinstance(when, date) else str(when)
        revoke = t["cj_revoke"].format(date=shown) if isinstance(when, date) else \
            t["cj_revoke_event"].format(event=shown)
        story += [para(revoke, key), para(t["cj_reliance"], key),
                  para(t["cj_scope"], key), para(t["cj_use"], key)]
    else:
        story.append(para(t["revoke"], key))
    if doc.consent_type == TPO:
        story.append(para(t["tpo_redisclose_hipaa"], key))
    story.append(para(t["redisclosure" if part2 else "redisclosure_hipaa"], key))
    if doc.consent_type != CJ:
        # Not for §2.35: entering the diversion may depend on this consent, so the
        # "nothing depends on signing" statement would be untrue there.
        story.append(para(t["refusal"], key))
    story.append(Spacer(1, 20))
    label = s["small"]
    signatures = Table([[para(t["signature"], label), para(t["date"], label)], ["", ""]],
                       colWidths=[4.6 * 72, 2.4 * 72], rowHeights=[None, 32])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 1), (-1, 1), 0.75, "black")]))
    story += [signatures, Spacer(1, 8), para(t["copy"], s["small"])]
    if not part2:  # the program's records are Part 2 records: the notice goes with them
        story.append(para(t["part2_content"], s["small"]))
    story.append(para(redisclosure_notice(stamp.notice), s["small"]))
    confidential = t["confidential"]
    page_stamp = Stamp(**{**stamp.__dict__, "person": doc.person_name,
                          "language": doc.language, "confidential": confidential})
    return render(story, page_stamp, title)
