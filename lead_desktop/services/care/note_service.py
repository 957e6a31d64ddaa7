"""Case notes (forms.md): append-only. After signing, or 24 hours after creation, a note is
locked; a correction is an amendment that references the original, with a reason, and both
stay visible. Part 2 and counselling notes are shown only to case managers and supervisors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Collection

from sqlalchemy import insert, select, tuple_

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import CaseNote
from lead_desktop.models.base import new_id, utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.case_write import case_write
from lead_desktop.security.permissions import allowed
from lead_desktop.security.roles import Access, Data
from lead_desktop.security.scope import require_case
from lead_desktop.services import records, text_input
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.code_lists import codes_in_use

CONTACT_TYPES = ("street", "office", "phone", "text", "home_visit", "jail_visit", "provider",
                 "collateral", "attempt_no_contact")
LOCK_AFTER = timedelta(hours=24)
PAGE_SIZE = 100  # notes a person window shows first; more as the list is scrolled
_DRAFT_FIELDS = ("contact_at", "duration_min", "contact_type", "text", "location",
                 "participants_present", "part2", "counseling_note")


@dataclass(frozen=True)
class NoteInput:
    contact_at: datetime
    duration_min: int
    contact_type: str
    text: str
    location: str | None = None
    participants_present: str | None = None
    needs_addressed: tuple[str, ...] = ()
    part2: bool = False
    counseling_note: bool = False


@dataclass(frozen=True)
class NoteView:
    id: str
    row_version: int
    author_id: str
    contact_at: datetime
    duration_min: int
    contact_type: str
    text: str
    part2: bool
    counseling_note: bool
    signed_at: datetime | None
    locked: bool
    amends_id: str | None
    amendment_reason: str | None
    amended_by: tuple[str, ...]  # ids of amendments of this note, oldest first
    location: str | None = None
    participants_present: str | None = None
    needs_addressed: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotesPage:
    """One page of a case's notes, newest first. `after` is handed back to read the next
    (older) page; `more` says whether there is one. `amendments` are the amendments of this
    page's notes that sort outside it, so the note read in full shows them."""
    notes: tuple[NoteView, ...]
    more: bool
    after: tuple | None
    amendments: tuple[NoteView, ...] = ()


def validate(data: NoteInput, now: datetime,
             contact_types: Collection[str] = CONTACT_TYPES) -> None:
    """`contact_types`: the codes of the administrator's list in use on the contact's day."""
    p = records.Problems()
    text_input.check_all(p, data, texts=("text",))
    if "contact_at" not in p.by_field and data.contact_at > now:
        p.add("contact_at", "cannot be in the future")
    if not 0 <= data.duration_min <= 600:
        p.add("duration_min", "0 to 600 minutes")
    if data.contact_type not in contact_types:
        p.add("contact_type", f"one of {', '.join(sorted(contact_types))}")
    if not data.text.strip():
        p.add("text", "required")
    p.raise_if_any()


def _notes_cell(sensitive: bool) -> Data:
    """Part 2 and counselling notes are their own cell of the matrix."""
    return Data.PART2_NOTES if sensitive else Data.INTAKE_PLAN_NOTES


_INSERT_NOTE = insert(CaseNote.__table__)


