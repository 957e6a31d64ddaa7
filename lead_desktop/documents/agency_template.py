"""Agency templates (documents.md, layout rules): a department's own fillable PDF (its
court's official form) with a field map, checked when registered, then filled, flattened
and given an addendum for text that does not fit.

Filling draws each value into its field's rectangle on an overlay page and removes the
form fields, so the result is flat and looks the same in every viewer and printer;
checkboxes are written as text ("X"), never as widget states a viewer may not draw.
"""

from __future__ import annotations

import io
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.addendum import Addendum
from lead_desktop.documents.bidi_paragraph import paragraph
from lead_desktop.documents.page import Stamp, line_style, render_plain, stamp_pages
from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message

FIELD_TYPES = ("text", "date", "checkbox")
MIN_SIZE = 6.0   # points: smaller than this a clerk cannot read it; the text goes to the addendum
LABELS = {
    "tracking_number": "Tracking number", "incident_number": "Incident number",
    "obtn": "OBTN", "court.name": "Court", "court.division": "Division",
    "accused.name": "Name of the accused", "accused.last_name": "Last name of the accused",
    "accused.first_name": "First name of the accused",
    "accused.dob": "Date of birth of the accused", "accused.address": "Address of the accused",
    "accused.sex": "Sex of the accused", "accused.aliases": "Aliases of the accused",
    "offence.date": "Offense date", "offence.place": "Offense place",
    "offence.substance": "Substance", "offense.date": "Offense date",
    "offense.place": "Offense place", "offense.substance": "Substance",
    "officer.name": "Complainant officer",
    "officer.badge": "Badge number", "agency.name": "Police department",
    "appearance.date": "Appearance date", "appearance.time": "Appearance time",
    "statement_of_facts": "Statement of facts", "program.name": "Program",
}


class TemplateError(InvalidInput):
    """The template or its field map cannot be used; nothing was registered or printed."""


@dataclass(frozen=True)
class MappedField:
    key: str              # our data key, e.g. "accused.last_name"
    pdf_field: str        # the field's name in the PDF
    type: str = "text"
    max_length: int | None = None
    overflow: str = "addendum"   # where text longer than max_length goes
    label: str = ""              # how the addendum names the field (default: LABELS)


@dataclass(frozen=True)
class AgencyTemplate:
    name: str
    version: int
    pdf: bytes
    fields: tuple[MappedField, ...]

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"


def _widgets(pdf: bytes) -> dict[str, tuple[int, list[float]]]:
    """Each form field's page index and rectangle."""
    found = {}
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            name = widget.get("/T") or (widget.get("/Parent") or {}).get("/T")
            if widget.get("/Subtype") == "/Widget" and name:
                found[str(name)] = (index, [float(v) for v in widget["/Rect"]])
    return found


def load(pdf_path: Path, map_path: Path, data_keys: frozenset[str] | None = None
         ) -> AgencyTemplate:
    """Read and check a template and its field map (TOML: name, version, [[field]])."""
    try:
        pdf, spec = pdf_path.read_bytes(), map_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(_said(QT_TRANSLATE_NOOP(
            "Documents", "The template cannot be read: {reason}"), reason=exc)) from exc
    return parse(pdf, spec, data_keys, source=map_path.name)


def parse(pdf: bytes, field_map: str, data_keys: frozenset[str] | None = None,
          source: str = "field map") -> AgencyTemplate:
    """A template from its PDF and the TOML of its field map, checked (see `validate`)."""
    try:
        spec = tomllib.loads(field_map)
        fields = tuple(MappedField(**entry) for entry in spec.get("field", []))
        template = AgencyTemplate(str(spec["name"]), int(spec["version"]), pdf, fields)
    except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(_said(QT_TRANSLATE_NOOP(
            "Documents", "The field map {source} cannot be read: {reason}"),
            source=source, reason=exc)) from exc
    problems = validate(template, data_keys)
    if problems:
        raise TemplateError(_said(QT_TRANSLATE_NOOP(
            "Documents", "The template {template} cannot be used: {problems}"),
            template=template.label, problems=Listed(tuple(problems), separator="; ")))
    return template


def validate(template: AgencyTemplate, data_keys: frozenset[str] | None = None,
             ) -> list[Message]:
    """Everything wrong with the template and its map, in words an administrator can act on.
    `data_keys`, when given, are the keys the program can fill for this kind of document.
    The map's keys and types stay as written: the administrator finds them in the file."""
    try:
        widgets = _widgets(template.pdf)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a usable PDF"
        return [_said(QT_TRANSLATE_NOOP("Documents", "the PDF cannot be read ({reason})"),
                      reason=exc)]
    problems = []
    if not widgets:
        problems.append(_said(QT_TRANSLATE_NOOP("Documents", "the PDF has no fillable fields")))
    for field in template.fields:
        key = field.key
        if field.pdf_field not in widgets:
            problems.append(_said(QT_TRANSLATE_NOOP(
                "Documents", "{key}: the PDF has no field named {name}"),
                key=key, name=repr(field.pdf_field)))
        if field.type not in FIELD_TYPES:
            problems.append(_said(QT_TRANSLATE_NOOP(
                "Documents", "{key}: type {type} is not one of {types}"),
                key=key, type=repr(field.type), types=Listed(FIELD_TYPES)))
        if field.max_length is not None and field.max_length < 1:
            problems.append(_said(QT_TRANSLATE_NOOP(
                "Documents", "{key}: max_length must be at least 1"), key=key))
        if data_keys is not None and key not in data_keys:
            problems.append(_said(QT_TRANSLATE_NOOP(
                "Documents", "{key}: not something the program can fill (one of: {keys})"),
                key=key, keys=Listed(tuple(sorted(data_keys)))))
        if field.overflow != "addendum":
            problems.append(_said(QT_TRANSLATE_NOOP(
                "Documents", "{key}: overflow can only go to the addendum"), key=key))
    keys = [field.key for field in template.fields]
    problems += [_said(QT_TRANSLATE_NOOP("Documents", "{key}: mapped twice"), key=key)
                 for key in sorted({k for k in keys if keys.count(k) > 1})]
    return problems


