"""Four workstations (processes) making edits and notes on overlapping cases, on one
encrypted file and on PostgreSQL: every committed change is there, every losing edit was
reported as a conflict (never silently overwritten), and integrity and the audit chain pass.

Each edit round, all four desks open the same record (one of four kinds, on one of three
shared cases) at the same version, then all save: exactly one save lands, three are
conflicts. Between rounds each desk adds a note to a case the others also write to.
The brief's size is 4 x 500 operations; on the shared 2-core test machine the test runs
OPS_PER_DESK = 60 per desk (LEAD_DESK_OPS=500 runs the full size; bench/many_desks.py
measures it).
"""

from __future__ import annotations

import multiprocessing
import os
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from lead_desktop.models import CaseNote
from lead_desktop.security import audit
from lead_desktop.security.roles import Role
from tests.services.test_concurrent_edits import KINDS, _read, _save
from tests.support import steps

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
DESKS = 4
OPS_PER_DESK = int(os.environ.get("LEAD_DESK_OPS", "60"))
CASES = 3


def _open(where):  # noqa: ANN001, ANN202
    from lead_desktop.security.key_store import KeyringKeyStore

    kind, address = where
    if kind == "file":
        from lead_desktop.db.database import open_database

        return open_database(address, KeyringKeyStore())
    from lead_desktop.db.server import open_server_database
    from tests.support import postgres

    return open_server_database(address, KeyringKeyStore(), transport=postgres.loopback())


def _desk(where, name, actor, cases, ready, start, together, results):  # noqa: ANN001
    from lead_desktop.services.care.intake_service import IntakeService
    from lead_desktop.services.care.note_service import NoteInput, NoteService
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.records import StaleRecord

    outcomes, desk = [], int(name[1:])
    try:
        with _open(where) as db:
            services = (NoteService(db), IntakeService(db), PersonService(db))
            ready.put(name)
            start.wait(timeout=120)
            for op in range(OPS_PER_DESK):
                if op % 2:  # a new note on a case the other desks also write to
                    ids = cases[(op + desk) % len(cases)]
                    text = f"note {name}/{op}"
                    note_id = services[0].add(actor, ids["case"], NoteInput(
                        contact_at=datetime.now(timezone.utc), duration_min=5,
                        contact_type="phone", text=text))
                    outcomes.append(("new note", ids["case"], note_id, text))
                    continue
                round_ = op // 2
                ids = cases[round_ % len(cases)]
                kind = KINDS[(round_ // len(cases)) % len(KINDS)]
                seen = _read(services, actor, ids, kind)
                together.wait(timeout=120)  # all four opened the same version
                tag = f"{name}/{op}"
                try:
                    read, written, value = _save(services, actor, ids, kind, seen, tag)
                except StaleRecord as conflict:
                    outcomes.append((kind, ids["case"], "conflict", seen.row_version,
                                     conflict.theirs["row_version"]))
                else:
                    outcomes.append((kind, ids["case"], "landed", read, written, value))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        outcomes.append(("error", repr(exc)))
    results.put((name, outcomes))


def _stored(program, cm, ids, kind):  # noqa: ANN001, ANN202
    """(version, value) of the record as stored."""
    record = _read((program.notes, program.intake, program.people), cm, ids, kind)
    value = {"note": lambda r: r.text, "intake": lambda r: r.immediate_needs,
             "plan": lambda r: r.status, "person": lambda r: r.address}[kind](record)
    return record.row_version, value


def test_four_desks_lose_no_change_on_either_back_end(program, staff, db, db_backend):
    cm = staff[Role.CASE_MANAGER]
    program.clock.now = datetime.now(timezone.utc)  # the children use the real clock
    cases = []
    for i, last in enumerate(("Okafor", "Lindqvist", "Haddad")[:CASES]):
        case = steps.active_case(program, staff, "seattle-lead@1", last, "Chris")
        note = steps.note(program, cm, case.id, f"first draft {i}")
        goal = program.intake.add_goal(cm, case.id, "A place of my own", domain="housing")
        cases.append({"case": case.id, "note": note, "goal": goal, "person": case.person_id})
    start_versions = {(kind, ids["case"]): _stored(program, cm, ids, kind)[0]
                      for ids in cases for kind in KINDS}
    with db.read() as session:
        notes_before = session.scalar(select(func.count()).select_from(CaseNote))

    where = ("file", db.path) if db_backend == "sqlite" else ("server", db.path)
    context = multiprocessing.get_context("spawn")
    ready, results, start = context.Queue(), context.Queue(), context.Event()
    together = context.Barrier(DESKS)
    desks = [context.Process(target=_desk, args=(where, f"w{i}", cm, cases, ready, start,
                                                  together, results))
             for i in range(DESKS)]
    for desk in desks:
        desk.start()
    for _ in desks:
        ready.get(timeout=120)
    start.set()
    outcomes = [row for _ in desks for row in results.get(timeout=600)[1]]
    for desk in desks:
        desk.join(timeout=60)

    assert [row for row in outcomes if row[0] == "error"] == []
    assert len(outcomes) == DESKS * OPS_PER_DESK  # every edit and note was answered
    new_notes = [row for row in outcomes if row[0] == "new note"]
    with db.read() as session:
        stored_notes = dict(session.execute(select(CaseNote.id, CaseNote.text)).all())
        assert len(stored_notes) == notes_before + len(new_notes)
    assert all(stored_notes[note_id] == text for _, _, note_id, text in new_notes)

    rounds = OPS_PER_DESK // 2
    for ids in cases:
        for kind in KINDS:
            mine = [row for row in outcomes if row[:2] == (kind, ids["case"])]
            landed = sorted((row for row in mine if row[2] == "landed"), key=lambda r: r[4])
            conflicts = [row for row in mine if row[2] == "conflict"]
            assert len(mine) % DESKS == 0 and len(landed) == len(mine) // DESKS, (kind, ids)
            assert len(conflicts) == (DESKS - 1) * len(landed), (kind, ids)
            # every losing save was told someone had saved a newer version first
            assert all(theirs > read for *_, read, theirs in conflicts), (kind, ids)
            # one chain: each landed save was made on the version the previous one wrote
            chain = [start_versions[(kind, ids["case"])]] + [row[4] for row in landed]
            assert [row[3] for row in landed] == chain[:-1], (kind, ids)
            if landed:
                assert _stored(program, cm, ids, kind) == (chain[-1], landed[-1][5])
    assert sum(1 for row in outcomes if row[2:3] == ("landed",)) == rounds

    with db.read() as session:
        assert audit.verify_chain(session).ok
    if db_backend == "sqlite":
        from lead_desktop.db import sqlcipher_file
        from lead_desktop.security import record_seals

        conn = db.raw_connection(read_only=True)
        try:
            assert sqlcipher_file.integrity_problems(conn) == []
        finally:
            conn.close()
        with db.read() as session:
            assert record_seals.check(session).ok
