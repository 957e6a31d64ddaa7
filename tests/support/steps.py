"""Steps the scenario stories share, each one thing a user does through the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from lead_desktop.services.care.intake_service import IntakeInput
from lead_desktop.services.cases.referral_form import Offense, ReferralInput
from lead_desktop.services.consent.consent_service import ConsentInput, Signature
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.program.vocabulary import ReferralType
from tests.support.paper import attach_signed_agreement, attach_signed_copy

POSSESSION = Offense("94C-34", "Possession of a Class A substance")


def person(program, actor, last="Rivera", first="Ana", dob=date(1991, 6, 2), **kw):
    return program.people.create(actor, PersonInput(last_name=last, first_name=first, dob=dob,
                                                    **kw), confirmed_new=True)


def arrest_referral(program, officer, person_id, profile_key, **kw):
    data = dict(referral_type=ReferralType.ARREST_DIVERSION,
                referred_at=program.clock.now - timedelta(minutes=30),
                officer_name="Officer Dana Reyes", officer_badge="4471", agency="Worcester PD",
                location="Main St & Front St", incident_number="WPD-26-001234",
                offenses=(POSSESSION,), quantity=Decimal("0.8"), quantity_unit="g",
                distribution="none")
    data.update(kw)
    return program.cases.refer(officer, person_id, ReferralInput(**data), profile_key)


def signed_consent(program, cm, person_id, recipients, consent_type="part2_cj_referral",
                   case_id=None):
    view = program.consents.record(cm, ConsentInput(
        person_id=person_id, case_id=case_id, consent_type=consent_type,
        discloser="LEAD program case management",
        recipients=tuple(recipients),
        information_description="Attendance, treatment plan progress and discharge status",
        purpose="Coordinate treatment and report compliance to the District Attorney",
        expires_on=program.clock.now.date() + timedelta(days=365),
        cj_revocable_after=program.clock.now.date() + timedelta(days=180)))
    copy = attach_signed_copy(program.consents.db, program.clock, cm, view.id)
    program.consents.activate(cm, view.id, Signature(
        signed_by="participant", signed_at=program.clock.now, signature_method="wet_ink_scanned",
        scanned_copy_sha256=copy))
    return view.id


def complete_intake(program, cm, case_id, consent_id, *, agreement: bool):
    program.intake.save(cm, case_id, IntakeInput(
        intake_started=program.clock.now.date(),
        domains={"housing": {"status": "unsheltered", "notes": "sleeps at the bus station"}},
        immediate_needs="a bed tonight", action_taken="shelter bed at St. John's"), None)
    program.intake.sign_off(cm, case_id, program.clock.now.date(), consent_id)
    if agreement:  # the signed scan kept, as the Attachments tab keeps it
        attach_signed_agreement(program.intake.db, program.clock, cm, case_id)


def at(program, days: int) -> datetime:
    return program.clock.now + timedelta(days=days)


def note(program, cm, case_id, text, contact_type="phone", part2=False):
    from lead_desktop.services.care.note_service import NoteInput

    return program.notes.add(cm, case_id, NoteInput(
        contact_at=program.clock.now, duration_min=10, contact_type=contact_type, text=text,
        part2=part2))


def case_in_review(program, staff, profile_key, last="Rivera", first="Ana", **referral):
    """Referred by the officer and handed off: waiting for the prosecutor's review.
    Returns the person and the case."""
    from lead_desktop.security.roles import Role
    from lead_desktop.services.program.vocabulary import CaseState

    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    profile = program.cases.profiles[profile_key]
    areas = profile.exclusions.catchment_areas
    referral.setdefault("origin_area", areas[0] if areas else None)
    if profile.exclusions.max_dosage_units is not None:
        referral.setdefault("quantity", 10)
        referral.setdefault("quantity_unit", "dosage_units")
    found = person(program, officer, last, first)
    case = arrest_referral(program, officer, found.id, profile_key, **referral)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    return found, case


def eligible_case(program, staff, profile_key, last="Rivera", first="Ana", **referral):
    """Referred, handed off and found eligible: waiting for intake (its clock running)."""
    from lead_desktop.security.roles import Role
    from lead_desktop.services.program.eligibility import REVIEWER_ITEMS

    cm, da = staff[Role.CASE_MANAGER], staff[Role.PROSECUTOR_REVIEWER]
    _, case = case_in_review(program, staff, profile_key, last, first, **referral)
    for item in program.eligibility.checklist(da, case.id).unknown:
        if item.key in REVIEWER_ITEMS:
            program.eligibility.answer(da, case.id, item.key, applies=False)
    program.eligibility.decide(da, case.id, "eligible")
    return program.cases.get(cm, case.id)


def active_case(program, staff, profile_key, last="Rivera", first="Ana", *,
                preferred_language=None, **referral):
    """Referred, handed off, found eligible (every reviewer question answered "no"),
    consented, intake done: an active participant of this program."""
    from lead_desktop.security.roles import Role
    from lead_desktop.services.program.eligibility import REVIEWER_ITEMS
    from lead_desktop.services.program.vocabulary import CaseState

    officer, cm = staff[Role.OFFICER], staff[Role.CASE_MANAGER]
    da = staff[Role.PROSECUTOR_REVIEWER]
    profile = program.cases.profiles[profile_key]
    areas = profile.exclusions.catchment_areas
    referral.setdefault("origin_area", areas[0] if areas else None)
    if profile.exclusions.max_dosage_units is not None:
        referral.setdefault("quantity", 10)
        referral.setdefault("quantity_unit", "dosage_units")
    language = {"preferred_language": preferred_language} if preferred_language else {}
    found = person(program, officer, last, first, **language)
    case = arrest_referral(program, officer, found.id, profile_key, **referral)
    program.cases.record_handoff(cm, case.id, cm.user_id)
    program.cases.transition(cm, case.id, CaseState.ELIGIBILITY_REVIEW)
    for item in program.eligibility.checklist(da, case.id).unknown:
        if item.key in REVIEWER_ITEMS:
            program.eligibility.answer(da, case.id, item.key, applies=False)
    program.eligibility.decide(da, case.id, "eligible")
    consent = signed_consent(program, cm, found.id, [{"class": "treatment provider"}])
    complete_intake(program, cm, case.id, consent, agreement=profile.compliance_based)
    program.cases.transition(cm, case.id, CaseState.ACTIVE)
    return program.cases.get(cm, case.id)


COURT_ADDRESS = "316 Princess Street, Wilmington, NC 28401"


def court(db, admin, name="New Hanover County District Court", division="Criminal",
          address=COURT_ADDRESS, sessions="Mon 09:00; Thu 14:00", clock=None):
    """An administrator adds a court to the program's directory."""
    from lead_desktop.services.program.directory import CourtInput, DirectoryService

    directory = DirectoryService(db, clock) if clock else DirectoryService(db)
    return directory.save_court(admin, CourtInput(name=name, address=address,
                                                  division=division, sessions=sessions))


def schedule_every_summons(program, db, staff, court_name="New Hanover County District Court",
                           address=COURT_ADDRESS):
    """The administrator keeps the court; the clerk picks it and the first session date for
    every drafted summons in the print queue, as the print queue's dialog does."""
    from lead_desktop.security.roles import Role
    from lead_desktop.services.cases.summons_service import SummonsService

    added = court(db, staff[Role.ADMINISTRATOR], court_name, address=address,
                  clock=program.clock)
    summonses = SummonsService(db, program.clock)
    clerk = staff[Role.CLERK]
    day, time = added.next_sessions(program.clock.now.date(), 1)[0]
    for row in summonses.queue(clerk, ("drafted",)):
        summonses.schedule(clerk, row.id, added.id, day, time)
    return added