def _said(text: str, **values: object) -> Message:
    return message("Documents", text, **values)


def _value_text(field: MappedField, value: object) -> str:
    if field.type == "checkbox":
        return "X" if value else ""
    if field.type == "date" and value:
        return dates.day(value) if hasattr(value, "year") else str(value)
    return "" if value is None else str(value)


def label_of(field: MappedField) -> str:
    """How the addendum names a field: the map's label, else the program's words for the
    key ("Address of the accused", never "accused.address")."""
    if field.label:
        return field.label
    if field.key in LABELS:
        return LABELS[field.key]
    count = re.fullmatch(r"counts\.(\d+)\.(code|description)", field.key)
    if count:
        return f"Count {count[1]} " + ("statute" if count[2] == "code" else "charging language")
    return field.key.replace("_", " ").replace(".", " ").capitalize()


def _fit(text: str, rect: list[float]) -> Paragraph | None:
    """`text` in the field's rectangle: the largest size from 10 pt down to MIN_SIZE at
    which it fits, wrapped when the field is tall enough; None when it cannot fit."""
    x1, y1, x2, y2 = rect
    width, height = (x2 - x1) - 4, (y2 - y1) - 2
    size = min(10.0, max(MIN_SIZE, height - 4))
    while size >= MIN_SIZE:
        style = line_style(size)
        laid_out = paragraph(text, style)
        _, used_height = laid_out.wrap(width, 10_000)
        if used_height <= max(height, style.leading) + 0.01:
            return laid_out
        size -= 0.5
    return None


def fill(template: AgencyTemplate, data: dict[str, object], stamp: Stamp) -> bytes:
    """The filled, flattened form, each value fitted to its field by measuring it; what
    does not fit (or is longer than the map's max_length) goes to addendum pages under the
    field's label; every page carries the footer and "Page X of Y" over all pages."""
    return stamp_pages(filled_parts(template, data, stamp.language), stamp)


def filled_parts(template: AgencyTemplate, data: dict[str, object], language: str = "en"
                 ) -> list[bytes]:
    """The filled form's pages and its addendum pages, not yet stamped (a packet numbers
    them with its own pages)."""
    fonts.register()
    widgets = _widgets(template.pdf)
    addendum = Addendum(language)
    per_page: dict[int, list[tuple[MappedField, list[float], str]]] = {}
    for field in template.fields:
        text = " ".join(_value_text(field, data.get(field.key)).split())
        fonts.check(text, label_of(field))
        page_index, rect = widgets[field.pdf_field]
        if field.type == "text" and text and (
                (field.max_length is not None and len(text) > field.max_length)
                or _fit(text, rect) is None):
            text = addendum.fit(text, 0, label_of(field))
        per_page.setdefault(page_index, []).append((field, rect, text))
    return _filled(template, per_page, addendum)


def _filled(template: AgencyTemplate, per_page, addendum: Addendum) -> list[bytes]:
    writer = PdfWriter(clone_from=io.BytesIO(template.pdf))
    for index, page in enumerate(writer.pages):
        if index in per_page:
            page.merge_page(_overlay(page, per_page[index]))
        if "/Annots" in page:
            del page[NameObject("/Annots")]   # flattened: no fields left to edit
    if "/AcroForm" in writer._root_object:
        del writer._root_object[NameObject("/AcroForm")]
    buffer = io.BytesIO()
    writer.write(buffer)
    parts = [buffer.getvalue()]
    extra = addendum.story()
    if extra:  # our own pages, numbered with the form's (minus the page break)
        parts.append(render_plain(extra[1:], "Addendum"))
    return parts


def _overlay(page, values: list[tuple[MappedField, list[float], str]]):
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.REGULAR)
    for field, (x1, y1, x2, y2), text in values:
        if field.type == "checkbox":
            # the box itself, drawn: a flattened checkbox keeps its border in every viewer
            side = min(x2 - x1, y2 - y1)
            canvas.setLineWidth(0.75)
            canvas.rect(x1, y1, side, side)
            if text:
                canvas.setFont(fonts.BOLD, side * 0.8)
                canvas.drawCentredString(x1 + side / 2, y1 + side * 0.2, "X")
            continue
        if not text:
            continue
        laid_out = _fit(text, [x1, y1, x2, y2]) or paragraph(text, line_style(MIN_SIZE))
        _, used = laid_out.wrap((x2 - x1) - 4, 10_000)
        top = y2 - max(0.0, ((y2 - y1) - used) / 2)
        laid_out.drawOn(canvas, x1 + 2, top - used)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
