"""What one duplicate check reads at county scale (issue 21): the blocks' keys from the
covering index alone, no block that brings people who cannot be the one typed, and an
identifier of another kind never counted as shared. Timings are in bench/, not here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from lead_desktop.security.roles import Role
from lead_desktop.services.people.blocking import query_blocks
from lead_desktop.services.people.match_score import Name, compare_name
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import IdentifierInput, PersonInput


def test_each_last_name_is_looked_up_with_the_other_names_initial():
    li = query_blocks("Reid", "James", date(1979, 1, 29)).li
    assert {"RT|j", "JMS|r"} <= li           # as typed, and first and last name swapped
    assert {"?|j", "RT|?"} <= li             # people recorded without one of the names
    # "Reid, R…" is no match for "Reid, James": a county has hundreds of them
    assert "RT|r" not in li and "JMS|j" not in li


def test_a_check_reads_the_blocks_from_the_covering_index_only(db, staff):
    people, desk = PersonService(db), staff[Role.CASE_MANAGER]
    people.create(desk, PersonInput("Reid", "James", date(1979, 1, 29)), confirmed_new=True)
    seen: list[tuple[str, tuple]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "person_name_keys" in statement:
            seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        found = people.find_candidates(desk, PersonInput("Reed", "Jim", date(1979, 1, 29)))
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert [c.last_name for c in found] == ["Reid"]
    assert len(seen) == 1, "the blocks are read in one statement"
    conn = db.raw_connection()
    try:
        statement, parameters = seen[0]
        plan = [str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + statement,
                                                     parameters).fetchall()]
    finally:
        conn.close()
    keys = [step for step in plan if "person_name_keys" in step]
    assert keys and all("USING COVERING INDEX ix_person_name_keys_blocks" in step
                        for step in keys), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_an_identifier_of_another_kind_is_not_a_shared_one(db, staff):
    people, desk = PersonService(db), staff[Role.CASE_MANAGER]
    people.create(desk, PersonInput("Okafor", "Chidi", date(1985, 3, 14), identifiers=(
        IdentifierInput("booking", "12345678"),)), confirmed_new=True)
    typed = PersonInput("Doe", "Jane", date(2000, 1, 1),
                        identifiers=(IdentifierInput("state_id", "12345678"),))
    assert people.find_candidates(desk, typed) == []


def test_remembered_name_comparisons_answer_as_the_first_time():
    typed, on_file = Name.of("Jhonsen"), Name.of("Johnson")
    first = compare_name(typed, on_file)
    assert compare_name(Name.of("Jhonsen"), Name.of("Johnson")) == first == "similar"
    assert compare_name(Name.of("Cathy"), Name.of("Catherine"), given=True) == "nickname"
    assert compare_name(Name.of("Cathy"), Name.of("Catherine")) != "nickname"