class NoteService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def add(self, actor: Actor, case_id: str, data: NoteInput) -> str:
        """One transaction: the notes cell, the account and the caseload are checked inside
        it (security/case_write.py), then the list's contact types, then the note is saved
        with its audit entry and seal. Bad input or a refusal writes nothing of the note."""
        sensitive = data.part2 or data.counseling_note
        with case_write(self.db, actor, _notes_cell(sensitive), case_id) as session:
            validate(data, self.now(),
                     codes_in_use(session, "contact_type", data.contact_at.date()))
            # One Core statement, built once: the ORM's flush of a new object (identity map,
            # attribute events, version counter) cost about a third of a save's CPU
            # (bench/results/issue16.md, fourth pass); the row is the same
            note_id = new_id()
            session.connection().execute(_INSERT_NOTE, self._new_row(note_id, case_id, data,
                                                                     actor))
            audit.record(session, actor, "note.create", record_type="case_note",
                         record_id=note_id, details={"case": case_id, "part2": data.part2})
            return note_id

    def sign(self, actor: Actor, note_id: str, *, expected_version: int | None = None) -> None:
        """The author signs the note; with `expected_version` (the version on screen) a note
        changed since on another workstation is not signed unseen (StaleRecord)."""
        self._require_note(actor, note_id)
        with self.db.write() as session:
            note = self._load(session, note_id)
            if note.author_id != actor.user_id:
                raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "Only the author signs a note.")))
            if note.signed_at is not None:
                raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "This note is already signed.")))
            if expected_version is not None:
                records.require_version(note, expected_version, {"signed_at": self.now()},
                                        "note")
            note.signed_at = self.now()
            audit.record(session, actor, "note.sign", record_type="case_note", record_id=note_id)

    def edit_draft(self, actor: Actor, note_id: str, data: NoteInput, expected_version: int,
                   ) -> int:
        """The author may still correct an unsigned note within 24 hours of writing it.
        `expected_version` is the version the author opened: a save over someone else's
        (the same author on another workstation) raises StaleRecord and writes nothing.
        Returns the new version; saving what is stored changes nothing."""
        self._require_note(actor, note_id, data.part2 or data.counseling_note)
        validate(data, self.now(), self._contact_types(data, note_id))
        with self.db.write() as session:
            note = self._load(session, note_id)
            if note.author_id != actor.user_id:
                raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "Only the author edits a draft note.")))
            if note.signed_at is not None or self.now() - note.created_at >= LOCK_AFTER:
                raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "This note is locked: add an amendment instead.")))
            if data.part2 != note.part2 and not data.part2:
                raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "A Part 2 note cannot be made ordinary; void it instead.")))
            wanted = {name: getattr(data, name) for name in _DRAFT_FIELDS}
            wanted["needs_addressed"] = list(data.needs_addressed)
            changes = {k: v for k, v in wanted.items() if getattr(note, k) != v}
            if not changes:
                return note.row_version
            records.require_version(note, expected_version, changes, "note")
            for name, value in changes.items():
                setattr(note, name, value)
            records.changed(note, actor, self.now())
            session.flush()
            audit.record(session, actor, "note.edit_draft", record_type="case_note",
                         record_id=note_id)
            return note.row_version

    def amend(self, actor: Actor, note_id: str, data: NoteInput, reason: str) -> str:
        """A correction: a new note that references the original; the original stays."""
        text_input.require_clean(reason=reason)
        if not reason.strip():
            raise InvalidInput(message("Notes", QT_TRANSLATE_NOOP(
                "Notes", "Give the reason for the amendment.")))
        validate(data, self.now(), self._contact_types(data))
        with self.db.read() as session:
            original = self._load(session, note_id)
            case_id, sensitive = original.case_id, original.part2 or original.counseling_note
        self._require_write(actor, sensitive or data.part2 or data.counseling_note, case_id)
        with self.db.write() as session:
            note = self._new(case_id, data, actor)
            # an amendment of a Part 2 note stays Part 2
            note.part2 = data.part2 or sensitive
            note.amends_id, note.amendment_reason = note_id, reason.strip()
            session.add(note)
            session.flush()
            audit.record(session, actor, "note.amend", record_type="case_note", record_id=note.id,
                         details={"amends": note_id})
            return note.id

    def list_for_case(self, actor: Actor, case_id: str) -> list[NoteView]:
        """Notes this role may see: Part 2 and counselling notes only for case managers and
        supervisors. Every listing is audited."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.READ, case_id)
        sees_part2 = allowed(actor, Data.PART2_NOTES, Access.READ)
        now = self.now()
        with self.db.write() as session:
            rows = session.scalars(select(CaseNote).where(
                CaseNote.case_id == case_id, CaseNote.voided_at.is_(None))
                .order_by(CaseNote.contact_at, CaseNote.created_at)).all()
            amendments: dict[str, list[str]] = {}
            for row in rows:
                if row.amends_id:
                    amendments.setdefault(row.amends_id, []).append(row.id)
            views = [self._view(row, now, amendments) for row in rows
                     if sees_part2 or not (row.part2 or row.counseling_note)]
            audit.record(session, actor, "note.list", record_type="case", record_id=case_id,
                         details={"shown": len(views)})
            return views

    def list_page(self, actor: Actor, case_id: str, after: tuple | None = None,
                  size: int = PAGE_SIZE) -> NotesPage:
        """The newest `size` notes this role may see (a case of 2,000 notes opens with its
        newest page), or the page older than `after` (the previous page's `after`). Each
        page is audited as a listing, with its place."""
        require_case(self.db, actor, Data.INTAKE_PLAN_NOTES, Access.READ, case_id)
        sees_part2 = allowed(actor, Data.PART2_NOTES, Access.READ)
        now = self.now()
        order = (CaseNote.contact_at, CaseNote.created_at, CaseNote.id)
        query = select(CaseNote).where(CaseNote.case_id == case_id,
                                       CaseNote.voided_at.is_(None))
        if not sees_part2:
            query = query.where(CaseNote.part2.is_(False), CaseNote.counseling_note.is_(False))
        if after is not None:
            query = query.where(tuple_(*order) < tuple_(*after))
        with self.db.write() as session:
            rows = session.scalars(query.order_by(*(c.desc() for c in order))
                                   .limit(size + 1)).all()
            more, rows = len(rows) > size, rows[:size]
            shown = {row.id for row in rows}
            amending = session.scalars(select(CaseNote).where(
                CaseNote.amends_id.in_(shown), CaseNote.voided_at.is_(None))
                .order_by(CaseNote.contact_at, CaseNote.created_at)).all() if rows else []
            amendments: dict[str, list[str]] = {}
            for row in amending:
                amendments.setdefault(row.amends_id, []).append(row.id)
            views = tuple(self._view(row, now, amendments) for row in rows)
            outside = tuple(self._view(row, now, {}) for row in amending
                            if row.id not in shown
                            and (sees_part2 or not (row.part2 or row.counseling_note)))
            audit.record(session, actor, "note.list", record_type="case", record_id=case_id,
                         details={"shown": len(views), "page": "older" if after else "newest"})
            last = rows[-1] if rows else None
            return NotesPage(views, more, (last.contact_at, last.created_at, last.id)
                             if last is not None else None, outside)

    def void(self, actor: Actor, note_id: str, reason: str) -> None:
        """Notes are never deleted; a note entered on the wrong case is voided."""
        with self.db.read() as session:
            note = self._load(session, note_id)
            case_id, sensitive = note.case_id, note.part2 or note.counseling_note
        self._require_write(actor, sensitive, case_id)
        with self.db.write() as session:
            records.void(self._load(session, note_id), actor, self.now(), reason)
            audit.record(session, actor, "note.void", record_type="case_note", record_id=note_id,
                         reason=reason)

    # --- helpers ---

    def _contact_types(self, data: NoteInput, draft_id: str | None = None) -> frozenset[str]:
        """The contact types in use on the contact's day; a draft keeps its own type even
        if the administrator retired it since the draft was written."""
        with self.db.read() as session:
            kept = session.get(CaseNote, draft_id) if draft_id else None
            in_use = codes_in_use(session, "contact_type", data.contact_at.date())
            return in_use | {kept.contact_type} if kept is not None else in_use

    def _require_write(self, actor: Actor, sensitive: bool, case_id: str) -> None:
        """The notes cell (Part 2 or ordinary) and its scope: a case manager's own caseload."""
        require_case(self.db, actor, _notes_cell(sensitive), Access.WRITE, case_id)

    def _require_note(self, actor: Actor, note_id: str, sensitive: bool = False) -> None:
        """Signing or editing a note is writing notes: the same cell and scope as adding."""
        with self.db.read() as session:
            note = self._load(session, note_id)
            case_id, part2 = note.case_id, note.part2 or note.counseling_note
        self._require_write(actor, sensitive or part2, case_id)

    def _new(self, case_id: str, data: NoteInput, actor: Actor) -> CaseNote:
        return records.created(CaseNote(
            case_id=case_id, author_id=actor.user_id, contact_at=data.contact_at,
            duration_min=data.duration_min, contact_type=data.contact_type, text=data.text,
            location=data.location, participants_present=data.participants_present,
            needs_addressed=list(data.needs_addressed), part2=data.part2,
            counseling_note=data.counseling_note), actor, self.now())

    def _new_row(self, note_id: str, case_id: str, data: NoteInput, actor: Actor) -> dict:
        """The values `_new` gives a note, every column named (one compiled statement)."""
        return {
            "id": note_id, "case_id": case_id, "author_id": actor.user_id,
            "contact_at": data.contact_at, "duration_min": data.duration_min,
            "contact_type": data.contact_type, "text": data.text, "location": data.location,
            "participants_present": data.participants_present,
            "needs_addressed": list(data.needs_addressed), "part2": data.part2,
            "counseling_note": data.counseling_note, "signed_at": None, "amends_id": None,
            "amendment_reason": None, "created_at": self.now(), "created_by": actor.user_id,
            "updated_at": None, "updated_by": None, "row_version": 1, "voided_at": None,
            "voided_by": None, "void_reason": None}

    @staticmethod
    def _load(session, note_id: str) -> CaseNote:
        note = session.get(CaseNote, note_id)
        if note is None:
            raise records.not_found("note")
        return note

    @staticmethod
    def _view(row: CaseNote, now: datetime, amendments: dict[str, list[str]]) -> NoteView:
        locked = row.signed_at is not None or now - row.created_at >= LOCK_AFTER
        return NoteView(row.id, row.row_version, row.author_id, row.contact_at, row.duration_min,
                        row.contact_type, row.text, row.part2, row.counseling_note,
                        row.signed_at, locked, row.amends_id, row.amendment_reason,
                        tuple(amendments.get(row.id, ())), row.location,
                        row.participants_present, tuple(row.needs_addressed or ()))
