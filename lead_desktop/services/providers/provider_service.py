"""Providers and capacity "as of" a date, shown while a case manager picks a provider."""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from sqlalchemy import func, select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import Provider, ProviderCapacity, ProviderReferral
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data
from lead_desktop.services import records, text_input
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, Message, message
from lead_desktop.services.providers.provider_types import checked_type
from lead_desktop.services.providers.referral_states import LEVELS_OF_CARE


@dataclass(frozen=True)
class CapacityView:
    level: str
    total_slots: int
    funded_slots: int
    vacancies: int
    waitlist_length: int | None
    as_of: date


@dataclass(frozen=True)
class ProviderChoice:
    id: str
    name: str
    part2_program: bool
    levels_of_care: tuple[str, ...]
    capacity: tuple[CapacityView, ...]
    median_days_to_admission: float | None
    insurance_accepted: tuple[str, ...] = ()   # payers: MassHealth, Medicaid, self-pay ...


# The median days from sent to admission is a county-wide figure over months of referrals:
# read in one pass over every provider's admissions and kept this long, so opening a
# person's follow-up tab does not walk the county's referrals each time (issue 16).
MEDIANS_KEPT_S = 600.0


class _Medians:
    """Provider id -> median days to admission, computed once per MEDIANS_KEPT_S."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._at: float | None = None
        self._values: dict[str, float] = {}

    def get(self, session) -> dict[str, float]:
        with self._lock:
            if self._at is None or time.monotonic() - self._at > MEDIANS_KEPT_S:
                days: dict[str, list[int]] = {}
                for provider_id, sent, admitted in session.execute(select(
                        ProviderReferral.provider_id, ProviderReferral.sent_at,
                        ProviderReferral.admitted_at).where(
                        ProviderReferral.admitted_at.is_not(None),
                        ProviderReferral.sent_at.is_not(None))):
                    days.setdefault(provider_id, []).append((admitted - sent).days)
                self._values = {k: float(statistics.median(v)) for k, v in days.items()}
                self._at = time.monotonic()
            return self._values


# A capacity reading older than this is stale: call the provider before counting on it.
STALE_AFTER_DAYS = 14


def _say(text: str, **values: object) -> Message:
    return message("ProviderWarnings", text, **values)


def capacity_warning(choice: ProviderChoice, level: str | None, today: date) -> Message | None:
    """Why a case manager should check before referring to this provider at this level:
    no vacancies, a stale reading, or none at all (Charleston: waitlists run long). A
    message with its values: the screen shows it in the user's language (ui/messages.py)."""
    reading = next((c for c in choice.capacity if c.level == level), None)
    if reading is None:
        return _say(QT_TRANSLATE_NOOP(
            "ProviderWarnings",
            "{provider} has reported no capacity for {level}: call first."),
            provider=choice.name, level=Coded("level_of_care", level))
    if reading.vacancies == 0 and reading.waitlist_length:
        return _say(QT_TRANSLATE_NOOP(
            "ProviderWarnings",
            "{provider} had no vacancies on {day}; {waiting} waiting: expect a waitlist."),
            provider=choice.name, day=reading.as_of, waiting=reading.waitlist_length)
    if reading.vacancies == 0:
        return _say(QT_TRANSLATE_NOOP(
            "ProviderWarnings", "{provider} had no vacancies on {day}: expect a waitlist."),
            provider=choice.name, day=reading.as_of)
    age = (today - reading.as_of).days
    if age > STALE_AFTER_DAYS:
        return _say(QT_TRANSLATE_NOOP(
            "ProviderWarnings",
            "The vacancy count of {provider} is {age} days old ({day}): call to confirm."),
            provider=choice.name, age=age, day=reading.as_of)
    return None


