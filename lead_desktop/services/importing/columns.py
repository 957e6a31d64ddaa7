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
from lead_desktop.services.messages import QT_TRANSLATE_NOOP as _N


@dataclass(frozen=True)
class Field:
    key: str
    label: str        # English, marked for lupdate (context "ImportFields")
    required: bool = False
    also: tuple[str, ...] = ()   # other headers programs use for it


FIELDS: tuple[Field, ...] = (
    Field("last_name", _N("ImportFields", "Last name"), True, ("surname", "family name", "last")),
    Field("first_name", _N("ImportFields", "First name"), False, ("given name", "first")),
    Field("middle_name", _N("ImportFields", "Middle name"), False, ("middle",)),
    Field("dob", _N("ImportFields", "Date of birth"),
          False, ("birth date", "birthdate", "date of birth", "d.o.b.")),
    Field("sex", _N("ImportFields", "Sex"), False, ("gender",)),
    Field("race", _N("ImportFields", "Race (several separated by ;)"), False, ()),
    Field("ethnicity", _N("ImportFields", "Ethnicity"), False, ("hispanic",)),
    Field("preferred_language", _N("ImportFields", "Preferred language"), False, ("language",)),
    Field("phone", _N("ImportFields", "Phone"), False, ("phone number", "telephone")),
    Field("address", _N("ImportFields", "Address"), False, ()),
    Field("referral_type", _N("ImportFields", "Referral type"), True, ("type", "referral")),
    Field("referred_at", _N("ImportFields", "Referral date"),
          True, ("referral date", "referred", "date referred")),
    Field("officer_name", _N("ImportFields", "Officer"), False, ("officer", "referring officer")),
    Field("officer_badge", _N("ImportFields", "Officer badge"), False, ("badge", "badge number")),
    Field("agency", _N("ImportFields", "Agency"), False, ("police agency", "department")),
    Field("location", _N("ImportFields", "Location"), False, ("referral location", "place")),
    Field("origin_area", _N("ImportFields", "Area"), False, ("area", "precinct", "neighborhood")),
    Field("incident_number", _N("ImportFields", "Incident number"),
          False, ("incident", "incident no")),
    Field("offense_code", _N("ImportFields", "Offense code"), False, ("charge code", "offense")),
    Field("offense_description", _N("ImportFields", "Offense description"), False, ("charge",)),
    Field("substance", _N("ImportFields", "Substance"), False, ("drug",)),
    Field("quantity", _N("ImportFields", "Quantity"), False, ("amount",)),
    Field("quantity_unit", _N("ImportFields", "Quantity unit (g or dosage units)"),
          False, ("unit",)),
    Field("referrer_name", _N("ImportFields", "Referrer (community)"), False, ("referrer",)),
    Field("approved_by", _N("ImportFields", "Approved by (community)"), False, ()),
    Field("person_agreed", _N("ImportFields", "Person agreed (yes/no)"), False, ("agreed",)),
    Field("declined_reason", _N("ImportFields", "Why declined"), False, ("declined reason",)),
    Field("case_manager", _N("ImportFields", "Case manager (account or name)"),
          False, ("cm", "case worker")),
    Field("status", _N("ImportFields", "Status"), False, ("state", "case status")),
    Field("exit_date", _N("ImportFields", "Exit date"),
          False, ("exited", "date exited", "discharge date")),
    Field("exit_type", _N("ImportFields", "Exit type"),
          False, ("exit reason code", "discharge type")),
    Field("exit_reason", _N("ImportFields", "Exit reason"),
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
        raise InvalidInput(f"The mapping names fields the import does not know: "
                           f"{', '.join(unknown)}.")
    missing_headers = sorted(set(clean.values()) - set(headers))
    if missing_headers:
        raise InvalidInput(f"The mapping names columns the file does not have: "
                           f"{', '.join(missing_headers)}.")
    twice = sorted({h for h in clean.values() if list(clean.values()).count(h) > 1})
    if twice:
        raise InvalidInput(f"The column {twice[0]!r} is chosen for more than one field.")
    needed = [f.label for f in FIELDS if f.required and f.key not in clean]
    if needed:
        raise InvalidInput(f"Choose the column for: {', '.join(needed)}.")
    return clean
