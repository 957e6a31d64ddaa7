"""A record changed directly in the file (plain sqlcipher3 and the key, no app) is found by
`lead-admin verify` and by the open-time check shown to administrators and auditors at
sign-in; a record changed through the app is not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lead_desktop.cli.main import main as lead_admin
from lead_desktop.models import AuditEntry
from lead_desktop.security import record_seals
from lead_desktop.security.actor import Actor
from lead_desktop.security.audit_anchor import AnchorStore
from lead_desktop.security.audit_watch import ChainWatch
from lead_desktop.security.roles import Role
from lead_desktop.services.people.person_service import PersonService
from lead_desktop.services.people.records import PersonInput


@pytest.fixture
def person(db, staff):
    people = PersonService(db)
    return people.create(staff[Role.CASE_MANAGER], PersonInput("Okafor", "Chidi",
                                                               date(1985, 3, 14)))


# These run on the encrypted file and on PostgreSQL (psql with the role's password in
# place of a SQLite tool with the key); the open-time window's test is the file's (rowid).
both_back_ends = pytest.mark.postgres


def _outside_the_app(db, *statements):
    """What someone holding the key does with a SQLite tool (or the password, with psql):
    plain SQL, no app."""
    if getattr(db, "backend", "sqlite") == "postgresql":
        import psycopg

        from lead_desktop.db.server import stored_password
        from lead_desktop.security.key_store import KeyringKeyStore

        url = db.address.url
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                             user=url.username,
                             password=stored_password(KeyringKeyStore(), db.address)) as psql:
            for statement in statements:
                psql.execute(statement)
        return
    conn = db.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    for statement in statements:
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.close()


def _verify(db) -> list[str]:
    """`lead-admin verify` for the test's database, a file or a (loopback) server."""
    if getattr(db, "backend", "sqlite") == "postgresql":
        return ["verify", "--url", db.path, "--allow-loopback-without-tls"]
    return ["verify", "--db", str(db.path)]


def _check(db):
    with db.read() as session:
        return record_seals.check(session)


@both_back_ends
def test_records_written_and_edited_through_the_app_match_their_seals(db, staff, person):
    people = PersonService(db)
    people.update(staff[Role.CASE_MANAGER], person.id, 1,
                  PersonInput("Okafor", "Chidi", date(1985, 3, 15)))
    report = _check(db)
    assert report.ok and report.checked >= 1 + len(Role)  # the person and the accounts


@both_back_ends
def test_a_row_edited_outside_the_app_is_reported_with_table_id_and_since(db, staff, person,
                                                                          capsys):
    _outside_the_app(db, f"UPDATE persons SET last_name = 'Smith' WHERE id = '{person.id}'")
    [finding] = _check(db).findings
    assert (finding.table, finding.record_id, finding.kind) == ("persons", person.id, "changed")
    with db.read() as session:  # since the app's last write of that person
        sealed = session.scalar(select(AuditEntry.seq).where(
            AuditEntry.seals.contains(person.id)).order_by(AuditEntry.seq.desc()))
    assert finding.sealed_seq == sealed and finding.sealed_at is not None
    assert lead_admin(_verify(db)) == 10
    out = capsys.readouterr().out
    assert f"persons {person.id}: changed outside the app since entry {sealed}" in out
    # IT reviewed it (and would correct it through the app or from a backup): accepted
    accepted = lead_admin(_verify(db) + ["--accept-current-records"])
    out = capsys.readouterr().out
    assert "records: all" in out and "changed outside the app" not in out
    if getattr(db, "backend", "sqlite") == "postgresql":  # the test server's superuser,
        assert accepted == 10 and "a superuser" in out   # which verify rightly names
    else:
        assert accepted == 0


