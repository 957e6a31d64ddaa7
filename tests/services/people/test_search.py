"""Search as you type: accents, punctuation, sounds-alike, DOB, identifiers, aliases."""

from datetime import date

import pytest

from lead_desktop.errors import PermissionDenied
from lead_desktop.security.roles import Role
from lead_desktop.services.people.records import AliasInput, IdentifierInput, PersonInput

pytestmark = pytest.mark.postgres  # runs on the encrypted file and on PostgreSQL


PEOPLE = [
    PersonInput("Nguyễn", "Thị Minh", date(1988, 3, 14), aliases=(AliasInput("Win", "Minnie",
                                                                            "street"),)),
    PersonInput("O'Brien-Muñoz", "Tomás", date(1975, 7, 7),
                identifiers=(IdentifierInput("sid", "MA-7654321"),)),
    PersonInput("Smyth", "Jon", date(1990, 1, 2)),
    PersonInput("Шевченко", "Тарас", date(1980, 5, 5)),
    PersonInput("Ødegård", "Zoë", date(1999, 12, 31)),
]


@pytest.fixture
def found(program, staff):
    cm = staff[Role.CASE_MANAGER]
    for person in PEOPLE:
        program.people.create(cm, person, confirmed_new=True)

    def _search(query):
        return sorted(f"{h.last_name}, {h.first_name}" for h in program.people.search(cm, query))
    return _search


@pytest.mark.parametrize("query, expected", [
    ("nguyen", ["Nguyễn, Thị Minh"]),
    ("ngu thi", ["Nguyễn, Thị Minh"]),
    ("win", ["Nguyễn, Thị Minh"]),            # street alias
    ("obrien", ["O'Brien-Muñoz, Tomás"]),
    ("munoz tomas", ["O'Brien-Muñoz, Tomás"]),
    ("smith", ["Smyth, Jon"]),                 # sounds alike
    ("odegaard", ["Ødegård, Zoë"]),
    ("zoe", ["Ødegård, Zoë"]),
    ("шевч", ["Шевченко, Тарас"]),
    ("1975-07-07", ["O'Brien-Muñoz, Tomás"]),
    ("7/7/1975", ["O'Brien-Muñoz, Tomás"]),
    ("MA7654", ["O'Brien-Muñoz, Tomás"]),
    ("nguyen 1975-07-07", []),
    ("", []),
    ('"; DROP TABLE persons; --', []),
])
def test_search(found, query, expected):
    assert found(query) == expected


def test_updates_and_merges_keep_the_index(program, staff):
    from dataclasses import replace
    cm = staff[Role.CASE_MANAGER]
    person = program.people.create(cm, PEOPLE[2], confirmed_new=True)
    program.people.update(cm, person.id, person.row_version, replace(PEOPLE[2], last_name="Smythe-Park"))
    assert [h.person_id for h in program.people.search(cm, "park")] == [person.id]


def test_officers_do_not_search(program, staff):
    with pytest.raises(PermissionDenied):
        program.people.search(staff[Role.OFFICER], "nguyen")


RANKING = [
    PersonInput("Le", "Casey", date(1991, 2, 3)),
    PersonInput("Łukasiewicz", "Anna", date(1970, 4, 5)),
    PersonInput("Łukasiewicz", "Piotr", date(1972, 8, 9)),
    PersonInput("Lucas", "Maria", date(1980, 1, 2)),
    PersonInput("Brown", "Lukas", date(1985, 6, 7)),
]


@pytest.fixture
def ranked(program, staff):
    cm = staff[Role.CASE_MANAGER]
    for person in RANKING:
        program.people.create(cm, person, confirmed_new=True)

    def _search(query):
        return [f"{h.last_name}, {h.first_name}" for h in program.people.search(cm, query)]
    return _search


def test_surname_matches_rank_above_sounds_alike(ranked):
    found = ranked("lukas")
    assert found[:4] == ["Łukasiewicz, Anna", "Łukasiewicz, Piotr",        # surname prefix
                         "Brown, Lukas",                                   # a first name
                         "Lucas, Maria"]                                   # sounds alike
    assert found[4:] in ([], ["Le, Casey"])     # "Le Casey" said at once sounds alike too


@pytest.mark.parametrize("typo", ["lukasiewitz", "lukaseiwicz", "lukasiewic"])
def test_a_typo_in_the_surname_still_finds_the_family_first(ranked, typo):
    found = ranked(typo)
    assert found[:2] == ["Łukasiewicz, Anna", "Łukasiewicz, Piotr"]
    assert "Le, Casey" not in found


def test_nothing_before_two_characters_unless_a_date_or_id(ranked):
    assert ranked("l") == [] and ranked(" ") == []
    assert ranked("le")[0] == "Le, Casey"                                  # exact surname first
    assert ranked("1991-02-03") == ["Le, Casey"]
