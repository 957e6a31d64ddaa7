"""The generic summons / notice to appear (documents.md §1), in English or Spanish. Police-
facing: it never carries treatment information, only that the person was referred and did
not complete. One number per summons: the tracking number is the document number, in the
barcode (large on page 1, small on every later page) and in every page's footer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.addendum import Addendum
from lead_desktop.documents.barcode import TrackingBarcode
from lead_desktop.documents.offense_codes import level_label, lookup
from lead_desktop.documents.page import BLANK, Stamp, para, render, styles
from lead_desktop.documents.required import require
from lead_desktop.documents.wording import load

TEMPLATE = "summons-generic v2"
LANGUAGES = ("en", "es")
CELL_ROOM = 400    # characters of a charge's description before it goes to the addendum
LINE_ROOM = 300    # characters of a one-line field (description, address, place)

__all__ = ["Charge", "SummonsData", "TrackingBarcode", "build"]


@dataclass(frozen=True)
class Charge:
    code: str
    description: str
    level: str = ""  # felony | misdemeanor; empty: taken from the offense-code list
    statute: str = ""  # the program's own code list, kept with the referral


@dataclass(frozen=True)
class SummonsData:
    tracking_number: str
    agency_name: str
    agency_address: str
    incident_number: str
    last_name: str
    first_name: str
    dob: date | None
    charges: tuple[Charge, ...]
    offense_at: datetime | date | None   # local time of the program (a date if no time)
    offense_place: str
    court_name: str
    court_address: str
    officer_name: str
    officer_badge: str
    aliases: tuple[str, ...] = ()        # full names: "Pepe Rivera"
    sex: str = ""
    description: str = ""
    address: str = ""
    identification: str = ""
    appearance_date: date | None = None
    appearance_time: str = ""
    program_name: str = ""
    language: str = "en"
    extra: dict = field(default_factory=dict)
    dob_estimated: bool = False


REQUIRED = ("tracking_number", "agency_name", "last_name", "first_name", "dob", "charges",
            "offense_at", "court_name", "officer_name", "officer_badge")


def wording(language: str) -> dict:
    return load("summons_text.toml")[language if language in LANGUAGES else "en"]


def _offense_line(data: SummonsData, t: dict, language: str, place: str) -> str:
    when = data.offense_at
    if isinstance(when, datetime):
        return t["offense"].format(date=dates.day(when, language),
                                   time=dates.clock(when, language), place=place)
    return t["offense_no_time"].format(date=dates.day(when, language), place=place)


def _charges(data: SummonsData, t: dict, language: str, addendum: Addendum) -> Table:
    s = styles()
    rows = [[para(column, s["small"]) for column in t["charge_columns"]]]
    for number, charge in enumerate(data.charges, start=1):
        listed = lookup(charge.code, charge.description, language, charge.statute)
        level = level_label(charge.level or listed.level, language)
        text = addendum.fit(listed.description, CELL_ROOM,
                            f"{t['charge_columns'][1]} ({number})")
        rows.append([para(listed.citation, s["small"], "charge"),
                     para(text, s["small"], "charge"), para(level, s["small"])])
    table = Table(rows, colWidths=[1.5 * 72, 4.3 * 72, 1.2 * 72], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _lines(rows: list[list], widths: list[float], heights: list) -> Table:
    table = Table(rows, colWidths=[w * 72 for w in widths], rowHeights=heights)
    underlined = [row for row in range(1, len(rows), 2)]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("LINEBELOW", (0, r), (-1, r), 0.75, "black")
                                 for r in underlined]))
    return table


def _signatures(data: SummonsData, t: dict) -> list:
    s = styles()
    small = s["small"]
    officer = f"{data.officer_name}, #{data.officer_badge}"
    signed = _lines([[para(t["officer"], small), para(t["signature"], small),
                      para(t["date"], small)],
                     [para(officer, small, "officer"), "", ""],
                     [para(t["promise"], small), para(t["signature"], small),
                      para(t["date"], small)], ["", "", ""]],
                    [3, 2.6, 1.4], [None, 28, None, 28])
    served = _lines([[para(label, small) for label in t["service_rows"]], ["", "", ""]],
                    [3, 2.2, 1.8], [None, 26])
    return [Spacer(1, 10), signed,
            KeepTogether([para(t["service_heading"], s["heading"]),
                          para(t["service_text"], s["body"]),
                          para("    ".join(t["service_ways"]), s["body"]), served])]


def build(data: SummonsData, stamp: Stamp) -> bytes:
    require("summons", {name.replace("_", " "): getattr(data, name) for name in REQUIRED})
    language = data.language if data.language in LANGUAGES else "en"
    t, s = wording(language), styles()
    addendum = Addendum(language)
    fonts.check(data.tracking_number, "tracking number")
    header = Table([[para(f"{data.agency_name}\n{data.agency_address}", s["body"], "agency"),
                     [TrackingBarcode(data.tracking_number),
                      para(t["tracking"].format(value=data.tracking_number), s["small"],
                           "tracking number")]]],
                   colWidths=[3.4 * 72, 3.6 * 72])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    labels = t["labels"]
    fit = {name: addendum.fit(getattr(data, name), LINE_ROOM, labels[name]) or BLANK
           for name in ("description", "address", "identification", "offense_place")}
    aliases = addendum.fit("; ".join(data.aliases), LINE_ROOM, labels["aliases"]) or BLANK
    when = (t["appearance"].format(day=dates.long_day(data.appearance_date, language),
                                   time=data.appearance_time or BLANK)
            if data.appearance_date else t["court_will_notify"])
    person = f"{data.last_name}, {data.first_name}"
    story = [
        para(t["title"], s["title"]),
        header,
        para(t["incident"].format(value=data.incident_number or BLANK), s["body"],
             "incident number"),
        para(t["defendant"], s["heading"]),
        para(t["name"].format(value=person), s["body"], "name"),
        para(t["aliases"].format(value=aliases), s["body"], "aliases"),
        para(t["born"].format(dob=dates.birth_day(data.dob, data.dob_estimated, language), sex=data.sex or BLANK),
             s["body"]),
        para(t["description"].format(value=fit["description"]), s["body"], "description"),
        para(t["address"].format(value=fit["address"]), s["body"], "address"),
        para(t["identification"].format(value=fit["identification"]), s["body"],
             "identification"),
        para(t["charges"], s["heading"]), _charges(data, t, language, addendum),
        para(_offense_line(data, t, language, fit["offense_place"]), s["body"],
             "offense place"),
        para(t["appear"], s["heading"]),
        para(f"{data.court_name}\n{data.court_address or BLANK}", s["body"], "court"),
        para(when, s["body"]),
        para(t["instructions"], s["body"]),
        para(t["failure_to_appear"], s["body"]),
    ]
    if data.program_name:
        story.append(para(t["program"].format(program=data.program_name), s["small"],
                          "program"))
    story += _signatures(data, t) + addendum.story()
    page_stamp = Stamp(**{**stamp.__dict__, "person": person, "barcode": True,
                          "document_id": data.tracking_number, "language": language})
    return render(story, page_stamp, t["title"])