@both_back_ends
def test_a_row_added_and_an_account_promoted_outside_the_app_are_reported(db, staff, person):
    _outside_the_app(
        db, "INSERT INTO program_settings (key, value, updated_at) "
        "VALUES ('save_to_disk', 'on', '2026-12-01 10:00:00.000000')",
        f"UPDATE users SET role = 'administrator' WHERE id = '{staff[Role.CLERK].user_id}'")
    found = {(f.table, f.kind) for f in _check(db).findings}
    assert ("program_settings", "added") in found and ("users", "changed") in found


@both_back_ends
def test_a_deleted_case_transition_is_reported(db, staff, program):
    from tests.support import steps

    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    with db.read() as session:
        from lead_desktop.models import CaseTransition
        transition = session.scalars(select(CaseTransition.id).where(
            CaseTransition.case_id == case.id)).first()
    _outside_the_app(db, f"DELETE FROM case_transitions WHERE id = '{transition}'")
    assert [(f.table, f.record_id, f.kind) for f in _check(db).findings] == [
        ("case_transitions", transition, "deleted")]


@both_back_ends
def test_the_open_time_check_tells_administrators_and_is_audited(db, staff, person, key_store):
    _outside_the_app(db, f"UPDATE persons SET first_name = 'X' WHERE id = '{person.id}'")
    watch = ChainWatch(db, AnchorStore(key_store.backend), None)
    watch.start_check(Actor.system("lead-desktop"))  # what the app does at open
    assert watch.wait(60)
    assert not watch.report.ok and watch.report.chain.ok
    assert watch.alert_for(Role.CASE_MANAGER) is None
    alert = watch.alert_for(Role.AUDITOR)
    assert f"persons {person.id}: changed outside the app" in alert.describe()
    with db.read() as session:
        last = session.scalars(select(AuditEntry).where(
            AuditEntry.event == "audit.tamper_detected")).one()
    assert f"persons {person.id}" in last.reason and '"records_changed":1' in last.details
    watch.close()


def test_the_open_time_window_moves_on_until_every_record_was_checked(db, staff, person,
                                                                      key_store):
    """A small budget: each open checks a few records and the next goes on from there, so a
    change anywhere is found within (records / budget) opens."""
    with db.read() as session:
        total = record_seals.check(session).checked
    last_table_row = "UPDATE users SET display_name = 'Z' WHERE rowid = (SELECT max(rowid) " \
                     "FROM users)"
    _outside_the_app(db, last_table_row)
    anchors, budget = AnchorStore(key_store.backend), 3
    seen = []
    for _ in range(total // budget + 2):
        watch = ChainWatch(db, anchors, None)
        report = watch.check(Actor.system("tests"), records_budget=budget)
        watch.close()
        assert report.records.checked <= budget
        seen.append(report.records.ok)
    assert seen.count(False) >= 1 and seen[0] is True  # users come last in the order


def test_an_upgrade_seals_the_records_already_on_file(tmp_path, key_store):
    """A database from before the seals (the 0003 schema fixture, with its accounts): the
    upgrade seals what is on file, so it verifies, and a later edit outside shows."""
    import shutil
    from pathlib import Path

    from lead_desktop.db.database import open_database, open_with_key

    fixture = Path(__file__).parents[1] / "db" / "fixtures" / "schema-0003.db"
    path = tmp_path / "lead.db"
    shutil.copyfile(fixture, path)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    with open_with_key(path, key, upgrade=False) as old:
        key_store.put(old.fingerprint, key)
        with old.read() as session:
            assert record_seals.check(session).skipped  # no seals in that schema
    with open_database(path, key_store, upgrade=True) as upgraded:
        report = _check(upgraded)
        assert report.ok
        with upgraded.read() as session:
            baselines = session.scalars(select(AuditEntry.event).where(
                AuditEntry.event == "records.baseline")).all()
        assert len(baselines) == (1 if report.checked else 0)
        _outside_the_app(upgraded, "INSERT INTO program_settings (key, value, updated_at) "
                                   "VALUES ('save_to_disk', 'off', '2026-12-01 10:00:00')")
        assert [f.kind for f in _check(upgraded).findings] == ["added"]
