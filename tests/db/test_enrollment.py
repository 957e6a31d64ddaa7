"""A second workstation joins with a one-time code an administrator makes on an enrolled
one: the real file, the real keyring backends of two "workstations" (two temporary
credential stores), the real `lead-admin` commands."""

import io
import json
from datetime import datetime, timedelta, timezone

import keyring
import pytest
from sqlalchemy import select

from lead_desktop.cli.main import main as lead_admin
from lead_desktop.db import enrollment
from lead_desktop.errors import EnrollmentCodeInvalid, KeyMissing, PermissionDenied
from lead_desktop.models import AuditEntry
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.roles import Role
from lead_desktop.services import setup
from tests.conftest import ADMIN_PASSWORD, isolated_env

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def second_workstation(tmp_path, monkeypatch):
    """Switch this process to another workstation's credential store (and data folder)."""
    def move():
        for name, value in isolated_env(tmp_path / "second-workstation").items():
            monkeypatch.setenv(name, value)
        keyring.core._keyring_backend = None
        return KeyringKeyStore()
    return move


def events(database):
    with database.read() as session:
        rows = session.execute(select(AuditEntry.event, AuditEntry.details)).all()
    return [(event, json.loads(details) if details else None) for event, details in rows]


def offers(db):
    return sorted(db.path.parent.glob("*.enrollment-*.json"))


def test_a_code_enrolls_a_second_workstation_once(db, admin, second_workstation):
    made = enrollment.offer(db, admin, now=NOW)
    assert enrollment.looks_like_code(made.code) and len(offers(db)) == 1
    assert db._key.hex() not in offers(db)[0].read_text()     # the key never lies in clear
    path = db.path
    db.close()
    there = second_workstation()
    with pytest.raises(KeyMissing):
        setup.open_existing(path, there)
    typed = made.code.lower().replace("-", " ")               # as a person types it
    with enrollment.accept(path, typed, there, now=NOW + timedelta(minutes=5)) as joined:
        seen = events(joined)
    assert there.get(joined.fingerprint) is not None and offers(db) == []
    assert ("key.enrollment_offered", {"offer": made.offer_id,
                                       "expires_at": made.expires_at.isoformat()}) in seen
    used = [details for event, details in seen if event == "key.enrolled_with_code"]
    assert used and used[0]["offered_by"] == "admin" and used[0]["offer"] == made.offer_id
    with pytest.raises(EnrollmentCodeInvalid):                 # one use only
        enrollment.accept(path, made.code, second_workstation(), now=NOW)


def test_a_wrong_code_changes_nothing_and_an_expired_one_is_removed(db, admin,
                                                                    second_workstation):
    made = enrollment.offer(db, admin, now=NOW, minutes=10)
    there = second_workstation()
    wrong = ("0" if made.code[0] != "0" else "1") + made.code[1:]
    with pytest.raises(EnrollmentCodeInvalid):
        enrollment.accept(db.path, wrong, there, now=NOW)
    assert len(offers(db)) == 1 and there.get(db.fingerprint) is None
    with pytest.raises(EnrollmentCodeInvalid):
        enrollment.accept(db.path, made.code, there, now=NOW + timedelta(minutes=10))
    assert offers(db) == [] and there.get(db.fingerprint) is None


def test_an_offer_edited_to_last_longer_no_longer_opens(db, admin, second_workstation):
    made = enrollment.offer(db, admin, now=NOW, minutes=1)
    record = json.loads(made.path.read_text())
    record["expires_at"] = (NOW + timedelta(days=30)).isoformat()
    made.path.write_text(json.dumps(record))
    with pytest.raises(EnrollmentCodeInvalid):
        enrollment.accept(db.path, made.code, second_workstation(), now=NOW + timedelta(days=1))


def test_only_an_administrator_may_make_a_code(db, staff):
    with pytest.raises(PermissionDenied):
        enrollment.offer(db, staff[Role.SUPERVISOR], now=NOW)
    assert offers(db) == []
    assert ("access.denied" in [event for event, _ in events(db)])


@pytest.mark.slow
def test_lead_admin_makes_the_code_and_enrolls_with_it(db, admin, second_workstation,
                                                       monkeypatch, capsys):
    path = db.path
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert lead_admin(["enrollment-code", "--db", str(path), "--as", "admin",
                       "--password-stdin", "--minutes", "5"]) == 0
    code = capsys.readouterr().out.splitlines()[1].strip()
    assert enrollment.looks_like_code(code)
    there = second_workstation()
    monkeypatch.setattr("sys.stdin", io.StringIO(code + "\n"))
    assert lead_admin(["enroll", "--db", str(path)]) == 0
    assert "Enrolled" in capsys.readouterr().out
    with setup.open_existing(path, there) as joined:
        assert "key.enrolled_with_code" in [event for event, _ in events(joined)]
