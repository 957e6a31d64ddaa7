"""The code lists' first entries: the codes the program shipped as built-in lists (exit
types, contact types, housing and employment categories, the offense codes a court paper
knows), copied into `code_entries` at setup and by migration 0022. The stored codes are the
built-in ones, so every existing record keeps reading; an administrator then extends, relabels
and retires them (services/program/code_lists.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.documents.wording import load
from lead_desktop.models import CodeEntry
from lead_desktop.models.base import utcnow
from lead_desktop.paths import resource_path
from lead_desktop.services.labels import LABELS

#: Built-in codes are in use from a day before any record, so an old form offers them.
BUILT_IN_FROM = date(1970, 1, 1)

#: The code list each kind of label (services/labels.py) became.
LIST_OF_KIND = {"exit_type": "exit_reason", "contact_type": "contact_type",
                "housing": "housing", "employment": "employment"}
KIND_OF_LIST = {v: k for k, v in LIST_OF_KIND.items()}


@lru_cache(maxsize=1)
def _spanish_labels() -> dict[str, str]:
    """English label -> its Spanish translation (context "Labels" of the shipped .ts file);
    empty when the file is missing (the Spanish label then starts as the English one)."""
    path = resource_path("translations", "lead_desktop_es.ts")
    if not path.is_file():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                found[source] = translation
    return found


def built_in_codes() -> list[dict]:
    """Every built-in code as the columns of a `code_entries` row."""
    from lead_desktop.services.care.note_service import CONTACT_TYPES
    from lead_desktop.services.care.outcome_service import EMPLOYMENT, HOUSING
    from lead_desktop.services.program.workflow import EXIT_TYPES

    spanish = _spanish_labels()
    rows = []
    for list_name, codes in (("exit_reason", EXIT_TYPES), ("contact_type", CONTACT_TYPES),
                             ("housing", HOUSING), ("employment", EMPLOYMENT)):
        table = LABELS[KIND_OF_LIST[list_name]]
        for code in codes:
            english = table.get(code) or code.replace("_", " ")
            rows.append(dict(list_name=list_name, code=code, label_en=english,
                             label_es=spanish.get(english, english), statute=None,
                             level=None))
    for code, entry in load("offense_codes.toml")["codes"].items():
        rows.append(dict(list_name="offense", code=code, label_en=entry["en"],
                         label_es=entry.get("es") or entry["en"], statute=entry["citation"],
                         level=entry.get("level") or None))
    return rows


def seed_codes(session: Session, now: datetime | None = None) -> list[str]:
    """Copy in every built-in code the database does not hold yet (a code already there,
    relabeled or retired by the site, is never touched)."""
    have = {(r.list_name, r.code) for r in session.execute(
        select(CodeEntry.list_name, CodeEntry.code))}
    added = []
    for row in built_in_codes():
        if (row["list_name"], row["code"]) in have:
            continue
        session.add(CodeEntry(**row, effective_from=BUILT_IN_FROM, added_at=now or utcnow(),
                              added_by=None))
        added.append(f"{row['list_name']}:{row['code']}")
    session.flush()
    return added
