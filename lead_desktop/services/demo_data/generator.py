"""Generate synthetic participants across every profile and state, in bulk, as a program
at work on today's date looks (living.py: recent referrals, this week's appointments,
reviews waiting, summonses to print).

Rows are written with set-based inserts in batches (one transaction per batch) rather than
through the per-record services, so 100,000 participants take minutes, not hours. The paths
through the states are the workflow's own; the generation itself is one audit entry.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import insert, select, text

from lead_desktop.db.database import Database
from lead_desktop.models import (
    Appointment,
    Attachment,
    AttachmentChunk,
    Case,
    CaseNote,
    CaseTransition,
    Consent,
    ExitRecord,
    IntakeAssessment,
    JusticeLookup,
    OutcomeSnapshot,
    Person,
    PersonAlias,
    PersonIdentifier,
    PersonNameKey,
    PlanGoal,
    Provider,
    ProviderCapacity,
    ProviderReferral,
    Referral,
    Summons,
    User,
)
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.passwords import hash_password
from lead_desktop.security.roles import Role
from lead_desktop.services.demo_data import living
from lead_desktop.services.demo_data import vocabulary as words
from lead_desktop.services.demo_data.signed_copies import add_signed_copy
from lead_desktop.services.people.blocking import person_blocks
from lead_desktop.services.people.name_keys import fold, name_keys
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState, ReferralType

S = CaseState
BATCH = 1000
PATHS = {  # target state -> the states a case passes through to get there
    S.REFERRED: [S.REFERRED],
    S.DECLINED_OFFER: [S.REFERRED, S.DECLINED_OFFER],
    S.ELIGIBILITY_REVIEW: [S.REFERRED, S.ELIGIBILITY_REVIEW],
    S.INELIGIBLE: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INELIGIBLE],
    S.WAITLISTED: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.WAITLISTED],
    S.INTAKE_PENDING: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING],
    S.ACTIVE: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE],
    S.LOST_CONTACT: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE,
                     S.LOST_CONTACT],
    S.AWAITING_TREATMENT: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE,
                           S.AWAITING_TREATMENT],
    S.COMPLETED: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE, S.COMPLETED],
    S.EXITED: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE, S.EXITED],
    S.REMOVED: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE, S.REMOVED],
    S.COMPLIANCE_REVIEW: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE,
                          S.COMPLIANCE_REVIEW],
    S.DISQUALIFIED: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE,
                     S.COMPLIANCE_REVIEW, S.DISQUALIFIED],
    S.REFERRED_FOR_CHARGES: [S.REFERRED, S.ELIGIBILITY_REVIEW, S.INTAKE_PENDING, S.ACTIVE,
                             S.COMPLIANCE_REVIEW, S.REFERRED_FOR_CHARGES],
}
WEIGHTS = {S.REFERRED: 3, S.DECLINED_OFFER: 3, S.ELIGIBILITY_REVIEW: 3, S.INELIGIBLE: 6,
           S.WAITLISTED: 2, S.INTAKE_PENDING: 6, S.ACTIVE: 30, S.LOST_CONTACT: 8,
           S.COMPLETED: 14, S.EXITED: 10, S.REMOVED: 2, S.COMPLIANCE_REVIEW: 4,
           S.DISQUALIFIED: 5, S.REFERRED_FOR_CHARGES: 4, S.AWAITING_TREATMENT: 6}
COMPLIANCE_ONLY = {S.COMPLIANCE_REVIEW, S.DISQUALIFIED, S.REFERRED_FOR_CHARGES}
STAFF_PASSWORD = "demo only, not secret"
TEAM_SIZE = 10  # demo case managers per team; the demo supervisor leads the first team


def _demo_team(role: Role, number: int) -> str | None:
    if role is Role.CASE_MANAGER:
        return f"Team {number // TEAM_SIZE + 1}"
    return "Team 1" if role is Role.SUPERVISOR else None


@dataclass
class Rows:
    """Row dictionaries per model, flushed together in one transaction."""

    by_model: dict = field(default_factory=dict)

    def add(self, model, **values) -> None:
        self.by_model.setdefault(model, []).append(values)


def _uid(_: random.Random) -> str:
    # Ids stay truly random, so running the generator twice on one database never collides;
    # the seed decides the content.
    return str(uuid.uuid4())


@dataclass
class Summary:
    participants: int = 0
    notes: int = 0
    by_state: dict = field(default_factory=dict)


class DemoDataGenerator:
    def __init__(self, db: Database, profiles: dict[str, Profile], seed: int = 1,
                 today: date | None = None) -> None:
        self.db, self.profiles = db, list(profiles.values())
        self.rng = random.Random(seed)
        self.today = today or date.today()
        # "now" is late on `today` when a past day is asked for, else the real time
        self.now = datetime.now(timezone.utc) if today is None else datetime.combine(
            self.today, datetime.min.time(), timezone.utc) + timedelta(hours=20)
        self.summary = Summary()

    def run(self, participants: int, progress=None) -> Summary:
        staff = self._staff(max(2, participants // 20))
        providers = self._providers()
        with self.db.write() as session:
            self.court = living.ensure_directory(session, self.profiles, self.now)
        done = 0
        while done < participants:
            rows = Rows()
            search_rows = []
            for _ in range(min(BATCH, participants - done)):
                search_rows.append(self._participant(rows, staff, providers))
            self._flush(rows, search_rows)
            done += min(BATCH, participants - done)
            if progress:
                progress(done)
        with self.db.write() as session:
            audit.record(session, Actor.system("demo-data"), "demo_data.generate",
                         details={"participants": participants, "notes": self.summary.notes})
        self.summary.participants = participants
        return self.summary

    # --- reference data ---

    def _staff(self, case_managers: int) -> dict[Role, list[str]]:
        """Existing staff, topped up with demo case managers for realistic caseloads."""
        with self.db.write() as session:
            found: dict[Role, list[str]] = {}
            for user in session.scalars(select(User)):
                found.setdefault(Role(user.role), []).append(user.id)
            needed = case_managers - len(found.get(Role.CASE_MANAGER, []))
            shared_hash = hash_password(STAFF_PASSWORD) if needed > 0 or not found else None
            for role, count in ((Role.CASE_MANAGER, needed), (Role.SUPERVISOR, 1 - len(
                    found.get(Role.SUPERVISOR, []))), (Role.OFFICER, 3 - len(
                    found.get(Role.OFFICER, []))), (Role.PROSECUTOR_REVIEWER, 1 - len(
                    found.get(Role.PROSECUTOR_REVIEWER, [])))):
                for n in range(max(0, count)):
                    number = len(found.get(role, []))  # grows as each one is added below
                    user = User(username=f"demo.{role.value.split('_')[0]}{number + 1:03d}",
                                display_name=f"Demo {role.label} {n + 1}", role=role.value,
                                password_hash=shared_hash or hash_password(STAFF_PASSWORD),
                                team=_demo_team(role, number))
                    session.add(user)
                    session.flush()
                    found.setdefault(role, []).append(user.id)
            return found

    def _providers(self) -> list[dict]:
        names = [("Spectrum Health Systems", ["detox", "residential", "mat_methadone"]),
                 ("Evergreen Recovery Center", ["intensive_outpatient", "outpatient"]),
                 ("Harbor MAT Clinic", ["mat_buprenorphine", "mat_naltrexone"]),
                 ("Crossroads Mental Health", ["mental_health"]),
                 ("Open Door Housing Navigation", ["housing", "benefits", "id_documents"]),
                 ("Baltimore Crisis Response Inc.", ["detox", "mental_health"])]
        system = Actor.system("demo-data")
        result = []
        with self.db.write() as session:
            existing = {p.name: p for p in session.scalars(select(Provider))}
            for name, levels in names:
                if name in existing:
                    result.append({"id": existing[name].id, "name": name,
                                   "levels": existing[name].levels_of_care})
                    continue
                provider = Provider(name=name, levels_of_care=levels, part2_program=True,
                                    provider_type="treatment provider", active=True,
                                    languages=["en", "es"], created_by=None,
                                    insurance_accepted=["Medicaid", "uninsured (grant-funded)"])
                session.add(provider)
                session.flush()
                for level in levels:
                    total = self.rng.randint(10, 60)
                    vacancies = self.rng.choice([0, 0, 1, 2, 5])
                    session.add(ProviderCapacity(
                        provider_id=provider.id, level=level, total_slots=total,
                        funded_slots=total - self.rng.randint(0, 5), vacancies=vacancies,
                        waitlist_length=self.rng.choice([0, 12, 45, 180]) if not vacancies else 0,
                        as_of=self.today - timedelta(days=self.rng.randint(0, 10)),
                        updated_by=system.username))
                result.append({"id": provider.id, "name": name, "levels": levels})
        return result

    # --- one participant ---

    def _participant(self, rows: Rows, staff, providers) -> dict:
        rng = self.rng
        profile = rng.choice(self.profiles)
        states = [s for s in WEIGHTS if (profile.compliance_based or s not in COMPLIANCE_ONLY)
                  and (s is not S.AWAITING_TREATMENT or profile.awaiting_treatment_state)]
        target = rng.choices(states, [WEIGHTS[s] for s in states])[0]
        self.summary.by_state[target.value] = self.summary.by_state.get(target.value, 0) + 1
        person_id, names = self._person(rows)
        referral_type = rng.choice(profile.referral_types)
        path = [s for s in PATHS[target]
                if not (s is S.ELIGIBILITY_REVIEW and not profile.needs_da_review(referral_type)
                        and target not in (S.INELIGIBLE, S.ELIGIBILITY_REVIEW, S.WAITLISTED))]
        if not profile.needs_da_review(referral_type) and target in (S.INELIGIBLE,
                                                                      S.ELIGIBILITY_REVIEW):
            referral_type = ReferralType.ARREST_DIVERSION
        referred_at = living.referred_at(rng, self.now, living.days_ago(rng, target, profile,
                                                                         len(path)))
        officer = rng.choice(staff[Role.OFFICER])
        manager = rng.choice(staff[Role.CASE_MANAGER]) if target is not S.DECLINED_OFFER else None
        referral_id, case_id = _uid(rng), _uid(rng)
        area = profile.exclusions.catchment_areas[0] if profile.exclusions.catchment_areas else None
        units = profile.exclusions.max_dosage_units is not None  # e.g. opioid pills
        rows.add(Referral, id=referral_id, person_id=person_id, referral_type=referral_type.value,
                 referred_at=referred_at, officer_name="Officer " + rng.choice(words.LAST_NAMES),
                 officer_badge=str(rng.randint(100, 9999)), agency=living.agency_name(profile),
                 incident_number=f"INC-{rng.randint(10**6, 10**7 - 1)}"
                 if referral_type is ReferralType.ARREST_DIVERSION else None,
                 location=rng.choice(words.LOCATIONS), origin_area=area,
                 in_catchment=True if area else None,
                 offenses=[{"code": "POSS", "description": "Possession of a controlled substance"}],
                 quantity=Decimal(rng.randint(2, 40)) if units else
                 Decimal(str(round(rng.uniform(0.1, 2.5), 1))),
                 quantity_unit="dosage_units" if units else "g",
                 distribution="none", handoff_at=referred_at + timedelta(minutes=rng.randint(10, 90))
                 if manager else None, person_agreed=target is not S.DECLINED_OFFER,
                 declined_reason="did not want the program" if target is S.DECLINED_OFFER else None,
                 needs_now=rng.choice(["a bed", "food", "ID", "detox", None]),
                 created_at=referred_at, row_version=1)
        when = referred_at
        previous = None
        for seq, state in enumerate(path, start=1):
            rows.add(CaseTransition, id=_uid(rng), case_id=case_id, seq=seq,
                     from_state=previous.value if previous else None, to_state=state.value,
                     at=when, user_id=officer if seq == 1 else manager, role=None,
                     proposer="person", rule="demo_data", details={})
            previous = state
            if seq < len(path):
                when += living.step_gap(rng, referred_at, self.now, len(path))
        entered = next((True for s in path if s is S.ACTIVE), False)
        intake_due = (referred_at + timedelta(days=profile.intake_deadline_days)).date()
        entered_on = when.date() if target is S.ACTIVE else (
            (referred_at + timedelta(days=20)).date() if entered else None)
        rows.add(Case, id=case_id, person_id=person_id, referral_id=referral_id,
                 referral_type=referral_type.value, profile_id=profile.id,
                 profile_version=profile.version, state=target.value, state_since=when,
                 case_manager_id=manager, referred_by_id=officer,
                 intake_due=intake_due if S.INTAKE_PENDING in path else None,
                 entered_on=entered_on,
                 previous_open_state=path[-2].value if target.terminal and len(path) > 1 else None,
                 created_at=referred_at, row_version=1)
        if entered:
            # Active participants are in touch: their contacts run up to the last few days.
            until = (datetime.combine(self.today, datetime.min.time(), timezone.utc)
                     - timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 12))
                     if target is S.ACTIVE else when)
            self._care(rows, case_id, person_id, referred_at, until, manager, providers, target,
                       profile, entered_on)
        if target is S.REFERRED_FOR_CHARGES:
            rows.add(Summons, id=_uid(rng), **living.summons_row(
                rng, self.court, profile, case_id, rng.choice(staff[Role.PROSECUTOR_REVIEWER]),
                when, [{"code": "POSS", "description": "Possession of a controlled substance"}],
                self.today))
        if target.terminal and target not in (S.DECLINED_OFFER, S.INELIGIBLE):
            rows.add(ExitRecord, id=_uid(rng), case_id=case_id, exit_date=when.date(),
                     exit_type={S.COMPLETED: "completed", S.REMOVED: "removed_violence_threat",
                                S.DISQUALIFIED: "disqualified"}.get(target, "moved"),
                     reason=None if target is S.COMPLETED else "demo", approved_by=manager or officer,
                     charges_outcome="held_permanently" if target is S.COMPLETED else "n_a",
                     created_at=when, row_version=1)
        return {"person_id": person_id, **names}

    def _person(self, rows: Rows) -> tuple[str, dict]:
        rng = self.rng
        person_id = _uid(rng)
        last, first = rng.choice(words.LAST_NAMES), rng.choice(words.FIRST_NAMES)
        if rng.random() < 0.08:
            last = f"{last}-{rng.choice(words.LAST_NAMES)}"
        dob = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
        rows.add(Person, id=person_id, last_name=last, first_name=first, dob=dob,
                 preferred_language="es" if rng.random() < 0.2 else "en",
                 sex=rng.choice(["F", "M", "X", "unknown"]), race=[], phones=[],
                 unhoused=rng.random() < 0.6, created_at=datetime.now(timezone.utc),
                 row_version=1, needs_interpreter=False, dob_estimated=False, safe_contact=False)
        alias = rng.choice(words.STREET_ALIASES) if rng.random() < 0.25 else None
        if alias:
            rows.add(PersonAlias, person_id=person_id, last_name=alias, first_name=None,
                     kind="street")
        sid = f"SID{rng.randint(10**7, 10**8 - 1)}" if rng.random() < 0.5 else None
        if sid:
            rows.add(PersonIdentifier, person_id=person_id, kind="sid", value=sid)
        keys = person_blocks(last, first, dob, alias_lasts=(alias,) if alias else ()).rows()
        for field_name, key in sorted(keys):
            rows.add(PersonNameKey, person_id=person_id, field=field_name, key=key)
        sound = name_keys(f"{last} {first}") | (name_keys(alias) if alias else set())
        return person_id, {"names": fold(f"{last} {first} {alias or ''}"),
                           "sound": " ".join(sorted(sound)), "born": dob.isoformat(),
                           "ids": sid or ""}

    def _care(self, rows: Rows, case_id, person_id, start, end, manager, providers, target,
              profile: Profile, entered_on: date):
        rng = self.rng
        consent_id = _uid(rng)
        rows.add(Consent, id=consent_id, person_id=person_id, case_id=case_id,
                 consent_type="part2_cj_referral", discloser="LEAD case management",
                 recipients=[{"class": "treatment provider"}],
                 information_description="Attendance, treatment progress and discharge status",
                 purpose="Treatment coordination and reports to the DA", language="en",
                 expires_on=(self.today + timedelta(days=rng.randint(10, 365))
                             if target is S.ACTIVE else
                             (end + timedelta(days=rng.randint(-30, 365))).date()),
                 cj_revocable_after=(start + timedelta(days=180)).date(),
                 signed_by="participant", signed_at=start + timedelta(days=2),
                 signature_method="wet_ink_scanned",
                 scanned_copy_sha256=add_signed_copy(rows, _uid(rng), consent_id, person_id,
                                                     case_id, start + timedelta(days=2)),
                 status="active", created_at=start, row_version=1)
        rows.add(IntakeAssessment, id=_uid(rng), case_id=case_id,
                 intake_started=(start + timedelta(days=1)).date(),
                 intake_completed=(start + timedelta(days=10)).date(), consent_id=consent_id,
                 domains={"housing": {"status": "unsheltered", "notes": ""}},
                 signed_off_by=manager, signed_off_at=start + timedelta(days=10),
                 created_at=start, row_version=1)
        rows.add(PlanGoal, id=_uid(rng), case_id=case_id, goal_text="Get my own place",
                 domain="housing", horizon="long_term",
                 status="met" if target is S.COMPLETED else rng.choice(["open", "progressing"]),
                 steps=[], created_at=start, row_version=1)
        provider = rng.choice(providers)
        # a referral sent weeks ago has had its answer by now (a healthy program chases)
        status = rng.choice(["sent", "waitlisted", "accepted", "attending", "completed"]
                            if (self.now - start).days < 30 else
                            ["waitlisted", "accepted", "attending", "attending", "completed"])
        if target is S.AWAITING_TREATMENT:  # waiting on this provider's list
            status = "waitlisted"
        sent = start + timedelta(days=12)
        # admitted some days after the referral (the providers page's median): taken from
        # the date, not the seed's sequence, so the rest of the demo stays as it was
        admitted = (min(sent + timedelta(days=2 + start.toordinal() % 19), self.now)
                    if status in ("attending", "completed") else None)
        referral_id = _uid(rng)  # the appointments below are with this provider
        rows.add(ProviderReferral, id=referral_id, case_id=case_id, provider_id=provider["id"],
                 level_of_care=provider["levels"][0], status=status, consent_id=consent_id,
                 sent_at=sent, admitted_at=admitted,
                 waitlist_position=rng.randint(1, 200) if status == "waitlisted" else None,
                 created_at=start, row_version=1)
        span = max(1, (end - start).days)
        for _ in range(rng.randint(0, 20)):
            # contacts fall before the case's last transition (e.g. before contact was lost)
            contact = start + timedelta(seconds=rng.randint(0, max(1, int(
                (end - start).total_seconds()) - 1)))
            text_ = " ".join(rng.choice(words.NOTE_PHRASES)
                             for _ in range(rng.choice([1, 1, 2, 3, 12])))
            rows.add(CaseNote, id=_uid(rng), case_id=case_id, author_id=manager,
                     contact_at=contact, duration_min=rng.randint(5, 90),
                     contact_type=rng.choice(["street", "office", "phone", "text", "provider"]),
                     text=text_, needs_addressed=[], part2=rng.random() < 0.2,
                     counseling_note=False, signed_at=contact, created_at=contact, row_version=1)
            self.summary.notes += 1
        if target is S.ACTIVE:  # seen lately, and seen again this week
            seen = end + timedelta(hours=rng.randint(0, 8))
            rows.add(CaseNote, id=_uid(rng), case_id=case_id, author_id=manager,
                     contact_at=seen, duration_min=rng.randint(10, 45), contact_type="street",
                     text=rng.choice(words.NOTE_PHRASES), needs_addressed=[], part2=False,
                     counseling_note=False, signed_at=seen, created_at=seen, row_version=1)
            self.summary.notes += 1
            for at, _ in living.upcoming_appointments(rng, self.today):
                rows.add(Appointment, id=_uid(rng), case_id=case_id, scheduled_at=at,
                         kind="provider", provider_referral_id=referral_id, created_at=start,
                         row_version=1)
        for _ in range(rng.randint(0, 4)):
            at = start + timedelta(days=rng.randint(0, span))
            attendance = living.attendance(rng, profile, target)
            rows.add(Appointment, id=_uid(rng), case_id=case_id, scheduled_at=at, kind="provider",
                     provider_referral_id=referral_id, attendance=attendance, attendance_source="provider_report",
                     excuse_reason="in hospital" if attendance == "excused" else None,
                     recorded_at=at, created_at=at, row_version=1)
        if target in (S.ACTIVE, S.LOST_CONTACT, S.COMPLIANCE_REVIEW):
            for window, looked in living.lookups_done(
                    rng, entered_on, profile.timers.evaluation_lookup_months, self.today):
                at = datetime.combine(looked, datetime.min.time(), timezone.utc)
                rows.add(JusticeLookup, id=_uid(rng), person_id=person_id, case_id=case_id,
                         window=window, looked_on=looked, sources="county court index",
                         nothing_found=True, created_at=at, created_by=manager, row_version=1)
        month = start.date().replace(day=1)
        last = (self.today if target is S.ACTIVE else end.date()).replace(day=1)
        while month < last and month.year >= 2000:
            rows.add(OutcomeSnapshot, id=_uid(rng), case_id=case_id, month=month,
                     housing=rng.choice(["unsheltered", "emergency_shelter", "temporary",
                                         "permanent"]),
                     employment=rng.choice(["none", "job_search_training", "full_time"]),
                     income_benefits=[rng.choice(["SNAP", "Medicaid", "none"])],
                     created_at=datetime.combine(month, datetime.min.time(), timezone.utc),
                     row_version=1)
            month = (month + timedelta(days=32)).replace(day=1)

    # --- writing ---

    def _flush(self, rows: Rows, search_rows: list[dict]) -> None:
        order = [Person, PersonAlias, PersonIdentifier, PersonNameKey, Referral, Case,
                 CaseTransition, Summons, Consent, Attachment, AttachmentChunk,
                 IntakeAssessment, PlanGoal, ProviderReferral, CaseNote, Appointment,
                 OutcomeSnapshot, ExitRecord, JusticeLookup]
        with self.db.write() as session:
            for model in order:
                values = rows.by_model.get(model)
                if values:
                    session.execute(insert(model), values)
            if session.get_bind().dialect.name == "sqlite":
                session.execute(text("INSERT INTO person_search (person_id, names, sound, born, ids)"
                                     " VALUES (:person_id, :names, :sound, :born, :ids)"),
                                search_rows)
