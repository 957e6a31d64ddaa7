"""The generic summons / notice to appear (documents.md §1). Police-facing: it never
carries treatment information, only that the person was referred and did not complete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.graphics.barcode import code128
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from lead_desktop.documents import fonts
from lead_desktop.documents.page import BLANK, Stamp, birth_date, para, render, styles
from lead_desktop.documents.required import require

TEMPLATE = "summons-generic v1"
FAILURE_TO_APPEAR = ("If you do not appear, a warrant may be issued for your arrest and you may "
                     "be charged with failure to appear.")
INSTRUCTIONS = ("Bring this notice and a photo ID. Arrive 30 minutes early. If you need an "
                "interpreter or an accommodation, call the court clerk before the date.")


@dataclass(frozen=True)
class Charge:
    code: str
    description: str
    level: str = ""  # felony | misdemeanor


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
    offence_date: date | None
    offence_place: str
    court_name: str
    court_address: str
    officer_name: str
    officer_badge: str
    aliases: tuple[str, ...] = ()
    sex: str = ""
    description: str = ""
    address: str = ""
    identification: str = ""
    offence_time: str = ""
    appearance_date: date | None = None
    appearance_time: str = ""
    program_name: str = ""
    extra: dict = field(default_factory=dict)
    dob_estimated: bool = False


REQUIRED = ("tracking_number", "agency_name", "last_name", "first_name", "dob", "charges",
            "offence_date", "court_name", "officer_name", "officer_badge")


class TrackingBarcode(Flowable):
    """The tracking number as a Code 128 barcode (clerks scan it at the counter)."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.code = code128.Code128(value, barHeight=36, barWidth=1.2, humanReadable=False)
        self.width, self.height = self.code.width, self.code.height

    def draw(self) -> None:
        self.code.drawOn(self.canv, 0, 0)


def build(data: SummonsData, stamp: Stamp) -> bytes:
    require("summons", {name.replace("_", " "): getattr(data, name) for name in REQUIRED})
    s = styles()
    fonts.check(data.tracking_number, "tracking number")
    header = Table([[para(f"{data.agency_name}\n{data.agency_address}", s["body"], "agency"),
                     [TrackingBarcode(data.tracking_number),
                      para(data.tracking_number, s["small"], "tracking number")]]],
                   colWidths=[3.4 * 72, 3.6 * 72])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    charges = [["Code", "Description", "Level"]] + [
        [para(c.code, s["small"], "charge"), para(c.description, s["small"], "charge"),
         para(c.level, s["small"])] for c in data.charges]
    charge_table = Table(charges, colWidths=[1.3 * 72, 4.5 * 72, 1.2 * 72], repeatRows=1)
    charge_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, 9), ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    when = (f"{data.appearance_date:%A, %B %d, %Y} at {data.appearance_time or BLANK}"
            if data.appearance_date else "The court will notify you of the date by mail.")
    person = f"{data.last_name}, {data.first_name}"
    story = [
        para("SUMMONS / NOTICE TO APPEAR", s["title"]),
        header,
        para(f"Incident number: {data.incident_number}", s["body"], "incident number"),
        para("Defendant", s["heading"]),
        para(f"Name: {person}", s["body"], "name"),
        para(f"Also known as: {', '.join(data.aliases)}" if data.aliases else
             f"Also known as: {BLANK}", s["body"], "aliases"),
        para(f"Date of birth: {birth_date(data.dob, data.dob_estimated)}    "
             f"Sex: {data.sex or BLANK}", s["body"]),
        para(f"Description: {data.description or BLANK}", s["body"], "description"),
        para(f"Address: {data.address or BLANK}", s["body"], "address"),
        para(f"Identification: {data.identification or BLANK}", s["body"], "identification"),
        para("Charges", s["heading"]), charge_table,
        para(f"Offence: {data.offence_date.isoformat()} {data.offence_time} at "
             f"{data.offence_place or BLANK}", s["body"], "offence place"),
        para("You must appear", s["heading"]),
        para(f"{data.court_name}\n{data.court_address}", s["body"], "court"),
        para(when, s["body"]),
        para(INSTRUCTIONS, s["body"]),
        para(FAILURE_TO_APPEAR, s["body"]),
    ]
    if data.program_name:
        story.append(para(f"Referred from {data.program_name} – did not complete.", s["small"],
                          "program"))
    signatures = Table([["Officer (name, badge)", "Signature", "Date"],
                        [f"{data.officer_name}, #{data.officer_badge}", "", ""],
                        ["I promise to appear (defendant)", "Signature", "Date"],
                        ["", "", ""]], colWidths=[3 * 72, 2.6 * 72, 1.4 * 72],
                       rowHeights=[14, 28, 14, 28])
    signatures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("LINEBELOW", (0, 1), (-1, 1), 0.75, "black"),
        ("LINEBELOW", (0, 3), (-1, 3), 0.75, "black")]))
    fonts.check(data.officer_name, "officer")
    story += [Spacer(1, 18), signatures]
    return render(story, Stamp(**{**stamp.__dict__, "person": person}), "Summons")
