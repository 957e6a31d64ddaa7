"""The Massachusetts complaint packet (documents.md §2). Massachusetts police do not issue
summonses: they apply to the District Court clerk for a criminal complaint, asking for
process by summons. One print job, each part starting on a new page:

the clerk's packet, numbered as one document (the tracking number, barcode on every page):
1. the clerk's cover sheet (checklist, tracking barcode, which form the application is on);
2. the application for a criminal complaint: the agency's official form when one is
   registered (agency template), else the built-in layout marked "Program copy – not an
   official court form";
3. the statement of facts, or "See attached report", and the addendum;
then, as a document of its own that is not filed with the clerk:
4. the notice of program non-completion to the District Attorney, copy to the participant:
   no clinical or attendance detail unless a §2.35 consent covers it (then with the §2.32
   notice, and the print is logged as a disclosure). The DA's notice is in English; when
   the participant prefers another language the program prints (Spanish), the
   participant's copy follows it on a page of its own in that language, as every
   participant-facing letter does (documents.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts, names
from lead_desktop.documents.addendum import Addendum
from lead_desktop.documents.barcode import TrackingBarcode
from lead_desktop.documents.bundle import bundle
from lead_desktop.documents.choices import in_language
from lead_desktop.documents.consent import redisclosure_notice
from lead_desktop.documents.page import (
    BLANK,
    Stamp,
    para,
    render_plain,
    signature_block,
    stamp_pages,
    styles,
)
from lead_desktop.documents.reasons import wording
from lead_desktop.documents.required import require
from lead_desktop.documents.wording import load

TEMPLATE = "ma complaint packet v1"
PROGRAM_COPY = "Program copy – not an official court form"
CONFIDENTIAL = "CONFIDENTIAL – 42 CFR Part 2"
OFFICIAL_FORM = "The application is on the agency's registered official form."
BUILT_IN_FORM = ("No official form is registered: the application below is the program's "
                 "built-in layout (lead-admin templates add registers the court's form).")
CHECKLIST = ("Application for criminal complaint (process requested: summons)",
             "Statement of facts or police report attached",
             "Notice of program non-completion to the District Attorney",
             "Copy of the notice sent to the participant",
             "Offense codes and charging language checked against the current table")
CELL_ROOM = 300  # characters a table cell holds before the text goes to the addendum
LANGUAGES = ("en", "es")  # the participant's copy of the notice prints in these


@dataclass(frozen=True)
class Count:
    statute: str              # e.g. "G.L. c.94C §34"
    charging_language: str


@dataclass(frozen=True)
class Accused:
    last_name: str
    first_name: str
    dob: date | None
    address: str = ""
    gender: str = ""
    race: str = ""
    height: str = ""
    weight: str = ""
    hair: str = ""
    eyes: str = ""
    aliases: tuple[str, ...] = ()
    dob_estimated: bool = False


@dataclass(frozen=True)
class NonCompletion:
    program_name: str
    referral_date: date | None
    reason: str                       # a reason code (documents/reasons.py) or words
    reason_dates: str = ""            # e.g. "intake due 2026-04-01"
    da_reviewer: str = ""
    decision_date: date | None = None
    ended_state: str = ""             # the step that ended the program, and its day: the
    ended_on: date | None = None      # participant's copy words them in its language


@dataclass(frozen=True)
class MaPacket:
    tracking_number: str
    court: str
    division: str
    accused: Accused
    offense_date: date | None
    offense_place: str
    substance: str
    counts: tuple[Count, ...]
    complainant: str                  # officer, badge
    department: str
    incident_number: str
    non_completion: NonCompletion
    obtn: str = ""
    statement_of_facts: str = ""
    cj_consent_scope: str = ""        # a §2.35 consent in force lets the notice say more
    participant_language: str = "en"  # the participant's preferred language


def _grid(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=[w * 72 for w in widths])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _cover(p: MaPacket, stamp: Stamp, official: bool = False) -> list:
    s = styles()
    accused = f"{p.accused.last_name}, {p.accused.first_name}"
    story = [para("Clerk cover sheet – application for criminal complaint", s["title"]),
             TrackingBarcode(p.tracking_number), para(p.tracking_number, s["small"]),
             para(f"{p.court} – {p.division or BLANK}", s["heading"], "court"),
             para(f"Accused: {accused}", s["body"], "name"),
             para(f"Incident number: {p.incident_number or BLANK}    OBTN: {p.obtn or BLANK}",
                  s["body"], "incident"),
             para("Checklist", s["heading"])]
    story += [para(f"☐  {item}", s["body"]) for item in CHECKLIST]
    story.append(para(OFFICIAL_FORM if official else BUILT_IN_FORM, s["body"]))
    return story


def _application(p: MaPacket, addendum: Addendum) -> list:
    s, a = styles(), p.accused
    person = [["Name", f"{a.last_name}, {a.first_name}"],
              ["Date of birth", dates.birth_day(a.dob, a.dob_estimated)],
              ["Address", addendum.fit(a.address, CELL_ROOM, "Address of the accused") or BLANK],
              ["Gender / race", f"{a.gender or BLANK} / {a.race or BLANK}"],
              ["Height / weight", f"{a.height or BLANK} / {a.weight or BLANK}"],
              ["Hair / eyes", f"{a.hair or BLANK} / {a.eyes or BLANK}"],
              ["Also known as", ", ".join(a.aliases) or BLANK],
              ["Arrested", "No"], ["Process requested", "Summons"]]
    counts = [["Count", "Statute", "Charging language"]] + [
        [str(n), para(c.statute, s["small"], "statute"),
         para(addendum.fit(c.charging_language, CELL_ROOM, f"Count {n} charging language"),
              s["small"], "charging language")]
        for n, c in enumerate(p.counts, start=1)]
    return [para("Application for criminal complaint", s["title"]),
            para(PROGRAM_COPY, s["heading"]),
            para(f"{p.court} – {p.division or BLANK}", s["body"], "court"),
            _grid([[label, para(value, s["small"], label)] for label, value in person],
                  [1.6, 5.4]),
            para("Offense", s["heading"]),
            para(f"Date: {dates.day(p.offense_date, blank=BLANK)}    "
                 f"Place: {p.offense_place or BLANK}    Substance: {p.substance or BLANK}",
                 s["body"], "offense"),
            Spacer(1, 4), _grid(counts, [0.6, 1.6, 4.8]),
            para("Complainant", s["heading"]),
            para(f"{p.complainant}, {p.department}", s["body"], "complainant"),
            Spacer(1, 12), signature_block(["Complainant's signature"], "Date", s["small"])]


def _statement(p: MaPacket) -> list:
    s = styles()
    body = p.statement_of_facts.strip() or "See attached report."
    return [para("Statement of facts", s["title"]), para(body, s["body"], "statement of facts")]


def _notice_text(language: str) -> dict:
    texts = load("letters_text.toml")["noncompletion"]
    return texts.get(language, texts["en"])


def _notice(p: MaPacket, stamp: Stamp, language: str = "en") -> list:
    s, n, t = styles(), p.non_completion, _notice_text(language)
    f = load("letters_text.toml")["facts"][language]
    accused = names.first_last(p.accused.first_name, p.accused.last_name, language)
    reason = wording(n.reason, language)
    when = n.reason_dates
    if language != "en" and n.ended_state:  # "Lost contact ... 03/02/2026" in its words
        when = f"{wording(n.ended_state, language)}, {dates.day(n.ended_on, language, BLANK)}"
    story = [para(n.program_name, s["heading"]),
             para(t["title"], s["title"]),
             para(t["to"], s["body"]),
             _grid([[f["name"], para(accused, s["small"], "name")],
                    [f["dob"], dates.birth_day(p.accused.dob, p.accused.dob_estimated,
                                               language)],
                    [f["referral"], dates.day(n.referral_date, language, BLANK)],
                    [f["incident"], p.incident_number or BLANK],
                    [f["program"], para(n.program_name, s["small"], "program")],
                    [t["reason"], para(reason, s["small"], "reason")],
                    [t["dates"], para(when or BLANK, s["small"], "dates")],
                    [para(t["reviewer"], s["small"]),
                     para(f"{n.da_reviewer or BLANK}, "
                          f"{dates.day(n.decision_date, language, BLANK)}",
                          s["small"], "reviewer")]], [1.9, 5.1])]
    if p.cj_consent_scope:
        scope = in_language(p.cj_consent_scope, language)
        story += [para(t["scope"].format(scope=scope), s["body"], "scope"),
                  para(redisclosure_notice(stamp.notice), s["small"])]
    else:
        story.append(para(t["nothing"], s["small"]))
    story += [Spacer(1, 12), signature_block([t["signature"]], t["date"], s["small"])]
    return story


def build(p: MaPacket, stamp: Stamp, application: list[bytes] | None = None) -> bytes:
    """The clerk's packet (cover sheet, application, statement of facts, addendum) and,
    after it as a document of its own, the notice to the District Attorney: the clerk files
    the packet, the notice goes to the DA and the participant. `application` is the
    agency's official form, filled (agency_template.filled_parts); without one the
    built-in layout prints, marked as the program's copy."""
    require("Massachusetts complaint packet", {
        "tracking number": p.tracking_number, "court": p.court,
        "accused's name": p.accused.last_name, "date of birth": p.accused.dob,
        "offense date": p.offense_date, "counts": p.counts, "complainant": p.complainant,
        "program": p.non_completion.program_name, "reason": p.non_completion.reason})
    fonts.check(p.tracking_number, "tracking number")
    addendum = Addendum("en")
    title = "Application for criminal complaint"
    parts = [render_plain(_cover(p, stamp, official=application is not None), title)]
    parts += application or [render_plain(_application(p, addendum), title)]
    parts.append(render_plain(_statement(p) + addendum.story(), title))
    person = f"{p.accused.last_name}, {p.accused.first_name}"
    packet = stamp_pages(parts, Stamp(**{**stamp.__dict__, "person": person, "barcode": True,
                                         "document_id": p.tracking_number}))
    notice = stamp_pages([render_plain(_notice(p, stamp), "Notice of program non-completion")],
                         Stamp(**{**stamp.__dict__, "person": person,
                                  "document_id": f"{p.tracking_number}-N",
                                  # under a §2.35 consent it reports program information
                                  "confidential": CONFIDENTIAL if p.cj_consent_scope else ""}))
    documents = [packet, notice]
    language = p.participant_language
    if language != "en" and language in LANGUAGES:  # the participant's copy, in their words
        title = _notice_text(language)["title"]
        # its page furniture (footer, dates, the confidentiality line) in the same language;
        # the §2.32 notice stays verbatim English, as on every Part 2 paper
        confidential = load("consent_text.toml")[language]["confidential"]
        documents.append(stamp_pages(
            [render_plain(_notice(p, stamp, language), title)],
            Stamp(**{**stamp.__dict__, "person": person, "language": language,
                     "document_id": f"{p.tracking_number}-P",
                     "confidential": confidential if p.cj_consent_scope else ""})))
    return bundle(documents, two_sided=False)