class ProviderService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now
        self._medians = _Medians()

    def add(self, actor: Actor, name: str, *, levels_of_care: tuple[str, ...] = (),
            part2_program: bool = True, provider_type: str | None = None,
            phone: str | None = None, address: str | None = None,
            contact_person: str | None = None, languages: tuple[str, ...] = ("en",),
            insurance_accepted: tuple[str, ...] = ()) -> str:
        """A provider, with the insurance or payers it takes (a case manager matches the
        participant's coverage before referring)."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE, record_type="provider")
        text_input.require_clean(name=name, provider_type=provider_type, phone=phone,
                                 address=address, contact_person=contact_person)
        if not name.strip():
            raise InvalidInput(message("Providers", QT_TRANSLATE_NOOP(
                "Providers", "The provider needs a name.")))
        bad = set(levels_of_care) - set(LEVELS_OF_CARE)
        if bad:
            raise InvalidInput(message("Providers", QT_TRANSLATE_NOOP(
                "Providers", "Unknown levels of care: {levels}."),
                levels=Listed(tuple(sorted(bad)))))
        provider_type = checked_type(provider_type)  # as consents name a class of recipients
        with self.db.write() as session:
            provider = records.created(Provider(
                name=name.strip(), levels_of_care=list(levels_of_care), provider_type=provider_type,
                part2_program=part2_program, phone=phone, address=address,
                contact_person=contact_person, languages=list(languages), active=True,
                insurance_accepted=[p.strip() for p in insurance_accepted if p.strip()]),
                actor, self.now())
            session.add(provider)
            session.flush()
            audit.record(session, actor, "provider.create", record_type="provider",
                         record_id=provider.id)
            return provider.id

    def update_capacity(self, actor: Actor, provider_id: str, level: str, *, total_slots: int,
                        funded_slots: int, vacancies: int, as_of: date,
                        waitlist_length: int | None = None) -> None:
        """A new capacity reading; earlier ones are kept as history."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE, record_type="provider",
                record_id=provider_id)
        problems = records.Problems()
        if level not in LEVELS_OF_CARE:
            problems.add("level", "unknown level of care")
        if min(total_slots, funded_slots, vacancies, waitlist_length or 0) < 0:
            problems.add("slots", "cannot be negative")
        if funded_slots > total_slots or vacancies > total_slots:
            problems.add("slots", "funded slots and vacancies cannot exceed the total")
        if as_of > self.now().date():
            problems.add("as_of", "cannot be in the future")
        problems.raise_if_any()
        with self.db.write() as session:
            session.add(ProviderCapacity(provider_id=provider_id, level=level,
                                         total_slots=total_slots, funded_slots=funded_slots,
                                         vacancies=vacancies, waitlist_length=waitlist_length,
                                         as_of=as_of, updated_by=actor.user_id))
            audit.record(session, actor, "provider.capacity", record_type="provider",
                         record_id=provider_id, details={"level": level})

    def today(self) -> date:
        return self.now().date()

    def choices(self, actor: Actor, level: str | None = None, as_of: date | None = None,
                ) -> list[ProviderChoice]:
        """Active providers with their latest capacity on or before `as_of`, most vacancies
        first, and the median days from referral sent to admission."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.READ, record_type="provider")
        day = as_of or self.now().date()
        with self.db.read() as session:
            providers = session.scalars(select(Provider).where(
                Provider.active.is_(True), Provider.voided_at.is_(None))).all()
            medians = self._medians.get(session)
            result = []
            for provider in providers:
                if level and level not in provider.levels_of_care:
                    continue
                result.append(ProviderChoice(
                    provider.id, provider.name, provider.part2_program,
                    tuple(provider.levels_of_care),
                    tuple(self._latest_capacity(session, provider.id, day)),
                    medians.get(provider.id),
                    tuple(provider.insurance_accepted or ())))
        result.sort(key=lambda c: (-sum(cap.vacancies for cap in c.capacity), c.name))
        return result

    @staticmethod
    def _latest_capacity(session, provider_id: str, day: date) -> list[CapacityView]:
        latest = select(ProviderCapacity.level, func.max(ProviderCapacity.as_of).label("as_of")) \
            .where(ProviderCapacity.provider_id == provider_id, ProviderCapacity.as_of <= day) \
            .group_by(ProviderCapacity.level).subquery()
        rows = session.scalars(select(ProviderCapacity).join(
            latest, (ProviderCapacity.level == latest.c.level)
            & (ProviderCapacity.as_of == latest.c.as_of))
            .where(ProviderCapacity.provider_id == provider_id)
            .order_by(ProviderCapacity.level, ProviderCapacity.id)).all()
        by_level = {row.level: row for row in rows}  # last reading of that day wins
        return [CapacityView(r.level, r.total_slots, r.funded_slots, r.vacancies,
                             r.waitlist_length, r.as_of) for r in by_level.values()]
