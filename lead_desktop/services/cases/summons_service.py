"""Summons / complaint records after the DA's decision to file: the clerk's status steps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Case, Court, Person, Summons
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message

NEXT = {
    "drafted": {"printed", "withdrawn"},
    "printed": {"printed", "filed", "withdrawn"},  # a reprint stays printed (reason recorded)
    "filed": {"issued", "withdrawn"},
    "issued": {"served", "returned_unserved", "withdrawn"},
    "returned_unserved": {"issued", "withdrawn"},
}


@dataclass(frozen=True)
class QueueRow:
    id: str
    tracking_number: str
    person: str
    status: str
    decided_at: datetime
    court: str = ""
    return_date: date | None = None
    return_time: str = ""
    case_id: str = ""


class SummonsService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def queue(self, actor: Actor, statuses: tuple[str, ...] = ("drafted", "printed", "filed",
                                                                "issued", "returned_unserved"),
              ) -> list[QueueRow]:
        """The clerk's print queue: summonses still to print, file, issue or serve."""
        require(self.db, actor, Data.SUMMONS, Access.WRITE, record_type="summons")
        with self.db.write() as session:
            rows = session.execute(
                select(Summons, Person.last_name, Person.first_name)
                .join(Case, Case.id == Summons.case_id).join(Person, Person.id == Case.person_id)
                .where(Summons.status.in_(statuses), Summons.voided_at.is_(None))
                .order_by(Summons.decided_at)).all()
            audit.record(session, actor, "summons.queue_view", record_type="summons",
                         details={"rows": len(rows)})
            return [QueueRow(s.id, s.tracking_number, f"{last}, {first}", s.status,
                             s.decided_at, " – ".join(v for v in (s.court, s.division) if v),
                             s.return_date, s.return_time or "", s.case_id)
                    for s, last, first in rows]

    def schedule(self, actor: Actor, summons_id: str, court_id: str, return_date: date,
                 return_time: str = "") -> None:
        """The court (from the program's directory) and the appearance date of a summons
        not yet filed: the DA's filing decision or the clerk's draft picks them."""
        require(self.db, actor, Data.SUMMONS, Access.WRITE, record_type="summons",
                record_id=summons_id)
        problems = {}
        if return_date <= self.now().date():
            problems["return_date"] = "must be after today"
        if return_time and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", return_time):
            problems["return_time"] = "a time like 09:00"
        if problems:
            raise records.ValidationFailed(problems)
        with self.db.write() as session:
            summons = session.get(Summons, summons_id)
            court = session.get(Court, court_id)
            if summons is None:
                raise records.not_found("summons")
            if court is None or court.voided_at is not None or not court.active:
                raise records.ValidationFailed({"court": "choose a court of the program's directory"})
            if summons.status not in ("drafted", "printed"):
                raise InvalidInput(message("Summons", QT_TRANSLATE_NOOP(
                    "Summons", "A summons with the status {status} keeps its court and date; "
                    "withdraw it and draft another to change them."),
                    status=Coded("summons_status", summons.status)))
            summons.court_id, summons.court, summons.division = court.id, court.name, \
                court.division
            summons.return_date, summons.return_time = return_date, return_time or None
            summons.updated_at, summons.updated_by = self.now(), actor.user_id
            audit.record(session, actor, "summons.schedule", record_type="summons",
                         record_id=summons_id,
                         details={"court": court.id, "return_date": return_date.isoformat()})

    def move(self, actor: Actor, summons_id: str, to: str, *, reason: str = "",
             served_by: str | None = None, service_method: str | None = None,
             complaint_number: str | None = None, from_status: str | None = None) -> None:
        """One step of the summons' status. `from_status` is the status the queue showed:
        a summons moved meanwhile on another desk is not moved again unseen (StaleRecord)."""
        require(self.db, actor, Data.SUMMONS, Access.WRITE, record_type="summons",
                record_id=summons_id)
        text_input.require_clean(reason=reason, served_by=served_by, service_method=service_method,
                                 complaint_number=complaint_number, names=("served_by",))
        with self.db.write() as session:
            summons = session.get(Summons, summons_id)
            if summons is None:
                raise records.not_found("summons")
            if from_status is not None and summons.status != from_status:
                raise records.StaleRecord("summons", {"status": summons.status,
                                                      "row_version": summons.row_version},
                                          {"status": to})
            if to not in NEXT.get(summons.status, set()):
                raise InvalidInput(message("Summons", QT_TRANSLATE_NOOP(
                    "Summons", "A summons with the status {status} cannot move to {to}."),
                    status=Coded("summons_status", summons.status),
                    to=Coded("summons_status", to)))
            if summons.status == "printed" and to == "printed" and not reason.strip():
                raise InvalidInput(message("Summons", QT_TRANSLATE_NOOP(
                    "Summons", "Give the reason for the reprint.")))
            if to == "withdrawn" and not reason.strip():
                raise InvalidInput(message("Summons", QT_TRANSLATE_NOOP(
                    "Summons", "Give the reason for withdrawing the summons.")))
            if to == "served":
                if not (served_by or "").strip() or not (service_method or "").strip():
                    raise InvalidInput(message("Summons", QT_TRANSLATE_NOOP(
                        "Summons", "Record who served it and how.")))
                summons.served_at, summons.served_by = self.now(), served_by
                summons.service_method = service_method
            if complaint_number:
                summons.complaint_number = complaint_number
            summons.status = to
            summons.status_history = [*summons.status_history,
                                      {"status": to, "at": self.now().isoformat(),
                                       "by": actor.user_id, "reason": reason or None}]
            summons.updated_at, summons.updated_by = self.now(), actor.user_id
            audit.record(session, actor, "summons.status", record_type="summons",
                         record_id=summons_id, details={"to": to})
