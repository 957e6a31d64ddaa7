"""Agency templates (documents.md, layout rules): a department's own fillable PDF (its
court's official form) with a field map, checked when registered, then filled, flattened
and given an addendum for text that does not fit.

Filling draws each value into its field's rectangle on an overlay page and removes the
form fields, so the result is flat and looks the same in every viewer and printer;
checkboxes are written as text ("X"), never as widget states a viewer may not draw.
"""

from __future__ import annotations

import io
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen.canvas import Canvas

from lead_desktop.documents import fonts
from lead_desktop.documents.addendum import Addendum
from lead_desktop.documents.page import Stamp, render
from lead_desktop.errors import InvalidInput

FIELD_TYPES = ("text", "date", "checkbox")


class TemplateError(InvalidInput):
    """The template or its field map cannot be used; nothing was registered or printed."""


@dataclass(frozen=True)
class MappedField:
    key: str              # our data key, e.g. "accused.last_name"
    pdf_field: str        # the field's name in the PDF
    type: str = "text"
    max_length: int | None = None
    overflow: str = "addendum"   # where text longer than max_length goes


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
        raise TemplateError(f"The template cannot be read: {exc}") from exc
    return parse(pdf, spec, data_keys, source=map_path.name)


def parse(pdf: bytes, field_map: str, data_keys: frozenset[str] | None = None,
          source: str = "field map") -> AgencyTemplate:
    """A template from its PDF and the TOML of its field map, checked (see `validate`)."""
    try:
        spec = tomllib.loads(field_map)
        fields = tuple(MappedField(**entry) for entry in spec.get("field", []))
        template = AgencyTemplate(str(spec["name"]), int(spec["version"]), pdf, fields)
    except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"The field map {source} cannot be read: {exc}") from exc
    problems = validate(template, data_keys)
    if problems:
        raise TemplateError(f"The template {template.label} cannot be used: "
                            + "; ".join(problems))
    return template


def validate(template: AgencyTemplate, data_keys: frozenset[str] | None = None) -> list[str]:
    """Everything wrong with the template and its map, in words an administrator can act on.
    `data_keys`, when given, are the keys the program can fill for this kind of document."""
    try:
        widgets = _widgets(template.pdf)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a usable PDF"
        return [f"the PDF cannot be read ({exc})"]
    problems = []
    if not widgets:
        problems.append("the PDF has no fillable fields")
    for field in template.fields:
        if field.pdf_field not in widgets:
            problems.append(f"{field.key}: the PDF has no field named {field.pdf_field!r}")
        if field.type not in FIELD_TYPES:
            problems.append(f"{field.key}: type {field.type!r} is not one of "
                            f"{', '.join(FIELD_TYPES)}")
        if field.max_length is not None and field.max_length < 1:
            problems.append(f"{field.key}: max_length must be at least 1")
        if data_keys is not None and field.key not in data_keys:
            problems.append(f"{field.key}: not something the program can fill "
                            f"(one of: {', '.join(sorted(data_keys))})")
        if field.overflow != "addendum":
            problems.append(f"{field.key}: overflow can only go to the addendum")
    keys = [field.key for field in template.fields]
    problems += [f"{key}: mapped twice" for key in sorted({k for k in keys if keys.count(k) > 1})]
    return problems


def _value_text(field: MappedField, value: object) -> str:
    if field.type == "checkbox":
        return "X" if value else ""
    if field.type == "date" and value:
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "" if value is None else str(value)


def fill(template: AgencyTemplate, data: dict[str, object], stamp: Stamp) -> bytes:
    """The filled, flattened form, with addendum pages for what did not fit."""
    fonts.register()
    widgets = _widgets(template.pdf)
    addendum = Addendum("en")
    per_page: dict[int, list[tuple[list[float], str]]] = {}
    for field in template.fields:
        text = _value_text(field, data.get(field.key))
        fonts.check(text, field.key)
        if field.max_length is not None:
            text = addendum.fit(text, field.max_length, field.key)
        page_index, rect = widgets[field.pdf_field]
        per_page.setdefault(page_index, []).append((rect, " ".join(text.split())))
    writer = PdfWriter(clone_from=io.BytesIO(template.pdf))
    for index, page in enumerate(writer.pages):
        if index in per_page:
            page.merge_page(_overlay(page, per_page[index]))
        if "/Annots" in page:
            del page[NameObject("/Annots")]   # flattened: no fields left to edit
    extra = addendum.story()
    if extra:  # our own pages, numbered and stamped like every document (minus the break)
        writer.append(PdfReader(io.BytesIO(render(extra[1:], stamp, "Addendum"))))
    if "/AcroForm" in writer._root_object:
        del writer._root_object[NameObject("/AcroForm")]
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _overlay(page, values: list[tuple[list[float], str]]):
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.REGULAR)
    for (x1, y1, x2, y2), text in values:
        size = min(10.0, max(6.0, (y2 - y1) - 4))
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(x1 + 2, y1 + ((y2 - y1) - size) / 2 + 1, text)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
