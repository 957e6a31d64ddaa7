"""Provider referrals (closed loop, workflow.md §6) and appointments with attendance.

Sending a referral discloses Part 2 information, so it needs a consent valid today that
names the provider (or its class); a supervisor may override with a reason. Either way the
disclosure is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy import select

from lead_desktop.db.database import Database
from lead_desktop.errors import InvalidInput
from lead_desktop.models import (
    Appointment,
    Case,
    DisclosureLogEntry,
    Provider,
    ProviderReferral,
    ProviderReferralEvent,
)
from lead_desktop.models.base import utcnow
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.permissions import require
from lead_desktop.security.roles import Access, Data, Role
from lead_desktop.services import records, text_input
from lead_desktop.services.consent.consent_service import (
    ConsentMissing,
    guard_consent,
    override_refused,
)
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Listed, message
from lead_desktop.services.providers.referral_states import (
    DECLINE_REASONS,
    DISCHARGE_REASONS,
    LEVELS_OF_CARE,
    can_move,
)

APPOINTMENT_KINDS = ("provider", "case_manager", "court", "benefits", "other")
ATTENDANCE = ("attended", "missed", "excused", "cancelled_by_provider", "rescheduled", "unknown")
ATTENDANCE_SOURCES = ("provider_report", "participant", "observed")
RECORD_ATTENDANCE_WITHIN = timedelta(days=2)


@dataclass(frozen=True)
class StepInput:
    """What a status step records (workflow.md §6)."""

    method: str | None = None
    provider_contact: str | None = None
    waitlist_position: int | None = None
    expected_date: date | None = None
    level_of_care: str | None = None
    reason: str | None = None
    override_reason: str | None = None
    note: str | None = None


class ProviderReferralService:
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        self.db, self.now = db, now

    def draft(self, actor: Actor, case_id: str, provider_id: str, level_of_care: str) -> str:
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE, record_type="case",
                record_id=case_id)
        if level_of_care not in LEVELS_OF_CARE:
            raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                "ProviderReferrals", "Choose a level of care.")))
        with self.db.write() as session:
            if session.get(Provider, provider_id) is None:
                raise records.not_found("provider")
            referral = records.created(ProviderReferral(
                case_id=case_id, provider_id=provider_id, level_of_care=level_of_care,
                status="draft"), actor, self.now())
            session.add(referral)
            session.flush()
            self._event(referral, "draft", actor, None)
            audit.record(session, actor, "provider_referral.create",
                         record_type="provider_referral", record_id=referral.id)
            return referral.id

    def step(self, actor: Actor, referral_id: str, to: str, data: StepInput = StepInput(), *,
             expected_version: int | None = None) -> None:
        """Move the referral one step along the loop, recording what that step records.
        With `expected_version` (the version on screen) a step recorded meanwhile on another
        workstation is not stepped over unseen (StaleRecord); without it only the loop's
        own check applies (a step from the status the referral is in now)."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE,
                record_type="provider_referral", record_id=referral_id)
        text_input.require_clean(data, texts=("note",))
        if to == "sent" and data.override_reason and actor.role is not Role.SUPERVISOR:
            raise override_refused()
        failure = None
        with self.db.write() as session:
            referral = session.get(ProviderReferral, referral_id)
            if referral is None:
                raise records.not_found("provider referral")
            if expected_version is not None:
                records.require_version(referral, expected_version, {"status": to},
                                        "provider referral")
            if not can_move(referral.status, to):
                raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                    "ProviderReferrals", "A referral with the status {status} cannot move to {to}."),
                    status=Coded("provider_referral_status", referral.status),
                    to=Coded("provider_referral_status", to)))
            now = self.now()
            if to == "sent":
                failure = self._send(session, referral, actor, data, now)
            if failure is None:
                self._record_step(referral, to, data, now)
                referral.status = to
                records.changed(referral, actor, now)
                self._event(referral, to, actor, data.note)
                audit.record(session, actor, "provider_referral.step",
                             record_type="provider_referral", record_id=referral_id,
                             details={"to": to})
        if failure is not None:  # committed: the refusal is in the audit log
            raise failure

    def _send(self, session, referral: ProviderReferral, actor: Actor, data: StepInput,
              now: datetime) -> Exception | None:
        if not data.method:
            return InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                "ProviderReferrals", "Record how the referral was sent.")))
        case = session.get(Case, referral.case_id)
        provider = session.get(Provider, referral.provider_id)
        consent = guard_consent(session, case.person_id, provider.name, provider.provider_type,
                                now.date())
        if consent is None and not (data.override_reason or "").strip():
            audit.record(session, actor, "consent.guard", record_type="provider_referral",
                         record_id=referral.id, outcome=audit.FAILURE, reason="no_valid_consent")
            return ConsentMissing(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                "ProviderReferrals", "No consent valid today names {provider}. Record the "
                "participant's consent first, or ask a supervisor to override."),
                provider=provider.name))
        referral.consent_id = consent.id if consent else None
        if consent is None:
            referral.override_reason, referral.override_by = data.override_reason, actor.user_id
            audit.record(session, actor, "consent.override", record_type="provider_referral",
                         record_id=referral.id, reason=data.override_reason)
        entry = records.created(DisclosureLogEntry(
            person_id=case.person_id, case_id=case.id, disclosed_at=now, recipient=provider.name,
            purpose=f"referral for {referral.level_of_care.replace('_', ' ')}",
            consent_id=referral.consent_id, what_sent=[{"document": "provider referral"}],
            method=data.method, by_user=actor.user_id, notice_2_32_attached=True,
            override_reason=referral.override_reason), actor, now)
        session.add(entry)
        session.flush()
        audit.record(session, actor, "disclosure", record_type="disclosure", record_id=entry.id,
                     details={"consent": referral.consent_id})
        return None

    @staticmethod
    def _record_step(referral: ProviderReferral, to: str, data: StepInput, now: datetime) -> None:
        if to == "sent":
            referral.sent_at, referral.method = now, data.method
        elif to == "accepted":
            referral.provider_contact = data.provider_contact
        elif to == "waitlisted":
            referral.waitlist_position, referral.expected_date = (data.waitlist_position,
                                                                  data.expected_date)
        elif to == "admitted":
            referral.admitted_at = now
            if data.level_of_care:
                referral.level_of_care = data.level_of_care
        elif to == "discharged":
            if data.reason not in DISCHARGE_REASONS:
                raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                    "ProviderReferrals", "A discharge reason is one of {reasons}."),
                    reasons=Listed(tuple(Coded("discharge_reason", r)
                                         for r in DISCHARGE_REASONS))))
            referral.discharged_at, referral.outcome_reason = now, data.reason
        elif to == "declined":
            if data.reason not in DECLINE_REASONS:
                raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                    "ProviderReferrals", "A decline reason is one of {reasons}."),
                    reasons=Listed(tuple(Coded("decline_reason", r) for r in DECLINE_REASONS))))
            referral.outcome_reason = data.reason
        elif to == "completed":
            referral.discharged_at = now

    def _event(self, referral: ProviderReferral, status: str, actor: Actor,
               note: str | None) -> None:
        """Each step of the loop, dated by the service's clock (the app's), like the
        referral's own dates: the waitlist alert counts from it."""
        referral.events.append(ProviderReferralEvent(status=status, at=self.now(),
                                                     by_user=actor.user_id, note=note))

    # --- appointments ---

    def schedule(self, actor: Actor, case_id: str, scheduled_at: datetime, kind: str,
                 provider_referral_id: str | None = None) -> str:
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE, record_type="case",
                record_id=case_id)
        text_input.require_clean(scheduled_at=scheduled_at)
        if kind not in APPOINTMENT_KINDS:
            raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                "ProviderReferrals", "An appointment is one of {kinds}."),
                kinds=Listed(tuple(Coded("appointment_kind", k) for k in APPOINTMENT_KINDS))))
        with self.db.write() as session:
            appointment = records.created(Appointment(
                case_id=case_id, scheduled_at=scheduled_at, kind=kind,
                provider_referral_id=provider_referral_id), actor, self.now())
            session.add(appointment)
            session.flush()
            audit.record(session, actor, "appointment.create", record_type="appointment",
                         record_id=appointment.id)
            return appointment.id

    def record_attendance(self, actor: Actor, appointment_id: str, attendance: str, source: str,
                          excuse_reason: str | None = None, *,
                          expected_version: int | None = None) -> None:
        """Unexcused misses count toward the profile's limit; an excuse needs its reason.
        With `expected_version` (the appointment as shown) attendance recorded meanwhile
        elsewhere is not overwritten unseen (StaleRecord)."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.WRITE,
                record_type="appointment", record_id=appointment_id)
        problems = records.Problems()
        text_input.check(problems, "excuse_reason", excuse_reason)
        if attendance not in ATTENDANCE:
            problems.add("attendance", f"one of {', '.join(ATTENDANCE)}")
        if source not in ATTENDANCE_SOURCES:
            problems.add("attendance_source", f"one of {', '.join(ATTENDANCE_SOURCES)}")
        if attendance == "excused" and not (excuse_reason or "").strip():
            problems.add("excuse_reason", "required when the absence is excused")
        problems.raise_if_any()
        with self.db.write() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise records.not_found("appointment")
            if expected_version is not None:
                records.require_version(appointment, expected_version,
                                        {"attendance": attendance}, "appointment")
            if appointment.scheduled_at > self.now() and attendance in ("attended", "missed"):
                raise InvalidInput(message("ProviderReferrals", QT_TRANSLATE_NOOP(
                    "ProviderReferrals", "Attendance is recorded after the appointment time.")))
            appointment.attendance, appointment.attendance_source = attendance, source
            appointment.excuse_reason = excuse_reason
            appointment.recorded_at = self.now()
            records.changed(appointment, actor, self.now())
            audit.record(session, actor, "appointment.attendance", record_type="appointment",
                         record_id=appointment_id, details={"attendance": attendance})

    def list_appointments(self, actor: Actor, case_id: str) -> list["AppointmentView"]:
        """The case's appointments, earliest first, each with its provider's name: what
        the case manager records attendance on."""
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            rows = session.execute(
                select(Appointment, Provider.name)
                .outerjoin(ProviderReferral,
                           ProviderReferral.id == Appointment.provider_referral_id)
                .outerjoin(Provider, Provider.id == ProviderReferral.provider_id)
                .where(Appointment.case_id == case_id, Appointment.voided_at.is_(None))
                .order_by(Appointment.scheduled_at)).all()
            audit.record(session, actor, "appointment.list", record_type="case",
                         record_id=case_id)
            return [AppointmentView(a.id, a.scheduled_at, a.kind, a.provider_referral_id,
                                    provider, a.attendance, a.excuse_reason, a.row_version)
                    for a, provider in rows]

    def list_referrals(self, actor: Actor, case_id: str) -> list["ProviderReferralView"]:
        require(self.db, actor, Data.PROVIDER_REFERRALS, Access.READ, record_type="case",
                record_id=case_id)
        with self.db.write() as session:
            rows = session.scalars(select(ProviderReferral).where(
                ProviderReferral.case_id == case_id).order_by(ProviderReferral.created_at)).all()
            audit.record(session, actor, "provider_referral.list", record_type="case",
                         record_id=case_id)
            return [ProviderReferralView.of(row) for row in rows]


@dataclass(frozen=True)
class AppointmentView:
    id: str
    scheduled_at: datetime
    kind: str
    provider_referral_id: str | None
    provider: str | None          # the referral's provider, by name
    attendance: str | None        # None until recorded
    excuse_reason: str | None
    row_version: int = 1


@dataclass(frozen=True)
class ProviderReferralView:
    id: str
    provider_id: str
    level_of_care: str
    status: str
    consent_id: str | None
    override_reason: str | None
    sent_at: datetime | None
    admitted_at: datetime | None
    history: tuple[tuple[str, datetime], ...]
    row_version: int = 1

    @classmethod
    def of(cls, row: ProviderReferral) -> "ProviderReferralView":
        return cls(row.id, row.provider_id, row.level_of_care, row.status, row.consent_id,
                   row.override_reason, row.sent_at, row.admitted_at,
                   tuple((e.status, e.at) for e in row.events), row.row_version)
