"""What an import can fill, and which column of the file fills it (the mapping).

A mapping is {field: header}. It is remembered per file layout: the set of the file's
headers (case and spacing aside), so next month's file from the same spreadsheet is mapped
the same way without asking. The headers of the roster export are the field names, so an
exported roster maps itself.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from lead_desktop.errors import InvalidInput
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message


@dataclass(frozen=True)
class Field:
    key: str
    label: str        # English, marked for lupdate (context "ImportFields")
    required: bool = False
    also: tuple[str, ...] = ()   # other headers programs use for it


FIELDS: tuple[Field, ...] = (
    Field("last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name"),
          True, ("surname", "family name", "last")),
    Field("first_name", QT_TRANSLATE_NOOP("ImportFields", "First name"),
          False, ("given name", "first")),
    Field("middle_name", QT_TRANSLATE_NOOP("ImportFields", "Middle name"), False, ("middle",)),
    Field("dob", QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
          False, ("birth date", "birthdate", "date of birth", "d.o.b.")),
    Field("sex", QT_TRANSLATE_NOOP("ImportFields", "Sex"), False, ("gender",)),
    Field("race", QT_TRANSLATE_NOOP("ImportFields", "Race (several separated by ;)"), False, ()),
    Field("ethnicity", QT_TRANSLATE_NOOP("ImportFields", "Ethnicity"), False, ("hispanic",)),
    Field("preferred_language", QT_TRANSLATE_NOOP("ImportFields", "Preferred language"),
          False, ("language",)),
    Field("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"),
          False, ("phone number", "telephone")),
    Field("address", QT_TRANSLATE_NOOP("ImportFields", "Address"), False, ()),
    Field("referral_type", QT_TRANSLATE_NOOP("ImportFields", "Referral type"),
          True, ("type", "referral")),
    Field("referred_at", QT_TRANSLATE_NOOP("ImportFields", "Referral date"),
          True, ("referral date", "referred", "date referred")),
    Field("officer_name", QT_TRANSLATE_NOOP("ImportFields", "Officer"),
          False, ("officer", "referring officer")),
    Field("officer_badge", QT_TRANSLATE_NOOP("ImportFields", "Officer badge"),
          False, ("badge", "badge number")),
    Field("agency", QT_TRANSLATE_NOOP("ImportFields", "Agency"),
          False, ("police agency", "department")),
    Field("location", QT_TRANSLATE_NOOP("ImportFields", "Location"),
          False, ("referral location", "place")),
    Field("origin_area", QT_TRANSLATE_NOOP("ImportFields", "Area"),
          False, ("area", "precinct", "neighborhood")),
    Field("incident_number", QT_TRANSLATE_NOOP("ImportFields", "Incident number"),
          False, ("incident", "incident no")),
    Field("offense_code", QT_TRANSLATE_NOOP("ImportFields", "Offense code"),
          False, ("charge code", "offense")),
    Field("offense_description", QT_TRANSLATE_NOOP("ImportFields", "Offense description"),
          False, ("charge",)),
    Field("substance", QT_TRANSLATE_NOOP("ImportFields", "Substance"), False, ("drug",)),
    Field("quantity", QT_TRANSLATE_NOOP("ImportFields", "Quantity"), False, ("amount",)),
    Field("quantity_unit", QT_TRANSLATE_NOOP("ImportFields", "Quantity unit (g or dosage units)"),
          False, ("unit",)),
    Field("referrer_name", QT_TRANSLATE_NOOP("ImportFields", "Referrer (community)"),
          False, ("referrer",)),
    Field("approved_by", QT_TRANSLATE_NOOP("ImportFields", "Approved by (community)"), False, ()),
    Field("person_agreed", QT_TRANSLATE_NOOP("ImportFields", "Person agreed (yes/no)"),
          False, ("agreed",)),
    Field("declined_reason", QT_TRANSLATE_NOOP("ImportFields", "Why declined"),
          False, ("declined reason",)),
    Field("case_manager", QT_TRANSLATE_NOOP("ImportFields", "Case manager (account or name)"),
          False, ("cm", "case worker")),
    Field("status", QT_TRANSLATE_NOOP("ImportFields", "Status"), False, ("state", "case status")),
    Field("exit_date", QT_TRANSLATE_NOOP("ImportFields", "Exit date"),
          False, ("exited", "date exited", "discharge date")),
    Field("exit_type", QT_TRANSLATE_NOOP("ImportFields", "Exit type"),
          False, ("exit reason code", "discharge type")),
    Field("exit_reason", QT_TRANSLATE_NOOP("ImportFields", "Exit reason"),
          False, ("reason for exit", "discharge reason")),
)
BY_KEY = {f.key: f for f in FIELDS}


def _norm(header: str) -> str:
    return re.sub(r"[\s_\-.]+", " ", header.strip().casefold()).strip()


def layout_key(headers: tuple[str, ...] | list[str]) -> str:
    """The same set of headers (in any order, any case) is the same layout."""
    names = sorted({_norm(h) for h in headers})
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:40]


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Each field to the header named like it (its key, label or a usual other name)."""
    by_norm = {_norm(h): h for h in headers}
    mapping = {}
    for f in FIELDS:
        for name in (f.key, f.label, *f.also):
            header = by_norm.get(_norm(name))
            if header is not None and header not in mapping.values():
                mapping[f.key] = header
                break
    return mapping


def check_mapping(mapping: dict[str, str], headers: tuple[str, ...]) -> dict[str, str]:
    """The mapping cleaned (empty choices dropped), or the reason it cannot be used."""
    clean = {k: v for k, v in mapping.items() if v}
    unknown = sorted(set(clean) - set(BY_KEY))
    if unknown:
        raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
            "Import", "The mapping names fields the import does not know: {fields}."),
            fields=Listed(tuple(unknown))))
    missing_headers = sorted(set(clean.values()) - set(headers))
    if missing_headers:
        raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
            "Import", "The mapping names columns the file does not have: {columns}."),
            columns=Listed(tuple(missing_headers))))
    twice = sorted({h for h in clean.values() if list(clean.values()).count(h) > 1})
    if twice:
        raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
            "Import", "The column {column} is chosen for more than one field."),
            column=repr(twice[0])))
    needed = [f.label for f in FIELDS if f.required and f.key not in clean]
    if needed:  # the fields in words, in the user's language (context "ImportFields")
        raise InvalidInput(message("Import", QT_TRANSLATE_NOOP(
            "Import", "Choose the column for: {fields}."),
            fields=Listed(tuple(message("ImportFields", label) for label in needed))))
    return clean
