"""Clean text at the service boundary (services/text_input.py): what the issue found, one
case at a time, through the real services."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from lead_desktop.errors import InvalidInput
from lead_desktop.security.roles import Role
from lead_desktop.services import text_input
from lead_desktop.services.care.note_service import NoteInput
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.records import ValidationFailed
from tests.support import steps

R = Role


@pytest.fixture
def case_id(program, staff):
    person = steps.person(program, staff[R.OFFICER])
    case = steps.arrest_referral(program, staff[R.OFFICER], person.id, "seattle-lead@1")
    program.cases.record_handoff(staff[R.CASE_MANAGER], case.id, staff[R.CASE_MANAGER].user_id)
    return case.id


def _person(program, actor, last="Rivera", first="Ana"):
    return program.people.create(actor, PersonInput(last_name=last, first_name=first,
                                                    dob=date(1991, 6, 2)), confirmed_new=True)


def _note(program, **kw):
    base = dict(contact_at=program.clock.now - timedelta(hours=1), duration_min=20,
                contact_type="office", text="Met at the shelter.")
    return NoteInput(**(base | kw))


@pytest.mark.parametrize("name, says", [
    ("Ana\ud800", "broken character"),              # a lone surrogate
    ("\u200b", "invisible formatting"),             # zero-width space only
    ("\ufeff\ufeff", "invisible formatting"),       # byte-order marks only
    ("\u202eanaviR", "invisible formatting"),       # right-to-left override
    ("\x1b[31mRivera", "control character"),        # ANSI colour escape
    ("Ri\nvera", "control character"),
    ("\u3164", "cannot be shown"),                  # Hangul filler: a "letter" printing blank
    ("-- .. 42", "at least one letter"),
    ("R" * 101, "at most 100"),
])
def test_bad_names_are_refused_field_by_field(program, staff, name, says):
    with pytest.raises(ValidationFailed) as refused:
        _person(program, staff[R.OFFICER], last=name)
    assert says in refused.value.problems["last_name"]
    assert "first_name" not in refused.value.problems


# A joiner inside a name is kept (Persian writes ZWNJ inside surnames).  Scripts
# the documents' fonts cannot print, such as Devanagari, are refused by the
# printability check instead (tests/documents/test_any_accepted_input_prints.py).
@pytest.mark.parametrize("name", ["Rivera", "O'Brien-Núñez", "李", "میرزا\u200cزاده",
                                  "Nguyễn"])
def test_real_names_pass_joiners_included(program, staff, name):
    assert _person(program, staff[R.OFFICER], last=name).last_name == name


def test_a_lone_surrogate_in_a_note_is_refused_not_a_crash(program, staff, case_id):
    with pytest.raises(ValidationFailed) as refused:
        program.notes.add(staff[R.CASE_MANAGER], case_id, _note(program, text="ok \udfff"))
    assert "text" in refused.value.problems


def test_a_naive_time_is_invalid_input(program, staff, case_id):
    naive = datetime(2026, 3, 1, 9, 0)
    with pytest.raises(InvalidInput) as refused:
        program.notes.add(staff[R.CASE_MANAGER], case_id, _note(program, contact_at=naive))
    assert "time zone" in refused.value.problems["contact_at"]


def test_notes_keep_line_breaks_and_stop_at_20000_characters(program, staff, case_id):
    cm = staff[R.CASE_MANAGER]
    longest = ("Line one.\n\tIndented line two. " * 2000)[:text_input.NOTE_MAX]
    assert program.notes.add(cm, case_id, _note(program, text=longest))
    with pytest.raises(ValidationFailed) as refused:
        program.notes.add(cm, case_id, _note(program, text=longest + "x"))
    assert "at most 20,000" in refused.value.problems["text"]


def test_a_one_line_field_refuses_line_breaks(program, staff, case_id):
    with pytest.raises(ValidationFailed) as refused:
        program.notes.add(staff[R.CASE_MANAGER], case_id,
                          _note(program, location="shelter\u2028back door"))
    assert "one line" in refused.value.problems["location"]


def test_a_broken_character_reaching_the_database_is_invalid_input(db, system_actor):
    """The net under the services: nothing unchecked crashes with UnicodeEncodeError."""
    from lead_desktop.security import audit

    with pytest.raises(InvalidInput, match="broken character"):
        with db.write() as session:
            audit.record(session, system_actor, "case.view", record_id="x\ud800")
    with db.read() as session:
        assert audit.verify_chain(session).ok


def test_problem_names_each_kind():
    assert text_input.problem("a\tb", text_input.Kind.TEXT) is None
    assert text_input.problem("a\tb", text_input.Kind.LINE) is not None
    assert text_input.problem("x" * 501, text_input.Kind.LINE).startswith("at most 500")
    aware = datetime(2026, 1, 1, tzinfo=timezone.utc)
    problems = text_input.Problems()
    text_input.check(problems, "at", aware)
    assert not problems.by_field


def test_naive_times_are_refused_wherever_a_service_takes_one(program, staff, case_id):
    cm, naive = staff[R.CASE_MANAGER], datetime(2026, 3, 1, 9, 0)
    with pytest.raises(InvalidInput, match="time zone"):
        program.intake.participation_agreement_signed(cm, case_id, naive)
    with pytest.raises(InvalidInput, match="time zone"):
        program.provider_referrals.schedule(cm, case_id, naive, "intake")
