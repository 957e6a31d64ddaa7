"""The role × data matrix of security.md, cell by cell, through the real services.

Every role walks every kind of record and action on one small program: two officers' referrals,
each on another case manager's caseload. Where security.md's cell (and its scope: own
referrals, own caseload, the §2.35 consents the reviewer's office receives) allows it, the
call succeeds; everywhere else it is refused with PermissionDenied and an audited
`access.denied` entry. The expected table below is written by hand from security.md, not
derived from security/roles.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lead_desktop.errors import PermissionDenied
from lead_desktop.models import AuditEntry, User
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_reader import AuditReader
from lead_desktop.security.roles import Role
from lead_desktop.services.agency_templates import AgencyTemplateService
from lead_desktop.services.care.intake_service import IntakeInput
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.services.cases.summons_service import SummonsService
from lead_desktop.services.consent.consent_service import ConsentInput
from lead_desktop.services.documents_service import DocumentService
from lead_desktop.services.people.records import PersonInput
from tests.support import steps

OFF, CM, SUP, DA = (Role.OFFICER, Role.CASE_MANAGER, Role.SUPERVISOR,
                    Role.PROSECUTOR_REVIEWER)
CLERK, EVAL, ADMIN, AUD = Role.CLERK, Role.EVALUATOR, Role.ADMINISTRATOR, Role.AUDITOR
PROFILE = "wilmington-nc@1"
REFERRAL = dict(quantity=60, quantity_unit="dosage_units",
                origin_area="Wilmington Police Department")

# security.md, by hand. "A" is the case (and person) the signed-in officer referred and the
# signed-in case manager holds; "B" is another officer's referral on another case manager's
# caseload. The evaluator's cells are de-identified extracts, which no identified call gives.
EXPECTED: dict[str, set[Role]] = {
    # Own referrals (entry): W for officer, case manager, supervisor
    "referral.create": {OFF, CM, SUP},
    # Case status and dates: S own referrals / RW caseload / RW / S + summary / S
    "case.status A": {OFF, CM, SUP, DA, CLERK},
    "case.status B": {SUP, DA, CLERK},
    "case.history A": {CM, SUP},
    "case.history B": {SUP},
    "case.summary A": {CM, SUP, DA},
    "case.summary B": {SUP, DA},
    "case.reassign B to me": {SUP},   # a supervisor's act, never a self-assignment
    # Identity and contact: own referral only / RW / RW / name and DOB / RW
    "person.create": {OFF, CM, SUP, CLERK},
    "person.read A": {OFF, CM, SUP, CLERK},
    "person.read B": {CM, SUP, CLERK},
    "person.name_dob B": {CM, SUP, DA, CLERK},
    "person.update A": {OFF, CM, SUP, CLERK},
    "person.search": {CM, SUP, CLERK},
    # Eligibility checklist, history-check record: R / RW / RW
    "eligibility.read A": {CM, SUP, DA},
    "eligibility.checklist A": {CM, SUP, DA},
    # Intake, plan, ordinary notes: RW (own caseload, issue 11) / RW
    "notes.read A": {CM, SUP},
    "notes.read B": {SUP},
    "notes.add A": {CM, SUP},
    "notes.add B": {SUP},
    "intake.save A": {CM, SUP},
    "intake.save B": {SUP},
    "plan.read A": {CM, SUP},
    "agreement.print A": {CM, SUP},
    # Part 2 notes: RW (caseload) / R
    "part2.add A": {CM},
    "part2.add B": set(),
    "part2.sign A": {CM},        # the author signs; a clerk's try is a refusal, not bad input
    # Consents: RW / RW / R (§2.35 they receive) / R (print)
    "consents.list A": {CM, SUP, DA, CLERK},
    "consent.record A": {CM, SUP},
    "consent.print DA §2.35": {CM, SUP, DA, CLERK},
    "consent.print probation §2.35": {CM, SUP, CLERK},
    "consent.print detox provider": {CM, SUP, CLERK},
    # Provider referrals and attendance: RW / RW / counts under §2.35 (in the summary)
    "provider_referrals.read A": {CM, SUP},
    # Snapshots and justice events: RW / RW
    "snapshot.record A": {CM, SUP},
    # Summons / complaint: R / RW / W (decision) / RW
    "summons.queue": {SUP, DA, CLERK},
    # Configuration, templates, accounts: profile (R) / RW / R
    "templates.read": {SUP, ADMIN, AUD},
    "accounts.read": {ADMIN, AUD},
    # Audit log: the auditor only
    "audit.read": {AUD},
}


def _extra_user(db, staff, role: Role, username: str) -> Actor:
    with db.read() as session:
        password_hash = session.scalar(select(User.password_hash).limit(1))
    with db.write() as session:
        user = User(username=username, display_name=username, role=role.value,
                    password_hash=password_hash)
        session.add(user)
        session.flush()
        return Actor(user.id, user.username, role, "test-ws")


@pytest.fixture
def world(db, staff, program):
    """Two referrals, each its own officer's and its own case manager's, with notes and
    three consents: the reviewer's office's §2.35, probation's §2.35 and a detox provider's."""
    officer2 = _extra_user(db, staff, OFF, "officer.two")
    cm2 = _extra_user(db, staff, CM, "case.manager.two")
    person_a = steps.person(program, staff[OFF], "Rivera", "Ana")
    case_a = steps.arrest_referral(program, staff[OFF], person_a.id, PROFILE, **REFERRAL)
    program.cases.record_handoff(staff[CM], case_a.id, staff[CM].user_id)
    person_b = steps.person(program, officer2, "Okafor", "Ben")
    case_b = steps.arrest_referral(program, officer2, person_b.id, PROFILE, **REFERRAL)
    program.cases.record_handoff(cm2, case_b.id, cm2.user_id)
    part2_note = steps.note(program, staff[CM], case_a.id, "counselling session", part2=True)
    steps.note(program, staff[CM], case_a.id, "met at the shelter")
    da_consent = steps.signed_consent(program, staff[CM], person_a.id, [
        {"name": "District Attorney", "address": "1 Court Sq"}])
    probation = steps.signed_consent(program, staff[CM], person_a.id, [
        {"name": "County Probation", "address": "2 Court Sq"}])
    detox = steps.signed_consent(program, staff[CM], person_a.id, [
        {"name": "Harbor Detox", "address": "9 Pier Rd"}], consent_type="part2_general")
    # someone with no case yet: a person has one open case at a time
    person_c = steps.person(program, staff[SUP], "Novak", "Ivan")
    return dict(a=case_a, b=case_b, person_a=person_a.id, person_b=person_b.id,
                person_c=person_c.id,
                part2_note=part2_note, da_consent=da_consent, probation=probation,
                detox=detox)


def _summary(documents, actor: Actor, case_id: str) -> None:
    """Past the permission check, a summary for a person with no §2.35 consent naming the
    prosecutor is refused by rule (nothing is disclosed), which is not a permission cell."""
    from lead_desktop.errors import InvalidInput

    try:
        documents.prosecutor_summary(actor, case_id)
    except InvalidInput as exc:
        if "§2.35" not in exc.message:
            raise


def _actions(db, program, world, actor: Actor) -> dict:
    clock = program.clock
    documents = DocumentService(db, clock)
    a, b = world["a"].id, world["b"].id
    note = NoteInput(contact_at=clock.now, duration_min=10, contact_type="phone", text="call")
    part2 = NoteInput(contact_at=clock.now, duration_min=10, contact_type="office",
                      text="session", part2=True)
    intake = IntakeInput(intake_started=clock.now.date())
    consent = ConsentInput(
        person_id=world["person_a"], case_id=None, consent_type="part2_general",
        discloser="LEAD program", recipients=({"name": "Harbor Clinic", "address": "3 Elm"},),
        information_description="Attendance and treatment plan progress", purpose="Coordinate care",
        expires_on=date(2027, 3, 1))
    return {
        "referral.create": lambda: steps.arrest_referral(program, actor, world["person_c"],
                                                         PROFILE, **REFERRAL),
        "case.status A": lambda: program.cases.get(actor, a),
        "case.status B": lambda: program.cases.get(actor, b),
        "case.history A": lambda: program.cases.history(actor, a),
        "case.history B": lambda: program.cases.history(actor, b),
        "case.summary A": lambda: _summary(documents, actor, a),
        "case.summary B": lambda: _summary(documents, actor, b),
        "case.reassign B to me": lambda: program.cases.record_handoff(actor, b, actor.user_id),
        "person.create": lambda: program.people.create(actor, PersonInput(
            last_name="Novak", first_name="Lena", dob=date(1990, 1, 2)), confirmed_new=True),
        "person.read A": lambda: program.people.get(actor, world["person_a"]),
        "person.read B": lambda: program.people.get(actor, world["person_b"]),
        "person.name_dob B": lambda: program.people.summary(actor, world["person_b"]),
        "person.update A": lambda: program.people.update(
            actor, world["person_a"], program.people.get(actor, world["person_a"]).row_version,
            PersonInput(last_name="Rivera", first_name="Ana", dob=date(1991, 6, 2),
                        preferred_language="es")),
        "person.search": lambda: program.people.search(actor, "rivera"),
        "eligibility.read A": lambda: program.cases.referral(actor, a),
        "eligibility.checklist A": lambda: program.eligibility.checklist(actor, a),
        "notes.read A": lambda: program.notes.list_for_case(actor, a),
        "notes.read B": lambda: program.notes.list_for_case(actor, b),
        "notes.add A": lambda: program.notes.add(actor, a, note),
        "notes.add B": lambda: program.notes.add(actor, b, note),
        "intake.save A": lambda: program.intake.save(actor, a, intake, None),
        "intake.save B": lambda: program.intake.save(actor, b, intake, None),
        "plan.read A": lambda: program.intake.goals(actor, a),
        "agreement.print A": lambda: documents.participation_agreement(actor, a),
        "part2.add A": lambda: program.notes.add(actor, a, part2),
        "part2.add B": lambda: program.notes.add(actor, b, part2),
        "part2.sign A": lambda: program.notes.sign(actor, world["part2_note"]),
        "consents.list A": lambda: program.consents.list_for_person(actor, world["person_a"]),
        "consent.record A": lambda: program.consents.record(actor, consent),
        "consent.print DA §2.35": lambda: documents.consent(actor, world["da_consent"]),
        "consent.print probation §2.35": lambda: documents.consent(actor, world["probation"]),
        "consent.print detox provider": lambda: documents.consent(actor, world["detox"]),
        "provider_referrals.read A": lambda: program.provider_referrals.list_referrals(actor, a),
        "snapshot.record A": lambda: OutcomeService(db, clock).record_snapshot(
            actor, a, date(2026, 3, 1), "unsheltered", "none", ("none",)),
        "summons.queue": lambda: SummonsService(db, clock).queue(actor),
        "templates.read": lambda: AgencyTemplateService(db, clock).list(actor),
        "accounts.read": lambda: AccountService(db).list_users(actor),
        "audit.read": lambda: AuditReader(db).page(actor, limit=5),
    }


def _refusals(db, actor: Actor) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.event == "access.denied", AuditEntry.user_id == actor.user_id,
            AuditEntry.outcome == "failure"))


def test_the_table_covers_every_action(db, staff, program, world):
    assert set(_actions(db, program, world, staff[CM])) == set(EXPECTED)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_cell_of_the_matrix(role, db, staff, program, world):
    actor = staff[role]
    wrong = []
    for name, action in _actions(db, program, world, actor).items():
        refusals = _refusals(db, actor)
        try:
            action()
        except PermissionDenied:
            refused, audited = True, _refusals(db, actor) == refusals + 1
        else:
            refused, audited = False, True
        allowed = role in EXPECTED[name]
        if refused == allowed or not audited:
            wrong.append(f"{name}: {'refused' if refused else 'allowed'}"
                         f"{'' if audited else ' without an audit entry'}")
    assert wrong == [], f"{role.value} against security.md"


def test_the_reviewer_lists_only_the_consents_their_office_receives(db, staff, program, world):
    listed = program.consents.list_for_person(staff[DA], world["person_a"])
    assert [c.id for c in listed] == [world["da_consent"]]


def test_the_reviewers_office_is_their_team(db, staff, program, world):
    AccountService(db).set_team(staff[ADMIN], staff[DA].username, "County Probation")
    listed = program.consents.list_for_person(staff[DA], world["person_a"])
    assert [c.id for c in listed] == [world["probation"]]


def test_a_case_manager_hands_off_only_a_case_nobody_holds(db, staff, program, world):
    cm = staff[CM]
    other = _extra_user(db, staff, CM, "case.manager.three")
    with pytest.raises(PermissionDenied, match="supervisor"):
        program.cases.record_handoff(cm, world["a"].id, other.user_id)   # their own case
    program.cases.record_handoff(staff[SUP], world["a"].id, other.user_id)
    assert program.cases.get(other, world["a"].id).case_manager_id == other.user_id
    with pytest.raises(PermissionDenied, match="caseload"):
        program.notes.list_for_case(cm, world["a"].id)


def test_an_office_is_found_by_whole_words(db, staff, program, world):
    AccountService(db).set_team(staff[ADMIN], staff[DA].username, "DA")
    cm = staff[CM]
    dana = steps.signed_consent(program, cm, world["person_a"], [
        {"name": "Dana Clinic", "address": "4 Elm"}])
    named = steps.signed_consent(program, cm, world["person_a"], [
        {"name": "DA Office", "address": "1 Court Sq"}])
    listed = [c.id for c in program.consents.list_for_person(staff[DA], world["person_a"])]
    assert named in listed and dana not in listed
