"""Generated text (every Unicode category, lone surrogates, up to 100,000 characters) fed
to every service that takes text: the only errors are the project's own, and a name that
was accepted always has a letter that prints."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lead_desktop.errors import AuthenticationFailed, LeadError
from lead_desktop.security.accounts import AccountService
from lead_desktop.security.roles import Role
from lead_desktop.services.care.intake_service import IntakeInput
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.services.cases.eligibility_service import HistoryCheck
from lead_desktop.services.consent.consent_service import ConsentInput
from lead_desktop.services.people.records import AliasInput, PersonInput
from lead_desktop.services.program.vocabulary import CaseState
from tests.support import steps

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


R = Role
# characters() without a codec includes surrogates (Cs), unlike text()'s default.
any_text = st.text(st.characters(), max_size=60)
huge_text = st.builds(lambda piece, _: (piece * 100_000)[:100_000],
                      st.text(st.characters(), min_size=1, max_size=8), st.none())
# Text with no visible letter: what "required" alone lets through and prints blank.
invisible = st.text(st.one_of(
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Mn", "Me"]),
    st.sampled_from(["\u200b", "\ufeff", "\u202e", "\x1b", "\u3164", "\u115f", "\u2800"])),
    min_size=1, max_size=12)
texts = st.one_of(any_text, any_text, invisible, huge_text)

# Letters that print as nothing (checked here independently of the module under test).
BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0"}


def prints_a_letter(name: str) -> bool:
    return any(unicodedata.category(c).startswith("L") and c not in BLANK_LETTERS for c in name)


@pytest.fixture
def world(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    case = steps.arrest_referral(program, staff[R.OFFICER], person.id, "seattle-lead@1")
    program.cases.record_handoff(staff[R.CASE_MANAGER], case.id, staff[R.CASE_MANAGER].user_id)
    cm = staff[R.CASE_MANAGER]
    note_id = program.notes.add(cm, case.id, NoteInput(
        contact_at=program.clock.now - timedelta(hours=1), duration_min=10,
        contact_type="office", text="Met."))
    return program, staff, person.id, case.id, note_id


_accounts = itertools.count()


def _calls(program, staff, person_id, case_id, note_id, text):
    """Every service that takes text, each given `text` in one field."""
    cm, officer, sup = staff[R.CASE_MANAGER], staff[R.OFFICER], staff[R.SUPERVISOR]
    now = program.clock.now
    born = date(1990, 1, 1)
    note = dict(contact_at=now - timedelta(hours=1), duration_min=10, contact_type="office",
                text="Met.")
    consent = dict(person_id=person_id, case_id=case_id, consent_type="part2_cj_referral",
                   discloser="LEAD program", recipients=({"name": "DA", "class": "prosecutor"},),
                   information_description="Attendance and discharge status only",
                   purpose="Report compliance", expires_on=now.date() + timedelta(days=30),
                   cj_revocable_after=now.date() + timedelta(days=20))
    return {
        "person.last_name": lambda: program.people.create(
            officer, PersonInput(last_name=text, first_name="Ana", dob=born), confirmed_new=True),
        "person.first_name": lambda: program.people.create(
            officer, PersonInput(last_name="Rivera", first_name=text, dob=born),
            confirmed_new=True),
        "person.alias": lambda: program.people.create(
            officer, PersonInput(last_name="Rivera", first_name="Ana", dob=born,
                                 aliases=(AliasInput(text),)), confirmed_new=True),
        "person.address": lambda: program.people.create(
            officer, PersonInput(last_name="Rivera", first_name="Ana", dob=born, address=text),
            confirmed_new=True),
        "person.search": lambda: program.people.search(cm, text),
        "note.text": lambda: program.notes.add(cm, case_id, NoteInput(**(note | {"text": text}))),
        "note.location": lambda: program.notes.add(cm, case_id,
                                                   NoteInput(**(note | {"location": text}))),
        "referral.summary": lambda: steps.arrest_referral(
            program, officer, person_id, "seattle-lead@1", probable_cause_summary=text),
        "case.transition": lambda: program.cases.transition(
            cm, case_id, CaseState.ELIGIBILITY_REVIEW, reason_text=text),
        "intake.save": lambda: program.intake.save(cm, case_id, IntakeInput(
            intake_started=now.date(), immediate_needs=text), None),
        "intake.goal": lambda: program.intake.add_goal(cm, case_id, text),
        "consent.record": lambda: program.consents.record(cm, ConsentInput(
            **(consent | {"purpose": text}))),
        "eligibility.history": lambda: program.eligibility.record_history_check(
            staff[R.PROSECUTOR_REVIEWER], case_id, HistoryCheck(
                checked_by=text, checked_at=now, source="courts", result="incomplete")),
        "provider.add": lambda: program.providers.add(sup, text),
        "provider.address": lambda: program.providers.add(sup, "Harbor Clinic", address=text),
        "note.amend": lambda: program.notes.amend(cm, note_id, NoteInput(**note), text),
        "note.void": lambda: program.notes.void(cm, note_id, text),
        "eligibility.answer": lambda: program.eligibility.answer(
            staff[R.PROSECUTOR_REVIEWER], case_id, "exclude_sex_offense", False, note=text),
        # staff names typed into forms, and accounts' display names
        "referral.second_responder": lambda: steps.arrest_referral(
            program, officer, person_id, "seattle-lead@1", second_responder=text),
        "consent.witness": lambda: program.consents.record(cm, ConsentInput(
            **(consent | {"witness": text}))),
        "account.display_name": lambda: AccountService(program.people.db).create_user(
            staff[R.ADMINISTRATOR], f"new.user{next(_accounts)}", text, R.CLERK),
    }



@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=texts, data=st.data())
def test_generated_text_meets_only_the_projects_errors(world, text, data):
    calls = _calls(*world, text)
    name = data.draw(st.sampled_from(sorted(calls)))
    try:
        result = calls[name]()
    except LeadError:
        return  # refused with a message: nothing else is acceptable
    if name in ("person.last_name", "person.first_name"):
        # one name may be left empty (not known yet, or a mononym: flagged for
        # completion), never both, and none is blank-printing
        assert result.last_name or result.first_name
        assert result.last_name == "" or prints_a_letter(result.last_name)
        assert result.first_name == "" or prints_a_letter(result.first_name)
    if name == "account.display_name":
        assert prints_a_letter(result[0].display_name)


def test_names_of_staff_are_refused_like_peoples_names(world):
    """Display names and staff names typed into forms: the same checks as people's names."""
    from lead_desktop.services.records import ValidationFailed

    program, staff, person_id, case_id, note_id = world
    for bad in ("\u200b\u200b", "Dana\u202eEvil", "\x1b[31mDana", "Da\ud800na", "\u3164"):
        calls = _calls(program, staff, person_id, case_id, note_id, bad)
        with pytest.raises(LeadError, match="full name"):
            calls["account.display_name"]()
        for field in ("referral.second_responder", "consent.witness"):
            with pytest.raises(ValidationFailed) as refused:
                calls[field]()
            assert set(refused.value.problems) == {field.split(".")[1]}
    good = _calls(program, staff, person_id, case_id, note_id, "Zoë Ó Briain-Nguyễn")
    assert good["account.display_name"]()[0].display_name == "Zoë Ó Briain-Nguyễn"
    assert good["consent.witness"]() is not None


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(username=texts, password=texts)
def test_any_text_at_sign_in_is_a_wrong_sign_in_and_audited(db, admin, username, password):
    """Whatever is typed or pasted (lone surrogates, control characters, 100,000
    characters): the usual refusal, one failed sign-in in the audit log, never a crash."""
    from sqlalchemy import func, select

    from lead_desktop.models import AuditEntry

    def failures():
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.event == "auth.sign_in", AuditEntry.outcome == "failure"))

    before = failures()
    with pytest.raises(AuthenticationFailed):
        AccountService(db).sign_in(username, password)
    assert failures() == before + 1
