"""A whole program wired as the app wires it, on the real encrypted database, with a clock
a test can move forward. The `program` fixture in tests/conftest.py builds one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lead_desktop.services.care.intake_service import IntakeService
from lead_desktop.services.care.note_service import NoteService
from lead_desktop.services.cases.case_service import CaseService
from lead_desktop.services.cases.eligibility_service import EligibilityService
from lead_desktop.services.cases.work_queue import WorkQueue
from lead_desktop.services.consent.consent_service import ConsentService
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.program.profile_store import ProfileStore
from lead_desktop.services.providers.provider_service import ProviderService
from lead_desktop.services.providers.referral_service import ProviderReferralService


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@dataclass
class Program:
    clock: Clock
    people: PersonService
    cases: CaseService
    eligibility: EligibilityService
    consents: ConsentService
    intake: IntakeService
    notes: NoteService
    providers: ProviderService
    provider_referrals: ProviderReferralService
    work_queue: WorkQueue


def build_program(db) -> Program:
    clock = Clock(datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc))
    cases = CaseService(db, ProfileStore(db, clock), now=clock)
    return Program(clock, PersonService(db, clock), cases, EligibilityService(db, cases, clock),
                   ConsentService(db, clock), IntakeService(db, clock), NoteService(db, clock),
                   ProviderService(db, clock), ProviderReferralService(db, clock),
                   WorkQueue(db, cases.profiles, clock))
