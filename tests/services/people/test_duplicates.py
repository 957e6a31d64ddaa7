"""The duplicate check against the errors people make at a street referral: one
hand-written example per kind of error, on a real database with a few namesakes around."""

from dataclasses import replace
from datetime import date

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import IdentifierInput, PersonInput

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


ON_FILE = PersonInput("Johnson", "Catherine", date(1985, 3, 14))
NEIGHBOURS = [  # people who must not be confused with her
    PersonInput("Johnson", "Marcus", date(1961, 8, 2)),
    PersonInput("Johnston", "Kevin", date(1990, 11, 27)),
    PersonInput("Jones", "Catherine", date(1972, 6, 30)),
    PersonInput("Pham", "Catherine", date(1985, 7, 14)),
    PersonInput("Okafor", "Chidi", date(1985, 3, 14)),
]


@pytest.fixture
def check(db, staff):
    """Records `on_file` among the neighbours; returns what the desk is shown for `typed`."""
    people, desk = PersonService(db), staff[Role.CASE_MANAGER]

    def _check(typed: PersonInput, on_file: PersonInput = ON_FILE):
        for person in NEIGHBOURS:
            people.create(desk, person, confirmed_new=True)
        wanted = people.create(desk, on_file, confirmed_new=True).id
        return wanted, people.find_candidates(desk, typed)
    return _check


@pytest.mark.parametrize("typed, why", [
    (replace(ON_FILE, last_name="Jonhson", first_name="Katherine"), "nearly alike"),
    (replace(ON_FILE, last_name="Jhonsen"), "last name"),             # the sound changes too
    (replace(ON_FILE, last_name="Catherine", first_name="Johnson"), "swapped"),
    (replace(ON_FILE, first_name="Cathy"), "nickname"),
    (replace(ON_FILE, dob=date(1985, 3, 19)), "one digit apart"),
    (replace(ON_FILE, dob=date(1958, 3, 14)), "two digits exchanged"),
    (replace(ON_FILE, dob=date(1985, 3, 4)), "one digit apart"),
    (replace(ON_FILE, first_name=""), "same date of birth"),          # first name not given
    (replace(ON_FILE, dob=None), "same first name"),                   # date of birth not known
    (replace(ON_FILE, dob=date(1984, 1, 1), dob_estimated=True), "about the same year"),
    (replace(ON_FILE, last_name="Smith"), "same date of birth"),       # a name changed
], ids=["typo", "typo-changing-the-sound", "names-swapped", "nickname", "dob-digit",
        "dob-year-digits-exchanged", "dob-digit-lost", "no-first-name", "no-dob",
        "estimated-year", "last-name-changed"])
def test_each_kind_of_error_finds_her_first(check, typed, why):
    wanted, shown = check(typed)
    assert shown and shown[0].person_id == wanted, shown
    assert any(why in str(reason) for reason in shown[0].reasons), shown[0].reasons
    assert len(shown) <= 3


@pytest.mark.parametrize("on_file, typed, why", [
    (PersonInput("García-López", "María", date(1979, 5, 2)),
     PersonInput("Garcia", "Maria", date(1979, 5, 2)), "part of the last name"),
    (PersonInput("Sánchez", "José", date(1990, 12, 8)),
     PersonInput("Sanchez", "Pepe", date(1990, 12, 8)), "nickname"),
    (PersonInput("Sánchez", "William", date(1990, 12, 8)),
     PersonInput("Sanchez", "Bill", date(1990, 12, 8)), "nickname"),
    (PersonInput("Al-Hassan", "Mohammed", date(1993, 2, 11)),        # transliterations
     PersonInput("Alhasan", "Muhammad", date(1993, 2, 11)), "spelled nearly alike"),
    (PersonInput("Tkachenko", "Oleksandr", date(1988, 4, 12)),
     PersonInput("Tkatchenko", "Aleksandr", date(1988, 12, 4)), "day and month swapped"),
    (PersonInput("Шевченко", "Тарас", date(1979, 3, 9)),             # another script
     PersonInput("Shevchenko", "Taras", date(1979, 3, 9)), "same date of birth"),
    (PersonInput("Papadopoulos", "Eleni", date(1985, 7, 21)),
     PersonInput("Παπαδόπουλος", "Ελένη", date(1985, 7, 21)), "same date of birth"),
])
def test_names_written_another_way(check, on_file, typed, why):
    wanted, shown = check(typed, on_file)
    assert shown and shown[0].person_id == wanted, shown
    assert any(why in str(reason) for reason in shown[0].reasons), shown[0].reasons


def test_a_record_without_first_name_or_birth_date_is_still_found(check):
    flagged = PersonInput("Johnson", "", None)
    wanted, shown = check(ON_FILE, flagged)
    assert wanted in [c.person_id for c in shown]
    assert next(c for c in shown if c.person_id == wanted).dob is None


@pytest.mark.parametrize("typed", [
    PersonInput("", "Catherine", date(1985, 3, 14)),         # the one name again
    PersonInput("Johnson", "Catherine", date(1985, 3, 14)),  # her surname, learned since
    PersonInput("", "Katherine", date(1985, 3, 19)),         # a typo and a wrong digit
])
def test_a_person_known_by_one_name_is_found(check, typed):
    """A mononym, or a surname not given at the street: recorded with a first name only."""
    wanted, shown = check(typed, PersonInput("", "Catherine", date(1985, 3, 14)))
    assert shown and shown[0].person_id == wanted, shown
    assert len(shown) <= 3


def test_an_identifier_finds_her_whatever_the_names_say(check):
    on_file = replace(ON_FILE, identifiers=(IdentifierInput("state_id", "S1234567"),))
    typed = PersonInput("Doe", "Jane", date(2000, 1, 1),
                        identifiers=(IdentifierInput("state_id", "s-1234567"),))
    wanted, shown = check(typed, on_file)
    assert shown[0].person_id == wanted and "same State ID" in map(str, shown[0].reasons)


@pytest.mark.parametrize("typed", [
    PersonInput("Johnson", "Darnell", date(1970, 9, 21)),    # same last name only
    PersonInput("Nakamura", "Catherine", date(1999, 1, 5)),  # same first name only
    PersonInput("Lindqvist", "Erik", date(1985, 3, 14)),     # same date of birth only
])
def test_strangers_are_not_offered(check, typed):
    _, shown = check(typed)
    assert shown == []
