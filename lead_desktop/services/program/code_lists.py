"""Code lists an administrator keeps (issue 13): offense codes (with statute, description
and level), exit reasons, contact types, housing and employment categories; each code in
English and Spanish, in use from a date and possibly retired on one. A retired code is no
longer offered, but still reads on the records that carry it. Changes are audited;
reading needs no role (the codes are not personal data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Callable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import CodeEntry
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

if TYPE_CHECKING:
    from lead_desktop.services.program.code_book import CodeBook

LISTS = ("offense", "exit_reason", "contact_type", "housing", "employment")
LEVELS = ("felony", "misdemeanor", "violation", "infraction")


def _not_on_list(list_name: str, code: str) -> InvalidInput:
    return InvalidInput(message("CodeLists", QT_TRANSLATE_NOOP(
        "CodeLists", "No code {code} on the {list} list."),
        code=code, list=Coded("code_list", list_name)))


@dataclass(frozen=True)
class CodeView:
    list_name: str
    code: str
    label_en: str
    label_es: str
    statute: str
    level: str
    effective_from: date
    effective_to: date | None

    def label(self, language: str = "en") -> str:
        return self.label_es if language == "es" and self.label_es else self.label_en

    def in_use_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None
                                               or day < self.effective_to)


@dataclass(frozen=True)
class CodeInput:
    list_name: str
    code: str
    label_en: str
    label_es: str = ""
    statute: str = ""
    level: str = ""
    effective_from: date | None = None  # None: today


def codes_in_use(session: Session, list_name: str, day: date) -> frozenset[str]:
    """The codes of a list a record dated `day` may take (checked inside the service's own
    unit of work); a database whose list holds nothing yet takes the built-in codes. Kept
    for the unit of work: the timers gather the facts of every open case in one."""
    key = ("codes_in_use", list_name, day)
    if key not in session.info:
        session.info[key] = _codes_in_use(session, list_name, day)
    return session.info[key]


def _codes_in_use(session: Session, list_name: str, day: date) -> frozenset[str]:
    rows = session.execute(_LIST_CODES, {"list_name": list_name}).all()
    if not rows:
        from lead_desktop.services.program.code_seed import built_in_codes

        return frozenset(r["code"] for r in built_in_codes() if r["list_name"] == list_name)
    return frozenset(code for code, start, end in rows
                     if start <= day and (end is None or day < end))


# Built once: a save reads its list every time.
_LIST_CODES = select(CodeEntry.code, CodeEntry.effective_from, CodeEntry.effective_to
                     ).where(CodeEntry.list_name == bindparam("list_name"))


def listed_offense(session: Session, offense: dict) -> dict:
    """An offense as a referral keeps it: with the statute and level of the list when the
    code is on it (so the record reads the same after the code is retired)."""
    row = session.scalar(select(CodeEntry).where(CodeEntry.list_name == "offense",
                                                 CodeEntry.code == offense["code"]))
    if row is None:
        return offense
    return offense | {"statute": row.statute or "", "level": row.level or ""}


def _view(row: CodeEntry) -> CodeView:
    return CodeView(row.list_name, row.code, row.label_en, row.label_es, row.statute or "",
                    row.level or "", row.effective_from, row.effective_to)


class CodeListService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def entries(self, list_name: str, *, on: date | None = None) -> list[CodeView]:
        """The codes offered on a day (default: every code ever kept, retired ones too)."""
        with self.db.read() as session:
            rows = session.scalars(select(CodeEntry).where(CodeEntry.list_name == list_name)
                                   .order_by(CodeEntry.code)).all()
        views = [_view(r) for r in rows]
        return [v for v in views if v.in_use_on(on)] if on else views

    def find(self, list_name: str, code: str) -> CodeView | None:
        """A code as a record shows it, whether still in use or retired."""
        with self.db.read() as session:
            row = session.scalar(select(CodeEntry).where(CodeEntry.list_name == list_name,
                                                         CodeEntry.code == code))
        return _view(row) if row else None

    def book(self) -> "CodeBook":
        """Every list at once, for the forms (read once; `book()` again after a change)."""
        from lead_desktop.services.program.code_book import CodeBook

        with self.db.read() as session:
            rows = session.scalars(select(CodeEntry)).all()
        return CodeBook.of([_view(r) for r in rows])

    def add(self, actor: Actor, data: CodeInput) -> CodeView:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="code")
        p = records.Problems()
        code, label_en = data.code.strip(), data.label_en.strip()
        text_input.require_clean(code=code, label_en=label_en, label_es=data.label_es.strip(),
                                 statute=data.statute.strip())
        if data.list_name not in LISTS:
            p.add("list_name", f"one of: {', '.join(LISTS)}")
        if not code:
            p.add("code", "required")
        if not label_en:
            p.add("label_en", "required: what the code means, in English")
        if data.level and data.level not in LEVELS:
            p.add("level", f"one of: {', '.join(LEVELS)}")
        if data.list_name == "offense" and not data.statute.strip():
            p.add("statute", "required for an offense code")
        p.raise_if_any()
        with self.db.write() as session:
            if session.scalar(select(CodeEntry.id).where(CodeEntry.list_name == data.list_name,
                                                         CodeEntry.code == code)):
                raise records.ValidationFailed({"code": f"{code} is already on the list "
                                                        "(a retired code is never reused)"})
            row = CodeEntry(list_name=data.list_name, code=code, label_en=label_en,
                            label_es=data.label_es.strip() or label_en,
                            statute=data.statute.strip() or None, level=data.level or None,
                            effective_from=data.effective_from or self.now().date(),
                            added_at=self.now(), added_by=actor.user_id)
            session.add(row)
            session.flush()
            audit.record(session, actor, "configuration.code_added", record_type="code",
                         record_id=row.id, details={"list": data.list_name, "code": code})
            return _view(row)

    def retire(self, actor: Actor, list_name: str, code: str, on: date | None = None
               ) -> CodeView:
        """No longer offered from `on` (default today); old records still read it."""
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="code")
        with self.db.write() as session:
            row = session.scalar(select(CodeEntry).where(CodeEntry.list_name == list_name,
                                                         CodeEntry.code == code))
            if row is None:
                raise _not_on_list(list_name, code)
            if row.effective_to is not None:
                raise InvalidInput(message("CodeLists", QT_TRANSLATE_NOOP(
                    "CodeLists", "{code} was retired on {day}."),
                    code=code, day=row.effective_to))
            day = on or self.now().date()
            if day < row.effective_from:
                raise InvalidInput(message("CodeLists", QT_TRANSLATE_NOOP(
                    "CodeLists", "{code} is in use from {day}: retire it on that day or "
                    "later."), code=code, day=row.effective_from))
            row.effective_to, row.retired_by = day, actor.user_id
            audit.record(session, actor, "configuration.code_retired", record_type="code",
                         record_id=row.id, details={"list": list_name, "code": code,
                                                    "from": row.effective_to.isoformat()})
            return _view(row)

    def relabel(self, actor: Actor, list_name: str, code: str, label_en: str, label_es: str,
                *, seen: tuple[str, str] | None = None) -> CodeView:
        """New English and Spanish words for a code (the code itself never changes, so
        every record keeps it). `seen`: the labels the form showed; a change made since by
        someone else is refused rather than overwritten. Audited with both wordings."""
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="code")
        label_en, label_es = label_en.strip(), label_es.strip()
        text_input.require_clean(label_en=label_en, label_es=label_es)
        p = records.Problems()
        if not label_en:
            p.add("label_en", "required: what the code means, in English")
        p.raise_if_any()
        with self.db.write() as session:
            row = session.scalar(select(CodeEntry).where(CodeEntry.list_name == list_name,
                                                         CodeEntry.code == code))
            if row is None:
                raise _not_on_list(list_name, code)
            before = (row.label_en, row.label_es)
            if seen is not None and tuple(seen) != before:
                raise InvalidInput(message("CodeLists", QT_TRANSLATE_NOOP(
                    "CodeLists", "Someone changed the words of {code} since you opened it; "
                    "open it again to see them."), code=code))
            row.label_en, row.label_es = label_en, label_es or label_en
            audit.record(session, actor, "configuration.code_relabeled", record_type="code",
                         record_id=row.id, details={
                             "list": list_name, "code": code, "before_en": before[0],
                             "before_es": before[1], "en": row.label_en, "es": row.label_es})
            return _view(row)
