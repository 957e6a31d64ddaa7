"""Attachments: added (from a file, the clipboard, a scan saved to a file, a signature
captured on screen), listed, viewed, printed and voided, each act checked against the
matrix cell of its kind (kinds.py) and audited. The bytes live inside the encrypted
database, in chunks; nothing is ever written beside it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Attachment, AttachmentChunk, Case, Consent
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import allowed, require_session
from lead_desktop.security.roles import Access, Scope, scope
from lead_desktop.security.scope import (
    office_of,
    receives,
    require_case,
    require_consent,
    require_person,
)
from lead_desktop.services import records, text_input
from lead_desktop.services.attachments import content
from lead_desktop.services.attachments.anchors import Anchor, resolve, say
from lead_desktop.services.attachments.kinds import AGREEMENT, Kind, kind
from lead_desktop.services.messages import QT_TRANSLATE_NOOP
from lead_desktop.services.attachments.limits import max_bytes
from lead_desktop.services.care import agreement_evidence
from lead_desktop.services.care.intake_service import record_agreement_signed
from lead_desktop.services.program.prosecutor_office import program_office, prosecutor_office

CHUNK = 1 << 20  # 1 MiB a row: a 20 MB scan is 20 rows, read back in order
SOURCES = ("file", "clipboard", "scan", "e_signature")


class DamagedAttachment(InvalidInput):
    """The stored bytes no longer match the hash taken when the file was added."""


@dataclass(frozen=True)
class AttachmentView:
    id: str
    row_version: int
    kind: str
    title: str
    media_type: str
    size: int
    sha256: str
    person_id: str
    case_id: str | None
    consent_id: str | None
    source: str
    location_removed: bool
    created_at: datetime
    voided: bool
    void_reason: str | None
    thumbnail: bytes | None
    purged_at: datetime | None = None  # the content deleted under the retention rule
    summons_id: str | None = None
    provider_referral_id: str | None = None
    #: a void that removed the case's last signed participation agreement cleared its flag
    agreement_cleared: bool = False

    @classmethod
    def of(cls, a: Attachment) -> "AttachmentView":
        return cls(a.id, a.row_version, a.kind, a.title, a.media_type, a.size, a.sha256,
                   a.person_id, a.case_id, a.consent_id, a.source, a.location_removed,
                   a.created_at, a.voided, a.void_reason, a.thumbnail, a.purged_at,
                   a.summons_id, a.provider_referral_id)


class AttachmentService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    # --- adding ---

    def add(self, actor: Actor, kind_name: str, data: bytes, anchor: Anchor, *, title: str,
            source: str = "file") -> AttachmentView:
        """Check the content (type by its bytes, the size limit), take the location out of
        a picture, and store it with a thumbnail. Nothing is stored when a check fails."""
        the_kind = kind(kind_name)
        text_input.require_clean(title=title)
        if not title.strip():
            raise records.ValidationFailed({"title": "required: say what the paper is"})
        if source not in SOURCES:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "Unknown source {source}."),
                                   source=repr(source)))
        anchor = resolve(self.db, anchor, the_kind)
        self._require(actor, the_kind, anchor, Access.WRITE)
        limit = self.max_bytes()
        if len(data) > limit:
            raise InvalidInput(say(QT_TRANSLATE_NOOP(
                "Attachments", "This file is {size} MB; the program's limit is {limit} MB "
                "(set by the administrator). Scan it at a lower resolution or in black and "
                "white."), size=f"{len(data) / 1e6:.1f}", limit=limit // 1_000_000))
        found = content.media_type(data)
        cleaned = content.remove_location(data, found)
        stored = cleaned.data
        digest = hashlib.sha256(stored).hexdigest()
        thumb = content.thumbnail(stored, found)
        with self.db.write() as session:
            same = self._same(session, the_kind, anchor, digest)
            if same is not None:  # the same paper attached twice (a retry): kept once
                return AttachmentView.of(same)
            row = Attachment(person_id=anchor.person_id, case_id=anchor.case_id,
                             consent_id=anchor.consent_id,
                             provider_referral_id=anchor.provider_referral_id,
                             summons_id=anchor.summons_id, kind=the_kind.name,
                             title=title.strip()[:200], media_type=found, size=len(stored),
                             sha256=digest, source=source,
                             location_removed=cleaned.location_removed, thumbnail=thumb)
            records.created(row, actor, self.now())
            session.add(row)
            session.flush()
            for seq, start in enumerate(range(0, len(stored), CHUNK)):
                session.add(AttachmentChunk(attachment_id=row.id, seq=seq,
                                            data=stored[start:start + CHUNK]))
            audit.record(session, actor, "attachment.add", record_type="attachment",
                         record_id=row.id,
                         details={"kind": the_kind.name, "sha256": digest, "size": len(stored),
                                  "type": found, "source": source,
                                  "location_removed": cleaned.location_removed,
                                  "person": anchor.person_id, "case": anchor.case_id,
                                  "consent": anchor.consent_id,
                                  "summons": anchor.summons_id,
                                  "provider_referral": anchor.provider_referral_id})
            if the_kind.name == AGREEMENT:
                record_agreement_signed(session, actor, session.get(Case, anchor.case_id),
                                        self.now(), self.now(), how=source,
                                        attachment_id=row.id)
            session.flush()
            return AttachmentView.of(row)

    def delete_source(self, actor: Actor, attachment_id: str, path: Path,
                      original_sha256: str) -> None:
        """Delete the file an attachment was imported from (a scan left in a Downloads
        folder), once kept inside the database; only if it is still the file imported."""
        view = self.view(actor, attachment_id, audit_event=None)
        path = Path(path)
        try:
            now_there = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise InvalidInput(say(QT_TRANSLATE_NOOP(
                "Attachments", "The original file could not be read ({why}); it was not "
                "deleted."), why=exc.strerror or exc)) from exc
        if now_there != original_sha256:
            raise InvalidInput(say(QT_TRANSLATE_NOOP(
                "Attachments", "The original file changed since it was attached; it was not "
                "deleted.")))
        try:
            path.unlink()
        except OSError as exc:
            raise InvalidInput(say(QT_TRANSLATE_NOOP(
                "Attachments", "The original file could not be deleted ({why}); delete it by "
                "hand."), why=exc.strerror or exc)) from exc
        with self.db.write() as session:
            audit.record(session, actor, "attachment.source_deleted", record_type="attachment",
                         record_id=view.id, details={"sha256": original_sha256})

    # --- reading ---

    def list_for_person(self, actor: Actor, person_id: str) -> list[AttachmentView]:
        """The attachments of a person this actor may see (other kinds are left out), newest
        first, voided ones included (shown as void)."""
        require_session(self.db, actor)
        with self.db.write() as session:
            rows = session.scalars(select(Attachment).where(Attachment.person_id == person_id)
                                   .order_by(Attachment.created_at.desc())).all()
            shown = [a for a in rows if self._may_see(session, actor, a)]
            audit.record(session, actor, "attachment.list", record_type="person",
                         record_id=person_id, details={"shown": len(shown)})
            return [AttachmentView.of(a) for a in shown]

    def list_for(self, actor: Actor, anchor: Anchor) -> list[AttachmentView]:
        """The attachments of one summons, one provider referral or one case (the
        narrowest the anchor names) this actor may see, newest first, voided included."""
        require_session(self.db, actor)
        for column, value, record_type in (
                (Attachment.summons_id, anchor.summons_id, "summons"),
                (Attachment.provider_referral_id, anchor.provider_referral_id,
                 "provider_referral"),
                (Attachment.case_id, anchor.case_id, "case")):
            if value:
                break
        else:
            return self.list_for_person(actor, anchor.person_id or "")
        with self.db.write() as session:
            rows = session.scalars(select(Attachment).where(column == value)
                                   .order_by(Attachment.created_at.desc())).all()
            shown = [a for a in rows if self._may_see(session, actor, a)]
            audit.record(session, actor, "attachment.list", record_type=record_type,
                         record_id=value, details={"shown": len(shown)})
            return [AttachmentView.of(a) for a in shown]

    def signed_copy(self, actor: Actor, consent_id: str) -> AttachmentView | None:
        """The signed copy a consent was activated with (its hash is the consent's)."""
        require_consent(self.db, actor, Access.READ, consent_id,
                        program_office(self.db))
        with self.db.read() as session:
            row = signed_copy_of(session, session.get(Consent, consent_id))
            return AttachmentView.of(row) if row is not None else None

    def view(self, actor: Actor, attachment_id: str, *,
             audit_event: str | None = "attachment.view") -> AttachmentView:
        with self.db.read() as session:
            row = self._load(session, attachment_id)
            the_kind, anchor = kind(row.kind), _anchor_of(row)
        self._require(actor, the_kind, anchor, Access.READ)
        if audit_event:
            with self.db.write() as session:
                audit.record(session, actor, audit_event, record_type="attachment",
                             record_id=attachment_id)
        with self.db.read() as session:
            return AttachmentView.of(self._load(session, attachment_id))

    def content(self, actor: Actor, attachment_id: str) -> tuple[AttachmentView, bytes]:
        """The bytes as stored (checked against their hash): viewing is audited."""
        view = self.view(actor, attachment_id)
        return view, self._bytes(view)

    def printable(self, actor: Actor, attachment_id: str) -> tuple[AttachmentView, bytes]:
        """The attachment as a PDF for the print path; the print is audited."""
        view = self.view(actor, attachment_id, audit_event="attachment.print")
        return view, content.printable_pdf(self._bytes(view), view.media_type)

    def _bytes(self, view: AttachmentView) -> bytes:
        if view.purged_at is not None:
            raise InvalidInput(say(QT_TRANSLATE_NOOP(
                "Attachments", "This removed attachment's content was deleted on {day} under "
                "the retention rule; what it was, its hash and why it was removed are kept."),
                day=f"{view.purged_at:%Y-%m-%d}"))
        with self.db.read() as session:
            data = b"".join(session.scalars(
                select(AttachmentChunk.data).where(AttachmentChunk.attachment_id == view.id)
                .order_by(AttachmentChunk.seq)))
        if hashlib.sha256(data).hexdigest() != view.sha256:
            raise DamagedAttachment(say(QT_TRANSLATE_NOOP(
                "Attachments", "This attachment's content does not match the hash taken when "
                "it was added. Restore the database from a backup.")))
        return data

    # --- removing: a void with a reason; the content stays for the retention rule ---

    def void(self, actor: Actor, attachment_id: str, reason: str, *,
             expected_version: int | None = None) -> AttachmentView:
        with self.db.read() as session:
            row = self._load(session, attachment_id)
            the_kind, anchor = kind(row.kind), _anchor_of(row)
        self._require(actor, the_kind, anchor, Access.WRITE)
        with self.db.write() as session:
            row = self._load(session, attachment_id)
            if expected_version is not None:
                records.require_version(row, expected_version, {"voided": True}, "attachment")
            consent = session.get(Consent, row.consent_id) if row.consent_id else None
            if consent is not None and consent.status == "active" and \
                    consent.scanned_copy_sha256 == row.sha256:
                raise InvalidInput(say(QT_TRANSLATE_NOOP(
                    "Attachments", "This is the signed copy an active consent rests on: "
                    "revoke or supersede the consent first.")))
            records.void(row, actor, self.now(), reason)
            session.flush()
            audit.record(session, actor, "attachment.void", record_type="attachment",
                         record_id=attachment_id, reason=reason.strip()[:200],
                         details={"kind": row.kind, "sha256": row.sha256})
            cleared = agreement_evidence.clear_if_last(session, actor, row, self.now())
            return replace(AttachmentView.of(row), agreement_cleared=cleared)

    # --- the limit ---

    def max_bytes(self) -> int:
        with self.db.read() as session:
            return max_bytes(session)

    # --- checks ---

    def _require(self, actor: Actor, the_kind: Kind, anchor: Anchor, needed: Access) -> None:
        """The kind's cell and its scope (audited refusals, before any unit of work)."""
        if the_kind.needs == "consent" and anchor.consent_id:
            require_consent(self.db, actor, needed, anchor.consent_id,
                            program_office(self.db))
        elif anchor.case_id:
            require_case(self.db, actor, the_kind.data, needed, anchor.case_id)
        else:
            require_person(self.db, actor, the_kind.data, needed, anchor.person_id)

    def _may_see(self, session: Session, actor: Actor, row: Attachment) -> bool:
        """For lists: the same rule as `_require`, without auditing a refusal per row."""
        the_kind = kind(row.kind)
        if actor.role is None or not allowed(actor, the_kind.data, Access.READ):
            return False
        wanted = scope(actor.role, the_kind.data)
        if wanted is Scope.CASELOAD:
            manager = session.scalar(select(Case.case_manager_id).where(Case.id == row.case_id))
            return row.case_id is not None and manager == actor.user_id
        if wanted is Scope.OWN_REFERRALS:
            return session.scalar(select(Case.id).where(
                Case.person_id == row.person_id, Case.referred_by_id == actor.user_id)
                .limit(1)) is not None
        if wanted is Scope.RECEIVED_2_35:
            consent = session.get(Consent, row.consent_id) if row.consent_id else None
            return consent is not None and receives(consent, office_of(
                session, actor, prosecutor_office(session)))
        return True

    @staticmethod
    def _same(session: Session, the_kind: Kind, anchor: Anchor, digest: str) -> Attachment | None:
        return session.scalar(select(Attachment).where(
            Attachment.sha256 == digest, Attachment.kind == the_kind.name,
            Attachment.person_id == anchor.person_id, Attachment.case_id.is_(anchor.case_id)
            if anchor.case_id is None else Attachment.case_id == anchor.case_id,
            Attachment.consent_id.is_(None) if anchor.consent_id is None
            else Attachment.consent_id == anchor.consent_id,
            Attachment.voided_at.is_(None)).limit(1))

    @staticmethod
    def _load(session: Session, attachment_id: str) -> Attachment:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("Attachments", "No such attachment.")))
        return row


def _anchor_of(row: Attachment) -> Anchor:
    return Anchor(row.person_id, row.case_id, row.consent_id, row.provider_referral_id,
                  row.summons_id)


def signed_copy_of(session: Session, consent: Consent | None) -> Attachment | None:
    """The attachment on this consent whose hash the consent recorded at activation."""
    if consent is None or not consent.scanned_copy_sha256:
        return None
    return session.scalar(select(Attachment).where(
        Attachment.consent_id == consent.id, Attachment.sha256 == consent.scanned_copy_sha256,
        Attachment.voided_at.is_(None)).order_by(Attachment.created_at).limit(1))
