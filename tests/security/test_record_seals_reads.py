"""Sealing the rows a unit of work touched reads those rows by their primary key, never
the whole table: on a county file a CAST on the key made every note saved read all
755,000 notes (4-5 s a note, issue 16). Checked by SQLite's own query plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput


def test_the_seal_of_a_touched_row_is_read_through_its_key(db, staff):
    people = PersonService(db)
    cm = staff[Role.CASE_MANAGER]
    person = people.create(cm, PersonInput("Okafor", "Chidi", date(1985, 3, 14)))
    seen: list[tuple[str, tuple]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith('SELECT * FROM "') and " IN (" in statement:
            seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        people.update(cm, person.id, 1, PersonInput("Okafor", "Chidi", date(1985, 3, 15)))
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert seen, "no seal was read"
    conn = db.raw_connection()
    try:
        for statement, parameters in seen:
            plan = " ".join(str(row[-1]) for row in conn.execute(
                "EXPLAIN QUERY PLAN " + statement, parameters).fetchall())
            assert plan.startswith("SEARCH") and "SCAN" not in plan, (statement, plan)
    finally:
        conn.close()
