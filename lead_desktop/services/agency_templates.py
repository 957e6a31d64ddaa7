"""Registering a department's own fillable court forms (documents.md, layout rules).

An administrator registers the PDF and its field map; both are checked before anything is
stored (every PDF field named must exist, every data key must be one the program fills).
Templates live in the database, so every workstation prints the same version; registering
a new version retires the one before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.db.database import Database
from lead_desktop.documents import agency_template
from lead_desktop.documents.page import sha256
from lead_desktop.errors import AlreadyExists, InvalidInput
from lead_desktop.models import AgencyTemplateRecord
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message

# What the program can fill into a summons-like court form (DocumentService builds these).
COUNTS = 5
SUMMONS_KEYS = frozenset({
    "tracking_number", "incident_number", "obtn", "court.name", "court.division",
    "accused.name", "accused.last_name", "accused.first_name", "accused.dob",
    "accused.address", "accused.sex", "accused.aliases", "offence.date", "offence.place",
    "offence.substance", "officer.name", "officer.badge", "agency.name",
    "appearance.date", "appearance.time", "statement_of_facts", "process.summons",
    "arrested", "program.name", "court.address", "agency.address", "agency.phone",
    "offence.time",
    "offense.date", "offense.place", "offense.substance", "offense.time",
} | {f"counts.{n}.{part}" for n in range(1, COUNTS + 1) for part in ("code", "description")})
# maps registered before the US spelling ("offence.date") keep working
DATA_KEYS = {"summons": SUMMONS_KEYS}


def active_in(session: Session, kind: str) -> agency_template.AgencyTemplate | None:
    """The template in force for `kind`, checked again as it is used."""
    record = session.scalar(select(AgencyTemplateRecord).where(
        AgencyTemplateRecord.kind == kind, AgencyTemplateRecord.retired_at.is_(None)))
    if record is None:
        return None
    return agency_template.parse(record.pdf, record.field_map, DATA_KEYS[kind],
                                 source=f"{record.name} v{record.version}")


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    label: str
    sha256: str
    registered_at: datetime
    active: bool


class AgencyTemplateService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def register(self, actor: Actor, kind: str, pdf_path: Path, map_path: Path
                 ) -> agency_template.AgencyTemplate:
        require(self.db, actor, Data.CONFIGURATION, Access.WRITE, record_type="agency_template")
        if kind not in DATA_KEYS:
            raise InvalidInput(message("Templates", QT_TRANSLATE_NOOP(
                "Templates", "A template can replace one of: {kinds}."),
                kinds=Listed(tuple(DATA_KEYS))))  # as typed after --kind
        template = agency_template.load(Path(pdf_path), Path(map_path), DATA_KEYS[kind])
        with self.db.write() as session:
            if session.scalar(select(AgencyTemplateRecord.id).where(
                    AgencyTemplateRecord.name == template.name,
                    AgencyTemplateRecord.version == template.version)):
                raise AlreadyExists(message("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "{template} is already registered; give the new one a "
                    "higher version in its field map."), template=template.label))
            for older in session.scalars(select(AgencyTemplateRecord).where(
                    AgencyTemplateRecord.kind == kind,
                    AgencyTemplateRecord.retired_at.is_(None))):
                older.retired_at = self.now()
            record = AgencyTemplateRecord(
                kind=kind, name=template.name, version=template.version, pdf=template.pdf,
                field_map=Path(map_path).read_text(encoding="utf-8"), sha256=sha256(template.pdf),
                registered_by=actor.user_id or actor.username, registered_at=self.now())
            session.add(record)
            session.flush()
            audit.record(session, actor, "agency_template.register",
                         record_type="agency_template", record_id=record.id,
                         details={"kind": kind, "template": template.label,
                                  "sha256": record.sha256})
        return template

    def active(self, kind: str) -> agency_template.AgencyTemplate | None:
        with self.db.read() as session:
            return active_in(session, kind)

    def list(self, actor: Actor) -> list[TemplateInfo]:
        require(self.db, actor, Data.CONFIGURATION, Access.READ, record_type="agency_template")
        with self.db.read() as session:
            return [TemplateInfo(r.kind, f"{r.name} v{r.version}", r.sha256, r.registered_at,
                                 r.retired_at is None)
                    for r in session.scalars(select(AgencyTemplateRecord).order_by(
                        AgencyTemplateRecord.kind, AgencyTemplateRecord.registered_at))]
